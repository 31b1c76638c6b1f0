// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Settings in the running app: a change is saved, the header says so, and the app shows it after a restart. */
class SettingsFlowTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private void openSettings() throws Exception {
        driver.click(NodeIds.nav(Page.SETTINGS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> driver.onFx(() -> driver.app().settings().loadedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page so the control with {@code id} is on screen, as a person would before clicking it. */
    private void reveal(String pageId, String id) throws Exception {
        driver.interact(() -> ScrollSupport.ensureVisible(driver.node(pageId, ScrollPane.class),
            driver.node(id, Node.class)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aChangedSettingIsSavedShownInTheHeaderAndThereAfterARestart() throws Exception {
        driver = new AppDriver(dataDir).start();
        openSettings();
        driver.clickOn("#" + NodeIds.SETTINGS_NAME);
        driver.typeText("Ana Lima");
        driver.clickOn("#" + NodeIds.SETTINGS_LINKEDIN_LIMIT);
        driver.selectAll().typeText("300");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() ->
            driver.app().settings().saveStateProperty().get().kind() == SaveState.Kind.SAVED
                && driver.app().settings().saveStateProperty().get().at() != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.node(NodeIds.SAVE_STATE, Label.class).getText()).startsWith("Saved ");
        String file = Files.readString(dataDir.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(file).contains("\"Ana Lima\"").contains("\"linkedinNoteLimit\" : 300");

        reveal(NodeIds.SETTINGS_PAGE, NodeIds.SETTINGS_THEME_DARK);
        driver.click(NodeIds.SETTINGS_THEME_DARK);
        assertThat(driver.onFx(() -> driver.app().theme().effective())).isEqualTo(Theme.DARK);
        driver.stop();

        driver = new AppDriver(dataDir).start();
        assertThat(driver.onFx(() -> driver.app().theme().effective())).isEqualTo(Theme.DARK);
        openSettings();
        assertThat(driver.node(NodeIds.SETTINGS_NAME, TextField.class).getText()).isEqualTo("Ana Lima");
        assertThat(driver.node(NodeIds.SETTINGS_LINKEDIN_LIMIT, TextField.class).getText()).isEqualTo("300");
        assertThat(driver.stalls()).isEmpty();
    }

    @Test
    void aBadEmailShowsItsMessageUnderTheField() throws Exception {
        driver = new AppDriver(dataDir).start();
        openSettings();
        driver.clickOn("#" + NodeIds.SETTINGS_EMAIL);
        driver.typeText("ana at example");
        driver.clickOn("#" + NodeIds.SETTINGS_PHONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.onFx(() -> driver.app().settings().email().error()))
            .contains("doesn’t look like an email address");
        assertThat(driver.lookup(".field-error").queryAllAs(Label.class))
            .anySatisfy(l -> assertThat(l.isVisible() && l.getText().contains("ana at example")).isTrue());
    }
}
