// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.etiquette.Finding;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.editor.ProofreadEditor;
import app.afterword.ui.editor.ProofreadEditorViewModel;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Step 5's page: a tab per recipient with the note in an editor and, beside it, the proofreading status, the
 * etiquette findings with their reasons, the counts against the medium's limits and the send window.
 */
public final class ReviewStepView implements StepView {

    private final VBox page = new VBox();
    private final TabPane tabs = new TabPane();
    private final ReviewStepViewModel vm;
    private final Messages m;
    private final java.util.Map<Integer, Region> editors = new java.util.HashMap<>();
    private final java.util.Map<Integer, Node> contents = new java.util.HashMap<>();
    private final java.util.Map<Integer, ProofreadEditor> richEditors = new java.util.HashMap<>();
    private final VBox body = new VBox();

    /** Builds the page. */
    public ReviewStepView(ReviewStepViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        page.getStyleClass().add(AppStyles.PAGE);
        tabs.setId(NodeIds.REVIEW_TABS);
        tabs.getStyleClass().add(AppStyles.REVIEW_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setAccessibleText(m.get("step.review.title"));

        Label problem = Forms.label("", AppStyles.PROBLEM_BANNER);
        problem.setId(NodeIds.REVIEW_PROBLEM);
        problem.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(Double.MAX_VALUE);

        vm.tabs().addListener((ListChangeListener<NoteTab>) c -> rebuild());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                fill(now.intValue());
                vm.selectedProperty().set(now.intValue());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(now.intValue()));
        rebuild();

        page.getChildren().addAll(
            Forms.pageHeader(m.get("wizard.kicker", WizardStep.REVIEW.number(), WizardStep.values().length),
                m.get("step.review.title"), m.get("step.review.subtitle")), problem, tabs, body);
        tabs.setMaxHeight(Region.USE_PREF_SIZE);
        body.getStyleClass().add(AppStyles.REVIEW_BODY);
    }

    private void rebuild() {
        editors.clear();
        richEditors.clear();
        contents.clear();
        body.getChildren().clear();
        List<Tab> made = new ArrayList<>();
        for (NoteTab note : vm.tabs()) {
            Tab tab = new Tab(note.name());
            tab.setGraphic(Icons.of(Feather.USER));
            made.add(tab);
        }
        tabs.getTabs().setAll(made);
        int sel = vm.selectedProperty().get();
        if (sel >= 0 && sel < made.size()) {
            tabs.getSelectionModel().select(sel);
            fill(sel);
        }
    }

    /**
     * Shows a note below the tab strip, building its editor when it is first shown, so opening the step lays out one
     * editor, not one per person. The note sits in the page rather than inside the tab pane, so its wrapped lines get
     * the height they need.
     */
    private void fill(int index) {
        if (index < 0 || index >= vm.tabs().size()) {
            body.getChildren().clear();
            return;
        }
        Node content = contents.computeIfAbsent(index, i -> content(vm.tabs().get(i), i));
        body.getChildren().setAll(content);
    }

    private HBox content(NoteTab note, int index) {
        VBox editor = new VBox();
        editor.getStyleClass().add(AppStyles.REVIEW_EDITOR);
        if (note.hasSubject()) {
            TextField subject = new TextField();
            subject.setId(NodeIds.reviewSubject(index));
            subject.textProperty().bindBidirectional(note.subjectProperty());
            subject.setAccessibleText(m.get("review.subject"));
            Label label = Forms.label(m.get("review.subject"), AppStyles.FIELD_LABEL);
            label.setLabelFor(subject);
            editor.getChildren().addAll(label, subject);
        }
        ProofreadEditorViewModel proofread = vm.editor(note);
        Region body;
        Node bodyNode;
        Label problem = null;
        if (proofread != null) {
            ProofreadEditor rich = new ProofreadEditor(proofread, note.bodyProperty(), m,
                m.get("review.body", note.name()));
            body = rich.area();
            bodyNode = rich.node();
            problem = Forms.label("", AppStyles.FIELD_HELP, AppStyles.EDITOR_PROBLEM);
            problem.setId(NodeIds.reviewNoteProblem(index));
            problem.textProperty().bind(proofread.problemProperty());
            problem.visibleProperty().bind(proofread.problemProperty().isNotNull());
            problem.managedProperty().bind(problem.visibleProperty());
            richEditors.put(index, rich);
        } else {
            TextArea plain = new TextArea();
            plain.setWrapText(true);
            plain.setPrefRowCount(18);
            plain.textProperty().bindBidirectional(note.bodyProperty());
            plain.setAccessibleText(m.get("review.body", note.name()));
            body = plain;
            bodyNode = plain;
        }
        body.setId(NodeIds.reviewNote(index));
        VBox.setVgrow(bodyNode, Priority.ALWAYS);
        editors.put(index, body);
        Label bodyLabel = Forms.label(m.get("review.body", note.name()), AppStyles.FIELD_LABEL);
        bodyLabel.setLabelFor(body);

        Label counts = Forms.label("", AppStyles.FIELD_HELP);
        counts.setId(NodeIds.reviewCounts(index));
        counts.setGraphic(Icons.of(Feather.BAR_CHART_2));
        counts.textProperty().bind(note.countsProperty());
        counts.accessibleTextProperty().bind(note.countsProperty());
        note.overLimitProperty().addListener((o, was, now) -> mark(counts, now));
        mark(counts, note.overLimitProperty().get());
        Button redraft = new Button(m.get("review.redraft"), Icons.of(Feather.ROTATE_CCW));
        redraft.setId(NodeIds.reviewRedraft(index));
        redraft.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        redraft.setTooltip(new Tooltip(m.get("review.redraft.help")));
        redraft.setAccessibleText(m.get("review.redraft.help"));
        redraft.setOnAction(e -> vm.redraft(note));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox below = new HBox(8, counts, gap, redraft);
        below.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        editor.getChildren().addAll(bodyLabel, bodyNode);
        if (problem != null) {
            editor.getChildren().add(problem);
        }
        editor.getChildren().add(below);

        VBox side = new VBox(proofreading(), findings(note, index), window());
        side.getStyleClass().add(AppStyles.REVIEW_SIDE);
        HBox.setHgrow(editor, Priority.ALWAYS);
        editor.setMinWidth(0);
        editor.setPrefWidth(560);
        side.setMinWidth(280);
        side.setPrefWidth(320);
        side.setMaxWidth(360);
        HBox content = new HBox(editor, side);
        content.setSpacing(20);
        return content;
    }

