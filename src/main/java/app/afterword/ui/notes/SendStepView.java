// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 6's page: the ways to send the note showing, the outcome of the last one, and "mark as sent". */
public final class SendStepView implements StepView {

    private final VBox page = new VBox();
    private final Button copy;

    /** Builds the page. */
    public SendStepView(SendStepViewModel vm, Messages m) {
        page.getStyleClass().add(AppStyles.PAGE);
        ReviewStepViewModel review = vm.review();

        javafx.collections.ObservableList<String> names = javafx.collections.FXCollections.observableArrayList();
        ComboBox<String> to = new ComboBox<>(names);
        to.setId(NodeIds.SEND_RECIPIENT);
        to.setAccessibleText(m.get("send.to"));
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                List<String> now = review.tabs().stream().map(NoteTab::name).toList();
                if (!names.equals(now)) {
                    names.setAll(now);
                }
                to.getSelectionModel().select(review.selectedProperty().get());
            } finally {
                syncing[0] = false;
            }
        };
        review.selectedProperty().addListener((o, was, now) -> fromModel.run());
        review.tabs().addListener((javafx.collections.ListChangeListener<NoteTab>) c -> fromModel.run());
        to.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now.intValue() >= 0) {
                review.selectedProperty().set(now.intValue());
            }
        });
        fromModel.run();
        Label toLabel = Forms.label(m.get("send.to"), AppStyles.FIELD_LABEL);
        toLabel.setLabelFor(to);
        HBox toRow = new HBox(10, toLabel, to);
        toRow.setAlignment(Pos.CENTER_LEFT);

        copy = button(NodeIds.SEND_COPY, m.get("send.copy"), Feather.COPY, vm::copy);
        copy.getStyleClass().add(Styles.ACCENT);
        Button subject = button(NodeIds.SEND_COPY_SUBJECT, m.get("send.copySubject"), Feather.TYPE, vm::copySubject);
        subject.disableProperty().bind(Bindings.createBooleanBinding(() -> review.selectedTab() == null
            || !review.selectedTab().hasSubject(), review.selectedProperty(), review.tabs()));
        Button mail = button(NodeIds.SEND_OPEN_MAIL, m.get("send.openMail"), Feather.MAIL, vm::openInMail);
        Button eml = button(NodeIds.SEND_SAVE_EML, m.get("send.saveEml"), Feather.DOWNLOAD, vm::saveEml);
        Button card = button(NodeIds.SEND_SAVE_CARD, m.get("send.saveCard"), Feather.FILE_TEXT, vm::saveCard);
        Button linkedIn = button(NodeIds.SEND_COPY_LINKEDIN, m.get("send.copyLinkedIn"), Feather.LINKEDIN,
            vm::copyLinkedIn);
        Label count = Forms.label("", AppStyles.FIELD_HELP);
        count.textProperty().bind(vm.linkedInCountProperty());
        for (Button b : new Button[] {mail, eml, card, linkedIn}) {
            b.disableProperty().bind(vm.busyProperty());
        }

        Label outcome = Forms.label("", AppStyles.OUTCOME);
        outcome.setId(NodeIds.SEND_OUTCOME);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.accessibleTextProperty().bind(vm.outcomeProperty());
        outcome.setMaxWidth(Double.MAX_VALUE);
        Runnable tone = () -> {
            outcome.getStyleClass().removeAll(AppStyles.OUTCOME_SUCCESS, AppStyles.OUTCOME_WARNING);
            boolean ok = vm.outcomeToneProperty().get() == SendStepViewModel.Tone.SUCCESS;
            outcome.getStyleClass().add(ok ? AppStyles.OUTCOME_SUCCESS : AppStyles.OUTCOME_WARNING);
            outcome.setGraphic(Icons.of(ok ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
        };
        vm.outcomeToneProperty().addListener((o, was, now) -> tone.run());
        tone.run();
        Label fallbackText = Forms.label(m.get("send.fallback"), AppStyles.FIELD_HELP);
        Button fallbackCopy = button(NodeIds.SEND_FALLBACK_COPY, m.get("send.copy"), Feather.COPY, vm::copy);
        Button fallbackEml = button(NodeIds.SEND_FALLBACK_EML, m.get("send.saveEml"), Feather.DOWNLOAD, vm::saveEml);
        HBox fallback = new HBox(8, fallbackText, fallbackCopy, fallbackEml);
        fallback.setAlignment(Pos.CENTER_LEFT);
        fallback.visibleProperty().bind(vm.offerFallbackProperty());
        fallback.managedProperty().bind(fallback.visibleProperty());
        Label manualHelp = Forms.label(m.get("send.manualCopy"), AppStyles.FIELD_HELP);
        TextArea manual = new TextArea();
        manual.setId(NodeIds.SEND_MANUAL_COPY);
        manual.setEditable(false);
        manual.setWrapText(true);
        manual.setPrefRowCount(6);
        manual.textProperty().bind(vm.manualCopyProperty());
        manual.setAccessibleText(m.get("send.manualCopy"));
        VBox manualBox = new VBox(6, manualHelp, manual);
        manualBox.visibleProperty().bind(vm.manualCopyProperty().isNotNull());
        manualBox.managedProperty().bind(manualBox.visibleProperty());
        VBox result = new VBox(8, outcome, fallback, manualBox);
        result.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());

        Button sent = button(NodeIds.SEND_MARK_SENT, m.get("send.markSent"), Feather.CHECK, vm::markSent);
        sent.getStyleClass().add(Styles.SUCCESS);
        sent.disableProperty().bind(vm.busyProperty());
        Label next = Forms.label("", AppStyles.TIMELINE_NEXT);
        next.setId(NodeIds.SEND_TIMELINE);
        next.setGraphic(Icons.of(Feather.CALENDAR));
        next.textProperty().bind(vm.timelineProperty());
        next.accessibleTextProperty().bind(vm.timelineProperty());
        next.setMaxWidth(Double.MAX_VALUE);

        page.getChildren().addAll(
            Forms.pageHeader(m.get("wizard.kicker", WizardStep.SEND.number(), WizardStep.values().length),
                m.get("step.send.title"), m.get("step.send.subtitle")),
            toRow,
            NotesUi.warningBanner(NodeIds.SEND_UNSIGNED, NodeIds.SEND_FIX_SIGNATURE, vm.signatureWarningProperty(),
                vm.signatureFixProperty(), vm::fixSignature),
            result,
            actionCard(Forms.section(m.get("send.section.copy"), m.get("send.section.copy.help"),
                row(copy, subject))),
            actionCard(Forms.section(m.get("send.section.mail"), m.get("send.section.mail.help"),
                row(mail, eml, card), row(linkedIn, count))),
            actionCard(Forms.section(m.get("send.section.done"), m.get("send.section.done.help"), row(sent),
                next)));
    }

    private static VBox actionCard(VBox section) {
        section.getStyleClass().add(AppStyles.ACTION_CARD);
        return section;
    }

    private static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(10, 10, nodes);
        row.getStyleClass().add(AppStyles.ACTION_ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        copy.requestFocus();
    }
}
