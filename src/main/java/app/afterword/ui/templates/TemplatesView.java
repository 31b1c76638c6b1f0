// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.PageView;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;

/**
 * The templates screen: the list on the left; on the right the selected template's editor (highlighted, with line
 * numbers and its problems underneath, each moving the caret to its place), and the preview for a chosen interview
 * and interviewer. Nodes are built on the first {@link #node()} call; data is read when the screen is shown.
 */
public final class TemplatesView implements PageView {

    private static final Duration WARM_UP_AFTER = Duration.ofSeconds(1);
    /** The list's border, padding and scroll bar, beside the cells. */
    private static final double CELL_GUTTER = 20;
    /** The least height of the editor and the preview, so neither is squeezed out of sight. */
    private static final double PANE_MIN_HEIGHT = 120;

    private final TemplatesViewModel vm;
    private final Messages m;
    private HBox root;
    private ListView<TemplateInfo> list;
    private CodeArea editor;
    private boolean syncing;

    /**
     * The screen as the app runs it, on an open workspace: its services are opened on the IO lane the first time
     * it is shown, never before the first frame.
     */
    public static TemplatesView open(Workspace workspace, Messages m, TaskRunner runner, Supplier<Window> owner) {
        TemplatesViewModel vm = new TemplatesViewModel(m, runner, () -> TemplateServices.open(workspace),
            new FxTemplateDialogs(owner, m.get("templates.title")));
        runner.after(WARM_UP_AFTER, () -> runner.run(TaskRunner.Lane.COMPUTE, TemplatesView::warmUp, done -> { },
            failed -> { }));
        return new TemplatesView(vm, m);
    }

    /**
     * Loads the editor's classes and its font off the UI thread, soon after the window shows: the first editor
     * otherwise costs the UI thread a second or more of class loading when the screen is first opened.
     */
    static Integer warmUp() {
        String sample = "## kind: thank-you\nDear $interviewer.name,\n#if($interviewer.topic)x#end\n";
        CodeArea area = new CodeArea(sample);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setStyleSpans(0, TemplateHighlighter.spans(sample, List.of()));
        area.replaceText(0, 0, "x");
        Text text = new Text(sample);
        text.setFont(Font.font("Monospaced", 13.5));
        return area.getLength() + (int) text.getLayoutBounds().getWidth();
    }

