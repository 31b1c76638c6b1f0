// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens on the screen's usable area, and where it was left while that still fits a screen. */
class WindowFlowTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private Rectangle2D bounds() throws Exception {
        Stage s = driver.stage();
        return driver.onFx(() -> new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight()));
    }

    @Test
    void theWindowOpensInsideTheScreensUsableAreaAndNoLargerThanIt() throws Exception {
        driver = new AppDriver(dataDir).start();
        Rectangle2D usable = driver.onFx(() -> Screen.getPrimary().getVisualBounds());
        Rectangle2D b = bounds();
        assertThat(b.getMinY()).isGreaterThanOrEqualTo(usable.getMinY());
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(usable.getMinX());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(usable.getMaxY());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(usable.getMaxX());
        assertThat(b).isEqualTo(WindowPlacement.first(usable).bounds());
    }

    @Test
    void theWindowReopensWhereItWasLeftUnlessThatNoLongerFitsAScreen() throws Exception {
        driver = new AppDriver(dataDir).start();
        Stage stage = driver.stage();
        driver.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        driver.stop();

        Path settings = dataDir.resolve("settings.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode saved = (ObjectNode) json.readTree(settings.toFile());
        assertThat(saved.path("window").path("width").asDouble()).isEqualTo(900);

        driver = new AppDriver(dataDir).start();
        assertThat(bounds()).isEqualTo(new Rectangle2D(40, 30, 900, 600));
        driver.stop();

        // as if the screen it was on had gone
        saved = (ObjectNode) json.readTree(settings.toFile());
        ((ObjectNode) saved.path("window")).put("x", 5000);
        json.writeValue(settings.toFile(), saved);
        driver = new AppDriver(dataDir).start();
        Rectangle2D usable = driver.onFx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(bounds()).isEqualTo(WindowPlacement.first(usable).bounds());
    }
}
