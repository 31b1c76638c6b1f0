// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
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
        assertThat(driver.stalls()).as("UI thread stalls over the app's 2 s watchdog")
            .noneMatch(st -> st.length().compareTo(java.time.Duration.ofSeconds(2)) > 0);
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

    private static void controls(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if ((n instanceof ButtonBase || n instanceof TextInputControl
            || n instanceof ComboBoxBase) && !(n.getParent() instanceof ComboBoxBase)) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> controls(c, out));
        }
    }

    @Test
    void everyControlOfBothScreensHasAUniqueIdAndAnAccessibleName() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            new ProofreadPreferences(ws.settings()).addWord("Brontë");
            new ProofreadPreferences(ws.settings()).addWord("Okafor");
        }
        driver = new AppDriver(dataDir).start();
        openSettings();
        driver.interact(() -> driver.app().settings().removeWord("Brontë"));
        for (Page page : List.of(Page.SETTINGS, Page.DATA)) {
            driver.click(NodeIds.nav(page));
            List<Node> found = driver.onFx(() -> {
                List<Node> out = new ArrayList<>();
                controls(driver.app().window().page(page).node(), out);
                return out;
            });
            Set<String> ids = new HashSet<>();
            for (Node c : found) {
                assertThat(c.getId()).as("id of %s on %s", c, page).isNotBlank();
                assertThat(ids.add(c.getId())).as("unique id %s", c.getId()).isTrue();
                assertThat(c.getAccessibleText()).as("accessible name of #%s", c.getId()).isNotBlank();
            }
            assertThat(found).hasSizeGreaterThan(page == Page.SETTINGS ? 20 : 4);
        }
    }
}
