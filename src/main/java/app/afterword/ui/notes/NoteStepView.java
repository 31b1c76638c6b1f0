// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.Tone;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 4's page: the four choices with a line each, and the live preview for one recipient. */
public final class NoteStepView implements StepView {

    private final VBox page = new VBox();
    private final ComboBox<NoteKind> kind;

    /** Builds the page. */
    public NoteStepView(NoteStepViewModel vm, Messages m) {
        page.getStyleClass().add(AppStyles.PAGE);
        String optional = m.get("field.optional");

        kind = NotesUi.picker(NodeIds.NOTE_KIND, m.get("note.kind"), vm.kinds(), vm.kindProperty(), vm::name);
        Label kindHelp = NotesUi.help("");
        kindHelp.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(vm.kindProperty().get()),
            vm.kindProperty()));
        Label timing = NotesUi.help("");
        timing.setId(NodeIds.NOTE_TIMING);
        timing.setGraphic(Icons.of(Feather.CLOCK));
        timing.textProperty().bind(vm.timingProperty());
        timing.visibleProperty().bind(vm.timingProperty().isNotEmpty());
        timing.managedProperty().bind(timing.visibleProperty());
        ComboBox<Medium> medium = NotesUi.picker(NodeIds.NOTE_MEDIUM, m.get("note.medium"), vm.media(),
            vm.mediumProperty(), vm::name);
        Label mediumHelp = NotesUi.help("");
        mediumHelp.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(vm.mediumProperty().get()),
            vm.mediumProperty()));
        HBox tones = toneToggles(vm, m);
        Label toneHelp = NotesUi.help("");
        toneHelp.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(vm.toneProperty().get()),
            vm.toneProperty()));
        Label toneNotice = NotesUi.help("");
        toneNotice.setId(NodeIds.NOTE_TONE_NOTICE);
        toneNotice.setGraphic(Icons.of(Feather.INFO));
        toneNotice.textProperty().bind(vm.toneNoticeProperty());
        toneNotice.visibleProperty().bind(vm.toneNoticeProperty().isNotNull());
        toneNotice.managedProperty().bind(toneNotice.visibleProperty());
        ComboBox<TemplateInfo> template = NotesUi.picker(NodeIds.NOTE_TEMPLATE, m.get("note.template"),
            vm.templates(), vm.templateProperty(), vm::name);
        Forms.remember(template, vm.templateField());
        Forms.showState(template, vm.templateField());
        VBox templateBlock = Forms.field(m.get("note.template"), false, template, vm.templateField(), null, optional);
        Label templateHelp = NotesUi.help("");
        templateHelp.textProperty().bind(Bindings.createStringBinding(vm::templateDescription,
            vm.templateProperty()));
        templateBlock.getChildren().add(2, templateHelp);

        GridPane choices = Forms.grid(2);
        choices.add(withHelp(withHelp(Forms.field(m.get("note.kind"), false, kind, null, null, optional), kindHelp),
            timing), 0, 0);
        choices.add(withHelp(Forms.field(m.get("note.medium"), false, medium, null, null, optional), mediumHelp),
            1, 0);
        VBox toneField = withHelp(Forms.field(m.get("note.tone"), false, tones, null, null, optional), toneHelp);
        toneField.getChildren().add(toneNotice);
        choices.add(toneField, 0, 1);
        choices.add(templateBlock, 1, 1);

        ComboBox<String> recipient = new ComboBox<>(vm.recipients());
        recipient.setId(NodeIds.NOTE_RECIPIENT);
        recipient.setAccessibleText(m.get("note.preview.for"));
        recipient.valueProperty().bindBidirectional(vm.recipientProperty());
        Label forLabel = Forms.label(m.get("note.preview.for"), AppStyles.FIELD_LABEL);
        forLabel.setLabelFor(recipient);
        Label drafting = Forms.label(m.get("note.preview.drafting"), AppStyles.FIELD_HELP);
        drafting.visibleProperty().bind(vm.draftingProperty());
        HBox forRow = new HBox(10, forLabel, recipient, drafting);
        forRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label problem = Forms.label("", AppStyles.PROBLEM_BANNER);
        problem.setId(NodeIds.NOTE_PROBLEM);
        problem.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        problem.textProperty().bind(vm.previewProblemProperty());
        problem.visibleProperty().bind(vm.previewProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(Double.MAX_VALUE);

        Label leftOut = Forms.label("", AppStyles.FIELD_HELP);
        leftOut.setId(NodeIds.NOTE_LEFT_OUT);
        leftOut.setGraphic(Icons.of(Feather.INFO));
        leftOut.textProperty().bind(vm.leftOutProperty());
        leftOut.visibleProperty().bind(vm.leftOutProperty().isNotNull());
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        leftOut.setWrapText(true);
        leftOut.setMaxWidth(Double.MAX_VALUE);

        Label subject = Forms.label("", AppStyles.PREVIEW_SUBJECT);
        subject.textProperty().bind(Bindings.createStringBinding(() -> vm.previewSubjectProperty().get().isEmpty()
            ? "" : m.get("note.preview.subject") + ": " + vm.previewSubjectProperty().get(),
            vm.previewSubjectProperty()));
        subject.visibleProperty().bind(vm.previewSubjectProperty().isNotEmpty());
        subject.managedProperty().bind(subject.visibleProperty());
        Label body = Forms.label("", AppStyles.PREVIEW_BODY);
        body.textProperty().bind(vm.previewBodyProperty());
        body.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(subject, body);
        card.setId(NodeIds.NOTE_PREVIEW);
        card.getStyleClass().add(AppStyles.PREVIEW_CARD);
        card.visibleProperty().bind(vm.previewBodyProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        card.setFocusTraversable(true);
        card.accessibleTextProperty().bind(vm.previewBodyProperty());
        card.setAccessibleHelp(m.get("note.preview.help"));

        page.getChildren().addAll(
            Forms.pageHeader(m.get("wizard.kicker", WizardStep.NOTE.number(), WizardStep.values().length),
                m.get("step.note.title"), m.get("step.note.subtitle")),
            NotesUi.warningBanner(NodeIds.NOTE_UNSIGNED, NodeIds.NOTE_ADD_NAME, vm.signatureWarningProperty(),
                new SimpleStringProperty(m.get("notes.addName")), vm::addName),
            Forms.section(m.get("note.section.what"), m.get("note.section.what.help"), choices,
                AudienceLine.of(vm.audience(), m)),
            Forms.section(m.get("note.preview"), m.get("note.preview.help"), forRow, problem, card, leftOut));
    }

    private static VBox withHelp(VBox field, Label help) {
        field.getChildren().add(help);
        return field;
    }

    private static HBox toneToggles(NoteStepViewModel vm, Messages m) {
        ToggleGroup group = new ToggleGroup();
        Map<Tone, ToggleButton> buttons = new EnumMap<>(Tone.class);
        List<Tone> tones = vm.tones();
        HBox box = new HBox();
        box.getStyleClass().add(AppStyles.SEGMENTED);
        for (int i = 0; i < tones.size(); i++) {
            Tone t = tones.get(i);
            ToggleButton b = new ToggleButton(vm.name(t));
            b.setId(NodeIds.noteTone(t.id()));
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == tones.size() - 1 ? Styles.RIGHT_PILL
                : Styles.CENTER_PILL);
            b.setToggleGroup(group);
            b.setUserData(t);
            b.setAccessibleText(m.get("note.tone") + ": " + vm.name(t));
            b.disableProperty().bind(vm.offeredProperty(t).not());
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            buttons.put(t, b);
            box.getChildren().add(b);
        }
        Runnable fromModel = () -> group.selectToggle(buttons.get(vm.toneProperty().get()));
        fromModel.run();
        vm.toneProperty().addListener((o, was, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                fromModel.run();
            } else {
                vm.toneProperty().set((Tone) now.getUserData());
            }
        });
        return box;
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        kind.requestFocus();
    }
}
