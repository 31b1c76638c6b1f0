// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clean start: a walk through every screen and every wizard step, in the light and the dark theme, logs no CSS
 * warning (a lookup that doesn't resolve, such as an undefined theme colour, is silently dropped from the look).
 */
class CleanStartTest {

    /** JavaFX's CSS logger; held here so that the handler isn't lost when the logger is collected. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");

    @TempDir
    Path dataDir;

    private AppDriver driver;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void tearDown() throws Exception {
        CSS_LOG.removeHandler(capture);
        if (driver != null) {
            driver.stop();
        }
    }

    @Test
    void aWalkThroughEveryScreenInLightAndDarkLogsNoCssWarning() throws Exception {
        CSS_LOG.addHandler(capture);
        driver = new AppDriver(dataDir).start();
        WizardViewModel wizard = driver.app().wizard();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            for (Page page : Page.values()) {
                driver.interact(() -> driver.app().navigation().show(page));
                WaitForAsyncUtils.waitForFxEvents();
                if (page == Page.INTERVIEW) {
                    for (WizardStep step : WizardStep.values()) {
                        driver.interact(() -> wizard.goTo(step));
                        WaitForAsyncUtils.waitForFxEvents();
                    }
                }
                if (page == Page.TEMPLATES) {
                    showEveryTemplate();
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warnings).isEmpty();
    }

    /** Selects each template in turn: the editor highlights its references and directives. */
    private void showEveryTemplate() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Object> list = driver.lookup("#" + NodeIds.TEMPLATES_LIST).tryQuery().map(ListView.class::cast)
            .orElse(null);
        if (list == null) {
            return;
        }
        int count = driver.onFx(() -> list.getItems().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            driver.interact(() -> list.getSelectionModel().select(index));
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
