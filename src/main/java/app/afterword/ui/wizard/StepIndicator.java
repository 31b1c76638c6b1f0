// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The row of steps at the top: where you are, what is done, and a way to go to any step. */
final class StepIndicator extends HBox {

    private final Map<WizardStep, Button> buttons = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Label> numbers = new EnumMap<>(WizardStep.class);
    private final WizardViewModel vm;
    private final Messages m;

    StepIndicator(WizardViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add(AppStyles.STEP_BAR);
        setAlignment(Pos.CENTER);
        for (WizardStep s : WizardStep.values()) {
            if (s != WizardStep.INTERVIEW) {
                Region line = new Region();
                line.getStyleClass().add(AppStyles.STEP_LINE);
                HBox.setHgrow(line, Priority.SOMETIMES);
                getChildren().add(line);
            }
            Label number = new Label(String.valueOf(s.number()));
            number.getStyleClass().add(AppStyles.STEP_NUMBER);
            numbers.put(s, number);
            Button b = new Button(m.get("step." + s.key() + ".short"), number);
            b.setId(NodeIds.step(s.key()));
            b.getStyleClass().add(AppStyles.STEP_BUTTON);
            b.setOnAction(e -> vm.goTo(s));
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.put(s, b);
            getChildren().add(b);
        }
        vm.stepProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        WizardStep current = vm.stepProperty().get();
        for (WizardStep s : WizardStep.values()) {
            Button b = buttons.get(s);
            Label number = numbers.get(s);
            b.getStyleClass().removeAll(AppStyles.STEP_CURRENT, AppStyles.STEP_DONE, AppStyles.STEP_LATER);
            String state;
            if (s == current) {
                b.getStyleClass().add(AppStyles.STEP_CURRENT);
                state = m.get("step.state.current");
                number.setGraphic(null);
                number.setText(String.valueOf(s.number()));
            } else if (s.ordinal() < current.ordinal()) {
                b.getStyleClass().add(AppStyles.STEP_DONE);
                state = m.get("step.state.done");
                number.setText(null);
                number.setGraphic(Icons.of(Feather.CHECK));
            } else {
                b.getStyleClass().add(AppStyles.STEP_LATER);
                state = m.get("step.state.later");
                number.setGraphic(null);
                number.setText(String.valueOf(s.number()));
            }
            b.setAccessibleText(m.get("step.accessible", s.number(), WizardStep.values().length,
                m.get("step." + s.key() + ".short"), state));
        }
    }
}
