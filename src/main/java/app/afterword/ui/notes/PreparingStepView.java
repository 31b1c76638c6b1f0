// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Stands in for steps 4 to 6 for the moment after the window first shows, while their drafting, checking and export
 * services are built in the background, so building them never delays the first frame.
 */
public final class PreparingStepView implements StepView {

    private final VBox page = new VBox();
    private final Label text;

    private PreparingStepView(WizardStep step, Messages m) {
        page.getStyleClass().add(AppStyles.PAGE);
        String k = "step." + step.key();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        text = Forms.label(m.get("notes.preparing"), AppStyles.PLACEHOLDER_TEXT);
        text.setFocusTraversable(true);
        text.setAccessibleText(m.get("notes.preparing"));
        HBox line = new HBox(10, spinner, text);
        page.getChildren().addAll(Forms.pageHeader(m.get("wizard.kicker", step.number(), WizardStep.values().length),
            m.get(k + ".title"), m.get(k + ".subtitle")), line);
    }

    /** A stand-in page for each of steps 4 to 6. */
    public static Map<WizardStep, StepView> pages(Messages m) {
        Map<WizardStep, StepView> pages = new EnumMap<>(WizardStep.class);
        for (WizardStep s : new WizardStep[] {WizardStep.NOTE, WizardStep.REVIEW, WizardStep.SEND}) {
            pages.put(s, new PreparingStepView(s, m));
        }
        return pages;
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        text.requestFocus();
    }
}
