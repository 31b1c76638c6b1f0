// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The page of a step whose service is not in this version yet (note, review, send). It says plainly what the step
 * will do and what is ready for it; it never shows a made-up draft.
 */
public final class PlaceholderStepView implements StepView {

    private final VBox page = new VBox();
    private final VBox panel;

    /** Builds the page for {@code step}. */
    public PlaceholderStepView(WizardStep step, ReadOnlyObjectProperty<Interview> interview, Messages m) {
        page.getStyleClass().add(AppStyles.PAGE);
        String k = "step." + step.key();
        Feather icon = switch (step) {
            case NOTE -> Feather.EDIT_3;
            case REVIEW -> Feather.CHECK_SQUARE;
            default -> Feather.SEND;
        };
        Label title = Forms.label(m.get(k + ".placeholder.title"), AppStyles.PLACEHOLDER_TITLE);
        Label text = Forms.label(m.get(k + ".placeholder.text"), AppStyles.PLACEHOLDER_TEXT);
        VBox list = new VBox();
        list.getStyleClass().add(AppStyles.PLACEHOLDER_LIST);
        for (String line : m.get(k + ".placeholder.items").split("\\|")) {
            list.getChildren().add(new Label(line.strip(), Icons.of(Feather.CHECK)));
        }
        Label ready = Forms.label("", AppStyles.PLACEHOLDER_TEXT);
        ready.textProperty().bind(Bindings.createStringBinding(() -> readiness(interview.get(), m), interview));
        panel = new VBox(Icons.of(icon, AppStyles.PLACEHOLDER_ICON), title, text, list, ready);
        panel.setId(NodeIds.placeholder(step.key()));
        panel.getStyleClass().add(AppStyles.PLACEHOLDER);
        panel.setAlignment(Pos.TOP_LEFT);
        panel.setFocusTraversable(true);
        panel.setAccessibleText(m.get(k + ".placeholder.title"));
        page.getChildren().addAll(Forms.pageHeader(m.get("wizard.kicker", step.number(), WizardStep.values().length),
            m.get(k + ".title"), m.get(k + ".subtitle")), panel);
    }

    private static String readiness(Interview interview, Messages m) {
        if (interview == null) {
            return m.get("placeholder.notReady");
        }
        String names = interview.interviewers().stream().map(Interviewer::name).collect(Collectors.joining(", "));
        return m.get("placeholder.ready", interview.interviewers().size(), names);
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        panel.requestFocus();
    }
}
