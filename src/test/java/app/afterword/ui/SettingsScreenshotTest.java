// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.settings.DataView;
import app.afterword.ui.settings.DataViewModel;
import app.afterword.ui.settings.SettingsViewModel;
import app.afterword.ui.theme.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the Settings and Your data screens, in the light and the dark theme, into {@code target/screenshots/}:
 * the window as it appears and each page in full height, with a message under a field, the undo bar and the
 * delete confirmation showing.
 */
class SettingsScreenshotTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private Path shoot(String name, Node node) throws Exception {
        return driver.screenshot(name, node);
    }

    @Test
    void settingsAndDataScreensAreRenderedInLightAndDark() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            ProofreadPreferences prefs = new ProofreadPreferences(ws.settings());
            for (String w : List.of("Brontë", "Okafor", "Siobhán", "Raman-Iyer", "Brightline", "Figma")) {
                prefs.addWord(w);
            }
            prefs.ignoreRule("EN_QUOTES");
            prefs.ignoreRule("COMMA_PARENTHESIS_WHITESPACE");
        }
        driver = new AppDriver(dataDir).start();
        SettingsViewModel settings = driver.app().settings();
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            driver.click(NodeIds.nav(Page.SETTINGS));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> settings.loadedProperty().get()));
            driver.interact(() -> {
                settings.name().textProperty().set("Ana Lima");
                settings.holidayInput().textProperty().set("2026-12-25");
                settings.addHoliday();
                settings.holidayInput().textProperty().set("2027-01-01");
                settings.addHoliday();
                settings.email().textProperty().set("ana at example");
                settings.email().check();
                settings.removeWord("Figma");
            });
            written.add(shoot(look + "-settings", null));
            written.add(shoot(look + "-settings-page",
                driver.node(NodeIds.SETTINGS_PAGE, ScrollPane.class).getContent()));
            driver.interact(() -> {
                settings.undo();
                settings.email().textProperty().set("ana@example.com");
            });

            driver.click(NodeIds.nav(Page.DATA));
            DataViewModel data = driver.onFx(() -> ((DataView) driver.app().window().page(Page.DATA)).viewModel());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> !data.rows().isEmpty()));
            written.add(shoot(look + "-data", null));
            driver.interact(() -> {
                data.askDelete();
                data.confirmTextProperty().set("DEL");
            });
            WaitForAsyncUtils.waitForFxEvents();
            written.add(shoot(look + "-data-page", driver.node(NodeIds.DATA_PAGE, ScrollPane.class).getContent()));
            driver.interact(data::cancelDelete);
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