    private static void mark(Label counts, boolean over) {
        counts.getStyleClass().remove(AppStyles.OVER_LIMIT);
        if (over) {
            counts.getStyleClass().add(AppStyles.OVER_LIMIT);
        }
    }

    private VBox proofreading() {
        Label status = Forms.label("", AppStyles.SIDE_TEXT, AppStyles.PROOFREAD_STATUS);
        status.setId(NodeIds.REVIEW_PROOFREAD);
        status.textProperty().bind(vm.proofreadStatusProperty());
        status.accessibleTextProperty().bind(vm.proofreadStatusProperty());
        return card(m.get("review.proofread"), Feather.TYPE, status);
    }

    private VBox findings(NoteTab note, int index) {
        Label summary = Forms.label("", AppStyles.SIDE_TEXT);
        summary.textProperty().bind(Bindings.createStringBinding(() -> note.checkingProperty().get()
            && note.findings().isEmpty() ? m.get("review.findings.checking") : note.summaryProperty().get(),
            note.checkingProperty(), note.summaryProperty(), note.findings()));
        VBox list = new VBox(8);
        list.setId(NodeIds.reviewFindings(index));
        Runnable fill = () -> {
            List<Node> rows = new ArrayList<>();
            for (Finding f : note.findings()) {
                rows.add(finding(f));
            }
            list.getChildren().setAll(rows);
        };
        note.findings().addListener((ListChangeListener<Finding>) c -> fill.run());
        fill.run();
        return card(m.get("review.findings"), Feather.CHECK_CIRCLE, summary, list);
    }

    private Node finding(Finding f) {
        String severity = switch (f.severity()) {
            case ERROR -> AppStyles.FINDING_ERROR;
            case WARNING -> AppStyles.FINDING_WARNING;
            default -> AppStyles.FINDING_TIP;
        };
        Feather icon = switch (f.severity()) {
            case ERROR -> Feather.ALERT_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            default -> Feather.INFO;
        };
        Label title = Forms.label(f.message() + " (" + f.ruleId() + ")", AppStyles.FINDING_TITLE);
        title.setGraphic(Icons.of(icon));
        Label why = Forms.label(m.get("review.finding.why") + " " + f.why(), AppStyles.FINDING_TEXT);
        Label fix = Forms.label(m.get("review.finding.try") + " " + f.suggestion(), AppStyles.FINDING_TEXT);
        VBox box = new VBox(4, tall(title), tall(why), tall(fix));
        box.getStyleClass().addAll(AppStyles.FINDING, severity);
        box.setFocusTraversable(true);
        box.setAccessibleText(f.message() + ". " + why.getText() + " " + fix.getText());
        return tall(box);
    }

    private VBox window() {
        Label when = Forms.label("", AppStyles.SIDE_TEXT);
        when.setId(NodeIds.REVIEW_WINDOW);
        when.textProperty().bind(vm.sendWindowProperty());
        Label why = Forms.label("", AppStyles.FIELD_HELP);
        why.textProperty().bind(vm.sendWindowWhyProperty());
        why.visibleProperty().bind(vm.sendWindowWhyProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        return card(m.get("review.window"), Feather.CLOCK, when, why);
    }

    private static VBox card(String title, Feather icon, Node... content) {
        Label heading = new Label(title, Icons.of(icon));
        heading.getStyleClass().add(AppStyles.SIDE_TITLE);
        VBox box = new VBox(heading);
        box.getChildren().addAll(content);
        for (Node n : content) {
            tall(n);
        }
        box.getStyleClass().add(AppStyles.SIDE_CARD);
        return box;
    }

    /** Lets a wrapping label take the height its lines need instead of cutting them with an ellipsis. */
    private static Node tall(Node n) {
        if (n instanceof Region r) {
            r.setMinHeight(Region.USE_PREF_SIZE);
        }
        return n;
    }

    /** The editor of note {@code index}, for tests. */
    Region editor(int index) {
        return editors.get(index);
    }

    /** The proofreading editor of note {@code index}, or null (for tests and screenshots). */
    public ProofreadEditor proofreadEditor(int index) {
        return richEditors.get(index);
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        int i = vm.selectedProperty().get();
        if (editors.containsKey(i)) {
            editors.get(i).requestFocus();
        } else {
            tabs.requestFocus();
        }
    }
}
