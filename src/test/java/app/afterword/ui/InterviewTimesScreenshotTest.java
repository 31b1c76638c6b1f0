// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.wizard.InterviewStepViewModel;
import app.afterword.ui.wizard.WizardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Interview step with its times on both clocks (typed on the person's own, then on the interviewers'), and the
 * zone field's list open on a name that fits two zones, in the light and the dark theme.
 */
class InterviewTimesScreenshotTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    @Test
    void theInterviewStepShowsBothTimesInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.interact(() -> {
            driver.stage().setWidth(App.WIDTH);
            driver.stage().setHeight(App.HEIGHT);
        });
        WizardViewModel vm = driver.app().wizard();
        driver.interact(vm::newInterview);
        WaitForAsyncUtils.waitForFxEvents();
        driver.interact(() -> {
            InterviewStepViewModel i = vm.interviewStep();
            i.company().textProperty().set("Lindqvist & Søn");
            i.role().textProperty().set("Senior Product Designer");
            i.date().textProperty().set("24 Nov 2026");
            i.start().textProperty().set("14:45");
            i.end().textProperty().set("23:30");
            i.timeZone().textProperty().set("Europe/Berlin");
        });
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> {
                driver.app().theme().choiceProperty().set(theme);
                vm.interviewStep().clockProperty().set(InterviewStepViewModel.Clock.YOURS);
            });
            Node page = driver.node(NodeIds.WIZARD_PAGE, ScrollPane.class).getContent();
            written.add(driver.screenshot(look + "-1-interview-times-yours", page));
            driver.interact(() -> vm.interviewStep().clockProperty().set(InterviewStepViewModel.Clock.THEIRS));
            written.add(driver.screenshot(look + "-1-interview-times-theirs", page));
            TextField zone = driver.node(NodeIds.TIME_ZONE, TextField.class);
            driver.interact(zone::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(zone.getSelectedText()).isEqualTo("Europe/Berlin");
            driver.typeText("Germany");
            WaitForAsyncUtils.waitForFxEvents();
            written.add(driver.screenshotWithPopups(look + "-1-interview-zone-choices"));
            driver.key(KeyCode.ESCAPE).key(KeyCode.TAB);
            written.add(driver.screenshot(look + "-1-interview-zone-ambiguous", null));
            driver.interact(() -> vm.interviewStep().timeZone().textProperty().set("Europe/Berlin"));
            assertThat(driver.node(NodeIds.TIME_ZONE, TextField.class).getText()).isEqualTo("Europe/Berlin");
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