    /** The screen over its ViewModel; cheap, builds nothing yet. */
    public TemplatesView(TemplatesViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @Override
    public Parent node() {
        if (root == null) {
            build();
        }
        return root;
    }

    @Override
    public void focusFirst() {
        node();
        list.requestFocus();
    }

    @Override
    public void shown() {
        vm.shown();
    }

    @Override
    public void closing() {
        vm.left();
    }

    /** The ViewModel, for tests. */
    public TemplatesViewModel viewModel() {
        return vm;
    }

    private void build() {
        root = new HBox(side(), main());
        root.getStyleClass().add(AppStyles.TEMPLATES_PAGE);
        root.parentProperty().addListener((o, was, now) -> {
            if (now == null) {
                vm.left();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown() && e.getCode() == KeyCode.S) {
                vm.save();
                e.consume();
            }
        });
    }

    private VBox side() {
        VBox header = Forms.pageHeader(m.get("templates.kicker"), m.get("templates.title"),
            m.get("templates.subtitle"));
        TextField search = new TextField();
        search.setId(NodeIds.TEMPLATES_SEARCH);
        search.setPromptText(m.get("templates.search"));
        search.setAccessibleText(m.get("templates.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<KindChoice> filter = new ComboBox<>();
        filter.setId(NodeIds.TEMPLATES_FILTER);
        filter.setAccessibleText(m.get("templates.filter"));
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.getItems().add(new KindChoice(null, vm.kindName(null)));
        vm.kinds().forEach(k -> filter.getItems().add(new KindChoice(k, vm.kindName(k))));
        filter.getSelectionModel().select(0);
        filter.valueProperty().addListener((o, was, now) -> vm.kindFilterProperty().set(now == null ? null
            : now.kind()));
        vm.kindFilterProperty().addListener((o, was, now) -> filter.getItems().stream()
            .filter(c -> c.kind() == now).findFirst().ifPresent(filter::setValue));

        list = new ListView<>(vm.templates());
        list.setId(NodeIds.TEMPLATES_LIST);
        list.setAccessibleText(m.get("templates.list"));
        list.getStyleClass().add(AppStyles.TEMPLATES_LIST);
        list.setCellFactory(v -> new TemplateCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !syncing) {
                vm.selectedProperty().set(now);
            }
        });
        Runnable fromModel = () -> {
            TemplateInfo t = vm.selectedProperty().get();
            int index = t == null ? -1 : indexOf(t.id());
            syncing = true;
            try {
                if (index < 0) {
                    list.getSelectionModel().clearSelection();
                } else if (list.getSelectionModel().getSelectedIndex() != index) {
                    list.getSelectionModel().select(index);
                    list.scrollTo(index);
                }
            } finally {
                syncing = false;
            }
        };
        vm.selectedProperty().addListener((o, was, now) -> fromModel.run());
        vm.templates().addListener((ListChangeListener<TemplateInfo>) c -> fromModel.run());
        VBox.setVgrow(list, Priority.ALWAYS);

        MenuButton create = new MenuButton(m.get("templates.new"), Icons.of(Feather.PLUS));
        create.setId(NodeIds.TEMPLATES_NEW);
        create.getStyleClass().add(Styles.ACCENT);
        create.setAccessibleText(m.get("templates.new"));
        create.setTooltip(new Tooltip(m.get("templates.new.help")));
        for (NoteKind k : vm.kinds()) {
            MenuItem item = new MenuItem(vm.kindName(k));
            item.setId(NodeIds.templatesNew(k.id()));
            item.setOnAction(e -> vm.create(k));
            create.getItems().add(item);
        }
        create.disableProperty().bind(vm.canCreateProperty().not());
        Button importButton = new Button(m.get("templates.import"), Icons.of(Feather.UPLOAD));
        importButton.setId(NodeIds.TEMPLATES_IMPORT);
        importButton.setAccessibleText(m.get("templates.import"));
        importButton.setTooltip(new Tooltip(m.get("templates.import.help")));
        importButton.setOnAction(e -> vm.importFile());
        importButton.disableProperty().bind(vm.canCreateProperty().not());
        HBox actions = new HBox(8, create, importButton);
        actions.getStyleClass().add(AppStyles.TOOLBAR);

        VBox side = new VBox(header, search, filter, list, actions);
        side.getStyleClass().add(AppStyles.TEMPLATES_SIDE);
        return side;
    }

    private int indexOf(String id) {
        for (int i = 0; i < vm.templates().size(); i++) {
            if (vm.templates().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private VBox main() {
        Label title = Forms.label("", AppStyles.SECTION_TITLE);
        title.setId(NodeIds.TEMPLATES_TITLE);
        Label facts = Forms.label("", AppStyles.FIELD_HELP);
        Label description = Forms.label("", AppStyles.SECTION_HELP);
        description.setMinHeight(Region.USE_PREF_SIZE);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        Runnable describe = () -> {
            TemplateInfo t = vm.selectedProperty().get();
            title.setText(t == null ? m.get("templates.none") : t.title());
            facts.setText(vm.facts(t));
            description.setText(t == null ? m.get("templates.none.help") : t.description());
        };
        describe.run();
        vm.selectedProperty().addListener((o, was, now) -> describe.run());
        VBox heading = new VBox(2, title, facts);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMinWidth(0);

        Button duplicate = button(NodeIds.TEMPLATES_DUPLICATE, "templates.duplicate", Feather.COPY, vm::duplicate);
        duplicate.disableProperty().bind(vm.selectedProperty().isNull().or(vm.canCreateProperty().not()));
        Button export = button(NodeIds.TEMPLATES_EXPORT, "templates.export", Feather.DOWNLOAD, vm::exportSelected);
        iconOnly(export, "templates.export.help");
        export.disableProperty().bind(vm.selectedProperty().isNull());
        Button delete = button(NodeIds.TEMPLATES_DELETE, "templates.delete", Feather.TRASH_2, vm::delete);
        iconOnly(delete, "templates.delete.help");
        showWhen(delete, vm.editableProperty());
        Button save = button(NodeIds.TEMPLATES_SAVE, "templates.save", Feather.SAVE, vm::save);
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip(m.get("templates.save.help")));
        showWhen(save, vm.editableProperty());
        HBox top = new HBox(8, heading, duplicate, export, delete, save);
        top.setAlignment(Pos.CENTER_LEFT);

        Label readOnlyTitle = new Label(m.get("templates.readOnly.title"), Icons.of(Feather.LOCK));
        readOnlyTitle.getStyleClass().add(AppStyles.CALLOUT_TITLE);
        Label readOnlyText = Forms.label(m.get("templates.readOnly.text"), AppStyles.CALLOUT_TEXT);
        readOnlyText.setMinHeight(Region.USE_PREF_SIZE);
        VBox readOnly = new VBox(readOnlyTitle, readOnlyText);
        readOnly.setId(NodeIds.TEMPLATES_READ_ONLY);
        readOnly.getStyleClass().add(AppStyles.CALLOUT);
        showWhen(readOnly, vm.editableProperty().not().and(vm.selectedProperty().isNotNull()));

        SplitPane split = new SplitPane(editorPane(), previewPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        split.setMinHeight(0);
        split.getStyleClass().add(AppStyles.TEMPLATES_SPLIT);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox main = new VBox(top, description, readOnly, split, status());
        main.getStyleClass().add(AppStyles.TEMPLATES_MAIN);
        HBox.setHgrow(main, Priority.ALWAYS);
        return main;
    }

    private VBox editorPane() {
        editor = new CodeArea();
        editor.setId(NodeIds.TEMPLATES_EDITOR);
        editor.getStyleClass().add(AppStyles.TEMPLATES_EDITOR);
        editor.setParagraphGraphicFactory(LineNumberFactory.get(editor));
        editor.setAccessibleText(m.get("templates.editor"));
        editor.setAccessibleHelp(m.get("templates.editor.help"));
        editor.setWrapText(true);
        editor.editableProperty().bind(vm.editableProperty());
        editor.replaceText(vm.textProperty().get());
        editor.textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.textProperty().set(now);
            }
            highlight();
        });
        vm.textProperty().addListener((o, was, now) -> {
            if (!now.equals(editor.getText())) {
                syncing = true;
                try {
                    editor.replaceText(now);
                    editor.moveTo(0);
                    editor.requestFollowCaret();
                    editor.getUndoManager().forgetHistory();
                } finally {
                    syncing = false;
                }
            }
        });
        vm.errors().addListener((ListChangeListener<TemplateError>) c -> highlight());
        highlight();
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(editor);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label label = Forms.label(m.get("templates.editor"), AppStyles.FIELD_LABEL);
        label.setLabelFor(editor);
        Label unsaved = Forms.label(m.get("templates.unsaved"), AppStyles.TEMPLATES_UNSAVED);
        showWhen(unsaved, vm.dirtyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label checking = Forms.label(m.get("templates.checking"), AppStyles.FIELD_HELP);
        checking.visibleProperty().bind(vm.checkingProperty().and(vm.editableProperty()));
        HBox labelRow = new HBox(10, label, unsaved, spacer, checking);
        labelRow.setAlignment(Pos.BASELINE_LEFT);

        VBox problems = new VBox();
        problems.setId(NodeIds.TEMPLATES_ERRORS);
        problems.getStyleClass().add(AppStyles.TEMPLATES_ERRORS);
        Runnable showErrors = () -> {
            List<Node> rows = new ArrayList<>();
            for (int i = 0; i < vm.errors().size(); i++) {
                rows.add(errorRow(vm.errors().get(i), i));
            }
            problems.getChildren().setAll(rows);
        };
        vm.errors().addListener((ListChangeListener<TemplateError>) c -> showErrors.run());
        ScrollPane problemScroll = new ScrollPane(problems);
        problemScroll.setFitToWidth(true);
        problemScroll.getStyleClass().add(AppStyles.TEMPLATES_ERROR_SCROLL);
        showWhen(problemScroll, Bindings.isNotEmpty(vm.errors()));

        Label summary = Forms.label("", AppStyles.TEMPLATES_CHECK);
        summary.setId(NodeIds.TEMPLATES_CHECK);
        summary.textProperty().bind(vm.checkSummaryProperty());
        Runnable summaryIcon = () -> {
            boolean ok = vm.errors().isEmpty();
            summary.setGraphic(Icons.of(ok ? Feather.CHECK_CIRCLE : Feather.ALERT_CIRCLE));
            summary.pseudoClassStateChanged(Styles.STATE_DANGER, !ok);
            summary.pseudoClassStateChanged(Styles.STATE_SUCCESS, ok);
        };
        summaryIcon.run();
        vm.errors().addListener((ListChangeListener<TemplateError>) c -> summaryIcon.run());
        showWhen(summary, vm.checkSummaryProperty().isNotEmpty());

        VBox pane = new VBox(labelRow, scroll, summary, problemScroll);
        pane.getStyleClass().add(AppStyles.TEMPLATES_PANE);
        pane.setMinHeight(PANE_MIN_HEIGHT);
        scroll.setMinHeight(0);
        return pane;
    }

    private Node errorRow(TemplateError e, int index) {
        Button row = new Button(vm.describe(e), Icons.of(Feather.ALERT_CIRCLE));
        row.setId(NodeIds.templatesError(index));
        row.getStyleClass().addAll(Styles.FLAT, AppStyles.TEMPLATES_ERROR);
        row.setWrapText(true);
        row.setMaxWidth(Double.MAX_VALUE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setAccessibleText(vm.describe(e));
        if (e.line() > 0) {
            row.setAccessibleHelp(m.get("templates.error.go"));
            row.setOnAction(a -> goTo(e));
        } else {
            row.setFocusTraversable(false);
        }
        return row;
    }

    /** Moves the caret to a problem's place and the focus to the editor. */
    void goTo(TemplateError e) {
        String text = editor.getText();
        int at = TemplateHighlighter.offset(text, e.line(), e.column());
        if (at < 0) {
            return;
        }
        editor.moveTo(Math.min(at, text.length()));
        editor.requestFollowCaret();
        editor.requestFocus();
    }

    private void highlight() {
        editor.setStyleSpans(0, TemplateHighlighter.spans(editor.getText(), vm.errors()));
    }

    private VBox previewPane() {
        ComboBox<TemplatesViewModel.PreviewInterview> interview = new ComboBox<>(vm.interviews());
        interview.setId(NodeIds.TEMPLATES_INTERVIEW);
        interview.setAccessibleText(m.get("templates.preview.interview"));
        interview.valueProperty().bindBidirectional(vm.interviewProperty());
        interview.setCellFactory(v -> new InterviewCell());
        interview.setButtonCell(new InterviewCell());
        interview.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(interview, Priority.ALWAYS);
        ComboBox<String> recipient = new ComboBox<>(vm.recipients());
        recipient.setId(NodeIds.TEMPLATES_RECIPIENT);
        recipient.setAccessibleText(m.get("note.preview.for"));
        recipient.valueProperty().bindBidirectional(vm.recipientProperty());
        recipient.setPrefWidth(210);
        recipient.setMinWidth(150);
        Label forLabel = Forms.label(m.get("note.preview.for"), AppStyles.FIELD_LABEL);
        forLabel.setLabelFor(interview);
        forLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, forLabel, interview, recipient);
        row.setAlignment(Pos.CENTER_LEFT);

        Label problem = Forms.label("", AppStyles.PROBLEM_BANNER);
        problem.setId(NodeIds.TEMPLATES_PREVIEW_PROBLEM);
        problem.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        problem.textProperty().bind(vm.previewProblemProperty());
        showWhen(problem, vm.previewProblemProperty().isNotNull());
        problem.setMaxWidth(Double.MAX_VALUE);

        Label subject = Forms.label("", AppStyles.PREVIEW_SUBJECT);
        subject.textProperty().bind(Bindings.createStringBinding(() -> vm.previewSubjectProperty().get().isEmpty()
            ? "" : m.get("note.preview.subject") + ": " + vm.previewSubjectProperty().get(),
            vm.previewSubjectProperty()));
        showWhen(subject, vm.previewSubjectProperty().isNotEmpty());
        subject.setMaxWidth(Double.MAX_VALUE);
        Label body = Forms.label("", AppStyles.PREVIEW_BODY);
        body.textProperty().bind(vm.previewBodyProperty());
        body.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(subject, body);
        card.setId(NodeIds.TEMPLATES_PREVIEW);
        card.getStyleClass().add(AppStyles.PREVIEW_CARD);
        card.setFocusTraversable(true);
        card.accessibleTextProperty().bind(vm.previewBodyProperty());
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(AppStyles.TEMPLATES_PREVIEW_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        showWhen(scroll, vm.previewBodyProperty().isNotEmpty());
        card.visibleProperty().bind(scroll.visibleProperty());

        VBox pane = new VBox(row, problem, scroll);
        pane.getStyleClass().add(AppStyles.TEMPLATES_PANE);
        pane.setMinHeight(PANE_MIN_HEIGHT);
        scroll.setMinHeight(0);
        return pane;
    }

    private HBox status() {
        Label text = Forms.label("", AppStyles.TEMPLATES_STATUS_TEXT);
        text.textProperty().bind(vm.statusProperty());
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = button(NodeIds.TEMPLATES_UNDO, "templates.undo", Feather.ROTATE_CCW, vm::undoDelete);
        undo.getStyleClass().add(Styles.SMALL);
        showWhen(undo, vm.canUndoProperty());
        Button close = new Button(null, Icons.of(Feather.X));
        close.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        close.setId(NodeIds.TEMPLATES_STATUS_CLOSE);
        close.setAccessibleText(m.get("templates.status.close"));
        close.setOnAction(e -> vm.dismissStatus());
        HBox box = new HBox(10, text, undo, close);
        box.setId(NodeIds.TEMPLATES_STATUS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll(AppStyles.BANNER, AppStyles.TEMPLATES_STATUS);
        Runnable look = () -> {
            TemplatesViewModel.Outcome o = vm.statusKindProperty().get();
            text.setGraphic(Icons.of(o == TemplatesViewModel.Outcome.SUCCESS ? Feather.CHECK_CIRCLE
                : o == TemplatesViewModel.Outcome.WARNING ? Feather.ALERT_TRIANGLE : Feather.ALERT_CIRCLE));
            box.getStyleClass().removeAll(AppStyles.OUTCOME_SUCCESS, AppStyles.OUTCOME_WARNING,
                AppStyles.TEMPLATES_STATUS_PROBLEM);
            box.getStyleClass().add(o == TemplatesViewModel.Outcome.SUCCESS ? AppStyles.OUTCOME_SUCCESS
                : o == TemplatesViewModel.Outcome.WARNING ? AppStyles.OUTCOME_WARNING
                : AppStyles.TEMPLATES_STATUS_PROBLEM);
        };
        look.run();
        vm.statusKindProperty().addListener((o, was, now) -> look.run());
        showWhen(box, vm.statusProperty().isNotNull());
        return box;
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(m.get(key), Icons.of(icon));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void iconOnly(Button b, String helpKey) {
        b.setText(null);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(m.get(helpKey)));
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** One choice of the kind filter; a null kind means every kind. */
    private record KindChoice(NoteKind kind, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A template in the list: its title, the kind, medium, tone and origin, and the one-line description. */
    private final class TemplateCell extends ListCell<TemplateInfo> {
        private final Label title = Forms.label("", AppStyles.TEMPLATES_ITEM_TITLE);
        private final Label facts = Forms.label("", AppStyles.TEMPLATES_ITEM_FACTS);
        private final Label description = Forms.label("", AppStyles.TEMPLATES_ITEM_TEXT);
        private final VBox box = new VBox(2, title, facts, description);

        TemplateCell() {
            setPrefWidth(0);
            box.getStyleClass().add(AppStyles.TEMPLATES_ITEM);
            description.setWrapText(false);
        }

        /** Tall enough for a title and facts that wrap in the list's width. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || getListView() == null) {
                return super.computePrefHeight(width);
            }
            double outer = width > 0 ? width : getListView().getWidth() - CELL_GUTTER;
            double inner = Math.max(120, outer - snappedLeftInset() - snappedRightInset());
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void updateItem(TemplateInfo item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            title.setText(item.title());
            title.setGraphic(item.origin() == TemplateInfo.Origin.USER ? Icons.of(item.valid() ? Feather.USER
                : Feather.ALERT_CIRCLE) : null);
            facts.setText(vm.facts(item));
            description.setText(item.description());
            setTooltip(item.description().isBlank() ? null : new Tooltip(item.description()));
            description.setVisible(!item.description().isBlank());
            description.setManaged(description.isVisible());
            setText(null);
            setGraphic(box);
            setAccessibleText(item.title() + ". " + vm.facts(item) + ". " + item.description());
        }
    }

    /** An interview in the preview picker. */
    private static final class InterviewCell extends ListCell<TemplatesViewModel.PreviewInterview> {
        @Override
        protected void updateItem(TemplatesViewModel.PreviewInterview item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
