// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.theme.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the coach page into {@code target/screenshots/}, in the light and the dark theme: a scenario as it opens, a
 * scenario with a finding selected, and presentation mode.
 */
class CoachScreenshotTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path shoot(String name, Scene scene) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return AppDriver.writeScreenshot(name, SwingFXUtils.fromFXImage(driver.onFx(() -> scene.snapshot(null)), null));
    }

    private Scene presentation() {
        Scene scene = driver.scene();
        return NodeIds.COACH_PRESENTATION.equals(scene.getRoot().getId()) ? scene : null;
    }

    private boolean checked() {
        return driver.node(NodeIds.coachCount("weak"), Label.class).getText().matches("\\d+ problems?");
    }

    @Test
    void coachPageAndPresentationAreRenderedInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.nav(Page.COACH));
        waitUntil(this::checked);
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            driver.interact(() -> driver.node(NodeIds.COACH_SCENARIOS, ListView.class).getSelectionModel().select(0));
            waitUntil(this::checked);
            written.add(shoot(look + "-coach", driver.scene()));

            driver.interact(() -> driver.node(NodeIds.COACH_SCENARIOS, ListView.class).getSelectionModel().select(1));
            waitUntil(this::checked);
            driver.interact(() -> driver.lookup("#" + NodeIds.coachFinding("weak", 0)).query().requestFocus());
            written.add(shoot(look + "-coach-finding", driver.scene()));

            driver.interact(() -> driver.node(NodeIds.COACH_SCENARIOS, ListView.class).getSelectionModel().select(5));
            waitUntil(this::checked);
            written.add(shoot(look + "-coach-card", driver.scene()));

            driver.click(NodeIds.COACH_PRESENT);
            waitUntil(() -> presentation() != null);
            driver.key(KeyCode.RIGHT);
            driver.key(KeyCode.RIGHT);
            written.add(shoot(look + "-coach-present", presentation()));
            driver.key(KeyCode.ESCAPE);
            waitUntil(() -> presentation() == null);
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
