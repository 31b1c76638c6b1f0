// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.wizard.WizardStep;
import atlantafx.base.controls.Notification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessibilityTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private static boolean interactive(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase;
    }

    private static boolean insideAnotherControl(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase || p instanceof Notification || p instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (interactive(n) && !insideAnotherControl(n)) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void everyControlOnEveryStepHasAStableUniqueIdAndAnAccessibleName() throws Exception {
        driver = new AppDriver(dataDir).start();
        int checked = 0;
        for (WizardStep step : WizardStep.values()) {
            driver.interact(() -> driver.app().wizard().goTo(step));
            List<Node> controls = driver.onFx(() -> {
                List<Node> out = new ArrayList<>();
                collect(driver.scene().getRoot(), out);
                return out;
            });
            Set<String> ids = new HashSet<>();
            for (Node c : controls) {
                assertThat(c.getId()).as("id of %s on %s", c, step).isNotBlank();
                assertThat(ids.add(c.getId())).as("unique id %s on %s", c.getId(), step).isTrue();
                assertThat(c.getAccessibleText()).as("accessible name of #%s", c.getId()).isNotBlank();
            }
            checked += controls.size();
        }
        assertThat(checked).isGreaterThan(100);
    }
}
