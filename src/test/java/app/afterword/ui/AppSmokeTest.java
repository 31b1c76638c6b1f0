// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.HoldLock;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.theme.AppearanceSettings;
import app.afterword.ui.theme.Theme;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class AppSmokeTest {

    @TempDir
    Path dataDir;

    private javafx.application.Application app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void firstStartOpensTheSampleInterviewInAWindowCalledAfterword() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--data-dir=" + dataDir);
        AppDriver.awaitScreens((App) app);
        FxRobot robot = new FxRobot();
        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).contains("Afterword").contains("Brightline Transit");
        assertThat(robot.lookup("#" + NodeIds.COMPANY).queryAs(TextField.class).getText())
            .isEqualTo("Brightline Transit");
        assertThat(robot.lookup("#" + NodeIds.ROLE).queryAs(TextField.class).getText())
            .isEqualTo("Senior Product Designer");
    }

    @Test
    void theFirstFrameIsTheWindowInTheChosenThemeAndTheScreensFillItIn() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            ws.settings().put(AppearanceSettings.SECTION,
                new AppearanceSettings("dark"));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--data-dir=" + dataDir, "--proofreading=off");
        App afterword = (App) app;
        // start() has returned: the window has its frame and colours before the data folder is read
        assertThat(afterword.theme().effective()).isEqualTo(Theme.DARK);
        assertThat(afterword.window()).isNotNull();

        AppDriver.awaitScreens(afterword);
        FxRobot robot = new FxRobot();
        assertThat(afterword.settled()).isTrue();
        assertThat(afterword.theme().effective()).isEqualTo(Theme.DARK);
        assertThat(robot.lookup("#" + NodeIds.COMPANY).queryAs(TextField.class).getText())
            .isEqualTo("Brightline Transit");
        assertThat(robot.lookup("#" + NodeIds.nav(Page.INTERVIEW)).queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#" + NodeIds.NEW_INTERVIEW).queryAs(Button.class).isDisabled())
            .isFalse();
    }

    @Test
    void theRailAndCtrlNumbersMoveBetweenScreensAndKeepTheWizardAsItWas() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--data-dir=" + dataDir);
        AppDriver.awaitScreens((App) app);
        App afterword = (App) app;
        FxRobot robot = new FxRobot();
        assertThat(afterword.navigation().current()).isEqualTo(Page.INTERVIEW);
        assertThat(robot.lookup("#" + NodeIds.nav(Page.INTERVIEW)).queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#" + NodeIds.nav(Page.SETTINGS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(afterword.navigation().current()).isEqualTo(Page.SETTINGS);
        assertThat(robot.lookup("#" + NodeIds.COMPANY).tryQuery()).isEmpty();
        assertThat(robot.lookup("#" + NodeIds.nav(Page.INTERVIEW)).queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(afterword.navigation().current()).isEqualTo(Page.HOME);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(afterword.navigation().current()).isEqualTo(Page.INTERVIEW);
        assertThat(robot.lookup("#" + NodeIds.COMPANY).queryAs(TextField.class).getText())
            .isEqualTo("Brightline Transit");
    }

    @Test
    void aSecondWindowOnTheSameDataFolderExplainsInsteadOfOpening() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx128m", "-cp", classPath, HoldLock.class.getName(), dataDir.toString()).redirectErrorStream(true)
            .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
            StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("open");
            FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(App.class, "--data-dir=" + dataDir);
            AppDriver.awaitScreens((App) app);
            FxRobot robot = new FxRobot();
            Label problem = robot.lookup("#" + NodeIds.STARTUP_PROBLEM).queryAs(Label.class);
            assertThat(problem.getText()).contains("already open").contains("--data-dir");
            assertThat(robot.lookup("#" + NodeIds.COMPANY).tryQuery()).isEmpty();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroy();
        }
    }
}
