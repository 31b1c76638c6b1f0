// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.wizard.WizardStep;
import atlantafx.base.controls.Notification;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class ErrorHandlingUiTest {

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
    void anExceptionInAnEventHandlerShowsOneMessageSavesAndTheAppCarriesOn() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.COMPANY).selectAll().typeText("Brightline Transit Authority");
        assertThat(driver.lookup("#" + NodeIds.ERROR_NOTICE).tryQuery().filter(n -> n.isVisible())).isEmpty();

        Platform.runLater(() -> {
            throw new IllegalStateException("a bug in a handler");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Notification notice = driver.node(NodeIds.ERROR_NOTICE, Notification.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getMessage()).startsWith("Something went wrong, but your work is kept.");
        Path copy = dataDir.resolve("working-copies").resolve("sample-brightline-transit-senior-product-designer.json");
        assertThat(Files.readString(copy)).contains("Brightline Transit Authority");

        Platform.runLater(() -> {
            throw new IllegalArgumentException("another one");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.lookup("#" + NodeIds.ERROR_NOTICE).queryAll()).hasSize(1);
        assertThat(notice.getMessage()).endsWith("(happened 2 times)");

        driver.next();
        assertThat(driver.app().wizard().stepProperty().get()).isEqualTo(WizardStep.PEOPLE);
        driver.key(KeyCode.TAB).typeText("x");
        assertThat(driver.stage().isShowing()).isTrue();
    }

    @Test
    void aFailureInBackgroundWorkReachesTheSameHandler() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.interact(() -> driver.app().runner().run(app.afterword.ui.common.TaskRunner.Lane.COMPUTE, () -> {
            throw new IllegalStateException("background bug");
        }, x -> { }, null));
        WaitForAsyncUtils.waitForFxEvents();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (driver.lookup("#" + NodeIds.ERROR_NOTICE).tryQuery().filter(n -> n.isVisible()).isEmpty()
            && System.nanoTime() < deadline) {
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(driver.node(NodeIds.ERROR_NOTICE, Notification.class).isVisible()).isTrue();
    }
}
