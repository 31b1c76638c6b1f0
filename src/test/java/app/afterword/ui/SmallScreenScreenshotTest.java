// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.wizard.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review and Coach on small screens: a window filling a 1366×768 and a 1280×720 screen. The notes keep room to be
 * read and edited, not small boxes with scrollbars of their own.
 */
class SmallScreenScreenshotTest {

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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void size(double width, double height) throws Exception {
        driver.interact(() -> {
            driver.stage().setX(0);
            driver.stage().setY(0);
            driver.stage().setWidth(width);
            driver.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The height the note editor shows, in the scene. */
    private double shownHeight(String id) throws Exception {
        Region r = driver.lookup("#" + id).queryAs(Region.class);
        return driver.onFx(() -> r.getHeight());
    }

    @Test
    void reviewAndCoachAreUsableAt1366x768And1280x720() throws Exception {
        driver = new AppDriver(dataDir).start();
        List<Path> written = new ArrayList<>();
        for (int[] screen : new int[][] {{1366, 768}, {1280, 720}}) {
            String name = screen[0] + "x" + screen[1];
            size(screen[0], screen[1]);
            driver.interact(() -> driver.app().navigation().show(Page.INTERVIEW));
            driver.interact(() -> driver.app().wizard().goTo(WizardStep.REVIEW));
            waitUntil(() -> !driver.app().notes().review().tabs().isEmpty()
                && driver.app().notes().review().tabs().stream().noneMatch(t -> t.checkingProperty().get()));
            written.add(driver.screenshot("small-" + name + "-5-review", null));
            assertThat(shownHeight(NodeIds.reviewNote(0))).as("the note editor at " + name)
                .isGreaterThanOrEqualTo(240);

            driver.interact(() -> driver.app().navigation().show(Page.COACH));
            waitUntil(() -> driver.node(NodeIds.coachCount("weak"), Label.class).getText().matches("\\d+ problems?"));
            driver.interact(() -> driver.node(NodeIds.COACH_SCENARIOS, ListView.class).getSelectionModel().select(1));
            waitUntil(() -> driver.node(NodeIds.coachCount("weak"), Label.class).getText().matches("\\d+ problems?"));
            written.add(driver.screenshot("small-" + name + "-coach", null));
            for (String side : List.of("weak", "strong")) {
                assertThat(shownHeight(NodeIds.coachNote(side, false))).as("the " + side + " note at " + name)
                    .isGreaterThanOrEqualTo(240);
            }
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
