// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.coach;

import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.PageView;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import atlantafx.base.theme.Styles;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;

/**
 * The coach screen: the scenario list, the weak and the strong note side by side with every finding's passage
 * highlighted by severity, each note's findings below it, and the reason behind the finding looked at. Presentation
 * mode opens the two notes and that reason full screen in large type, for a workshop. Nodes are built on the first
 * {@link #node()} call; the library loads when the screen is first shown.
 */
public final class CoachView implements PageView {

    /** The least height a note gets on the page: about twelve lines, a typical note without its own scrollbar. */
    private static final double NOTE_MIN_HEIGHT = 250;
    /** The height of the findings under a note: three or four of them. */
    private static final double FINDINGS_HEIGHT = 112;

    private static final double BASE_FONT = 14;
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final Duration PRELOAD_AFTER = Duration.ofSeconds(1);

    private final CoachViewModel vm;
    private final Messages m;
    private BorderPane page;
    private ListView<Scenario> list;
    private Button present;
    private final List<NoteColumn> columns = new ArrayList<>();
    private BorderPane presentRoot;
    private Parent shellRoot;
    private Stage window;
    private boolean wasFullScreen;
    private final javafx.beans.value.ChangeListener<Boolean> exitListener = this::leaveOnExit;
    private boolean syncing;

    /**
     * A coach screen; cheap until it is first shown. A moment after the window appears, the rich-text editor's classes
     * are loaded on the compute lane, so opening the screen later does not hold up the UI thread loading them.
     *
     */
    public CoachView(CoachViewModel vm, Messages m, TaskRunner runner) {
        this.vm = vm;
        this.m = m;
        runner.after(PRELOAD_AFTER, () -> runner.run(TaskRunner.Lane.COMPUTE, CoachView::preload, done -> { },
            failed -> { }));
    }

    /** Makes a note area off screen (allowed on any thread), which loads and links the editor's classes. */
    private static Boolean preload() {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.replaceText("Preload");
        area.setStyleClass(0, 3, AppStyles.COACH_MARK_TIP);
        return new VirtualizedScrollPane<>(area).getContent() == area;
    }

    @Override
    public Parent node() {
        if (page == null) {
            build();
        }
        return page;
    }

    @Override
    public void focusFirst() {
        node();
        list.requestFocus();
    }

    @Override
    public void shown() {
        vm.load();
    }

    private void build() {
        page = new BorderPane();
        page.getStyleClass().add(AppStyles.COACH_PAGE);
        page.setLeft(scenarioList());
        // on a short screen the page scrolls as a whole; the notes keep the room to be read
        ScrollPane scroll = new ScrollPane(main());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add(AppStyles.PAGE_SCROLL);
        page.setCenter(scroll);
        page.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
        vm.presentationProperty().addListener((o, was, now) -> presentation(now));
    }

    private void pageKeys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            vm.nextScenario();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            vm.previousScenario();
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            vm.presentationProperty().set(true);
            e.consume();
        }
    }

    private VBox scenarioList() {
        list = new ListView<>(vm.scenarios());
        list.setId(NodeIds.COACH_SCENARIOS);
        list.getStyleClass().add(AppStyles.COACH_LIST);
        list.setAccessibleText(m.get("coach.scenarios"));
        list.setCellFactory(v -> new ScenarioCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0) {
                vm.select(now.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((o, was, now) -> {
            syncing = true;
            try {
                list.getSelectionModel().select(now.intValue());
                list.scrollTo(Math.max(0, now.intValue() - 2));
            } finally {
                syncing = false;
            }
        });
        VBox pane = new VBox(Forms.label(m.get("coach.scenarios"), AppStyles.SECTION_TITLE), list);
        pane.getStyleClass().add(AppStyles.COACH_LIST_PANE);
        return pane;
    }

    /** A scenario in the list: its title and the rules it teaches. */
    private final class ScenarioCell extends ListCell<Scenario> {
        private final Label title = Forms.label("", AppStyles.COACH_SCENARIO_TITLE);
        private final Label rules = Forms.label("", AppStyles.COACH_SCENARIO_RULES);
        private final VBox box = new VBox(2, title, rules);

        ScenarioCell() {
            title.maxWidthProperty().bind(list.widthProperty().subtract(40));
            rules.maxWidthProperty().bind(list.widthProperty().subtract(40));
            title.setMinHeight(Region.USE_PREF_SIZE);
            rules.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Scenario s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(s.title());
            rules.setText(m.get("coach.teaches", s.teaches().stream().map(r -> r.id())
                .collect(Collectors.joining(" · "))));
            setGraphic(box);
            setAccessibleText(s.title());
        }
    }

    private VBox main() {
        Label kicker = Forms.label("", AppStyles.PAGE_KICKER);
        kicker.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
            ? m.get("coach.kicker") : m.get("coach.kicker") + " · " + vm.positionProperty().get(),
            vm.selectedProperty(), vm.positionProperty()));
        Label title = Forms.label("", AppStyles.PAGE_TITLE);
        title.setId(NodeIds.COACH_TITLE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
            ? m.get("coach.loading") : vm.selectedProperty().get().title(), vm.selectedProperty()));
        Label situation = Forms.label("", AppStyles.PAGE_SUBTITLE);
        situation.setMinHeight(Region.USE_PREF_SIZE);
        situation.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
            ? m.get("coach.subtitle") : vm.selectedProperty().get().situation(), vm.selectedProperty()));

        present = new Button(m.get("coach.present"), Icons.of(Feather.MONITOR));
        present.setId(NodeIds.COACH_PRESENT);
        present.setTooltip(new Tooltip(m.get("coach.present.help")));
        present.setAccessibleHelp(m.get("coach.present.help"));
        present.setOnAction(e -> vm.presentationProperty().set(true));
        present.disableProperty().bind(vm.selectedProperty().isNull());
        Button handout = new Button(m.get("coach.handout"), Icons.of(Feather.PRINTER));
        handout.setId(NodeIds.COACH_HANDOUT);
        handout.setTooltip(new Tooltip(m.get("coach.handout.help")));
        handout.setAccessibleHelp(m.get("coach.handout.help"));
        handout.setOnAction(e -> vm.exportHandout());
        handout.disableProperty().bind(vm.selectedProperty().isNull().or(vm.exportingProperty())
            .or(vm.weak().checkingProperty()));
        present.getStyleClass().add(Styles.SMALL);
        handout.getStyleClass().add(Styles.SMALL);
        present.setMinWidth(Region.USE_PREF_SIZE);
        handout.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox kickerRow = new HBox(8, kicker, gap, present, handout);
        kickerRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(kickerRow, title, situation);
        top.getStyleClass().addAll(AppStyles.PAGE_HEADER, AppStyles.COACH_TOP);

        Label problem = Forms.label("", AppStyles.PROBLEM_BANNER);
        problem.setId(NodeIds.COACH_PROBLEM);
        problem.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(Double.MAX_VALUE);
        Label outcome = Forms.label("", AppStyles.HELP_LINE);
        outcome.setId(NodeIds.COACH_OUTCOME);
        outcome.setGraphic(Icons.of(Feather.FILE));
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        outcome.managedProperty().bind(outcome.visibleProperty());

        NoteColumn weak = new NoteColumn(vm.weak(), false);
        NoteColumn strong = new NoteColumn(vm.strong(), false);
        columns.add(weak);
        columns.add(strong);
        HBox both = new HBox(weak.box, strong.box);
        both.getStyleClass().add(AppStyles.COACH_COLUMNS);
        VBox.setVgrow(both, Priority.ALWAYS);

        VBox main = new VBox(top, problem, outcome, both, whyCard(false));
        main.getStyleClass().add(AppStyles.COACH_MAIN);
        return main;
    }

    /** One note: heading with its count, subject line, the text with highlights and (on the page) its findings. */
    private final class NoteColumn {
        private final CoachNote note;
        private final StyleClassedTextArea area = new StyleClassedTextArea();
        private final Label subject = Forms.label("", AppStyles.COACH_SUBJECT);
        private final VBox findings = new VBox(6);
        private final VBox box = new VBox();

        NoteColumn(CoachNote note, boolean presenting) {
            this.note = note;
            String side = note.side().key();
            Label heading = new Label(sideName(note.side()), Icons.of(note.side() == CoachNote.Side.WEAK
                ? Feather.X_CIRCLE : Feather.CHECK_CIRCLE));
            heading.getStyleClass().add(AppStyles.COACH_COLUMN_TITLE);
            Label count = new Label();
            count.getStyleClass().add(AppStyles.COACH_COUNT);
            if (!presenting) {
                count.setId(NodeIds.coachCount(side));
            }
            count.textProperty().bind(note.countProperty());
            count.accessibleTextProperty().bind(note.countProperty());
            Runnable countLook = () -> {
                count.getStyleClass().remove(AppStyles.COACH_COUNT_CLEAN);
                if (!note.checkingProperty().get() && note.marks().isEmpty()) {
                    count.getStyleClass().add(AppStyles.COACH_COUNT_CLEAN);
                }
            };
            note.marks().addListener((ListChangeListener<Mark>) c -> countLook.run());
            note.checkingProperty().addListener((o, was, now) -> countLook.run());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox head = new HBox(8, heading, gap, count);
            head.setAlignment(Pos.CENTER_LEFT);

            subject.setMinHeight(Region.USE_PREF_SIZE);
            subject.textProperty().bind(Bindings.createStringBinding(() -> note.subjectProperty().get() == null
                ? "" : m.get("coach.subject", note.subjectProperty().get()), note.subjectProperty()));
            subject.visibleProperty().bind(note.subjectProperty().isNotNull());
            subject.managedProperty().bind(subject.visibleProperty());
            subject.setOnMouseClicked(e -> note.marks().stream().filter(Mark::inSubject).findFirst()
                .ifPresent(vm::selectFinding));

            area.setId(NodeIds.coachNote(side, presenting));
            area.setEditable(false);
            area.setWrapText(true);
            area.getStyleClass().add(AppStyles.COACH_NOTE);
            area.setAccessibleText(sideName(note.side()));
            area.setOnMouseClicked(e -> {
                CharacterHit hit = area.hit(e.getX(), e.getY());
                int at = hit.getCharacterIndex().orElse(-1);
                if (at >= 0) {
                    vm.selectAt(note.side(), at);
                }
            });
            VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            scroll.setMinSize(0, presenting ? 0 : NOTE_MIN_HEIGHT);
            area.setMinSize(0, 0);

            box.getStyleClass().addAll(AppStyles.COACH_COLUMN, note.side() == CoachNote.Side.WEAK
                ? AppStyles.COACH_COLUMN_WEAK : AppStyles.COACH_COLUMN_STRONG);
            box.getChildren().addAll(head, subject, scroll);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMinWidth(0);
            box.setPrefWidth(100);
            if (!presenting) {
                ScrollPane list = new ScrollPane(findings);
                list.setFitToWidth(true);
                list.getStyleClass().addAll(AppStyles.COACH_FINDINGS, AppStyles.PAGE_SCROLL);
                list.setPrefViewportHeight(FINDINGS_HEIGHT);
                list.setMinHeight(FINDINGS_HEIGHT);
                findings.setAccessibleText(m.get("coach.findings", sideName(note.side())));
                box.getChildren().add(list);
            }

            note.textProperty().addListener((o, was, now) -> {
                area.replaceText(now == null ? "" : now);
                area.moveTo(0);
                area.requestFollowCaret();
                paint();
            });
            area.replaceText(note.textProperty().get());
            area.moveTo(0);
            note.marks().addListener((ListChangeListener<Mark>) c -> {
                paint();
                if (!presenting) {
                    list();
                }
            });
            vm.selectedMarkProperty().addListener((o, was, now) -> {
                paint();
                if (now != null && now.side() == note.side() && now.inBody()) {
                    area.moveTo(now.start());
                    area.requestFollowCaret();
                }
                if (!presenting) {
                    findings.getChildren().forEach(n -> n.getStyleClass().remove(AppStyles.COACH_FINDING_SELECTED));
                    if (now != null && now.side() == note.side() && now.index() < findings.getChildren().size()) {
                        Node row = findings.getChildren().get(now.index());
                        row.getStyleClass().add(AppStyles.COACH_FINDING_SELECTED);
                        ensureVisible(scrollOf(findings), row);
                    }
                }
            });
            paint();
            if (!presenting) {
                list();
            }
        }

        /** Colours every finding's passage by its severity (the strongest wins where they overlap). */
        private void paint() {
            String text = area.getText();
            int n = text.length();
            Severity[] strongest = new Severity[n];
            boolean[] chosen = new boolean[n];
            Mark selected = vm.selectedMarkProperty().get();
            List<Mark> marks = note.marks();
            for (Mark mark : marks) {
                if (!mark.inBody()) {
                    continue;
                }
                for (int i = mark.start(); i < Math.min(mark.end(), n); i++) {
                    Severity s = mark.finding().severity();
                    if (strongest[i] == null || s.atLeast(strongest[i])) {
                        strongest[i] = s;
                    }
                    chosen[i] |= mark.equals(selected);
                }
            }
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            int from = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || strongest[i] != strongest[from] || chosen[i] != chosen[from]) {
                    spans.add(classes(strongest[from], chosen[from]), i - from);
                    from = i;
                }
            }
            if (n > 0) {
                area.setStyleSpans(0, spans.create());
            }
            subject.getStyleClass().removeAll(AppStyles.COACH_MARK_ERROR, AppStyles.COACH_MARK_WARNING,
                AppStyles.COACH_MARK_TIP, AppStyles.COACH_MARK_SELECTED);
            marks.stream().filter(Mark::inSubject).map(mk -> mk.finding().severity()).sorted().findFirst()
                .ifPresent(s -> subject.getStyleClass().add(markClass(s)));
            if (selected != null && selected.side() == note.side() && selected.inSubject()) {
                subject.getStyleClass().add(AppStyles.COACH_MARK_SELECTED);
            }
        }

        private void list() {
            List<Node> rows = new ArrayList<>();
            for (Mark mark : note.marks()) {
                rows.add(findingRow(mark));
            }
            if (rows.isEmpty() && !note.checkingProperty().get()) {
                rows.add(Forms.label(m.get("coach.clean"), AppStyles.SIDE_TEXT));
            }
            findings.getChildren().setAll(rows);
        }

        private Node findingRow(Mark mark) {
            Finding f = mark.finding();
            Label title = Forms.label(f.message() + " (" + f.ruleId() + ")", AppStyles.FINDING_TITLE);
            title.setGraphic(Icons.of(icon(f.severity())));
            title.setWrapText(false);
            String where = mark.part() == null ? m.get("coach.where.note") : mark.inSubject()
                ? m.get("coach.where.subject") : m.get("coach.where.text");
            Tooltip tip = new Tooltip(f.message() + " (" + f.ruleId() + ")\n" + where);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            title.setTooltip(tip);
            VBox row = new VBox(title);
            row.setId(NodeIds.coachFinding(note.side().key(), mark.index()));
            row.getStyleClass().addAll(AppStyles.FINDING, findingClass(f.severity()));
            row.setFocusTraversable(true);
            row.setAccessibleText(f.message() + " (" + f.ruleId() + "). " + where);
            row.setOnMouseClicked(e -> {
                vm.selectFinding(mark);
                row.requestFocus();
            });
            row.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    vm.selectFinding(mark);
                    e.consume();
                }
            });
            row.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.selectFinding(mark);
                }
            });
            return row;
        }
    }

    private static ScrollPane scrollOf(VBox findings) {
        Node n = findings.getParent();
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        return (ScrollPane) n;
    }

    private static void ensureVisible(ScrollPane pane, Node row) {
        if (pane == null || pane.getContent() == null) {
            return;
        }
        double content = pane.getContent().getBoundsInLocal().getHeight();
        double view = pane.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double y = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double top = pane.getVvalue() * (content - view);
        if (y < top) {
            pane.setVvalue(y / (content - view));
        } else if (bottom > top + view) {
            pane.setVvalue((bottom - view) / (content - view));
        }
    }

    private String sideName(CoachNote.Side side) {
        return side == CoachNote.Side.WEAK ? m.get("coach.weak") : m.get("coach.strong");
    }

    private static Collection<String> classes(Severity s, boolean chosen) {
        if (s == null) {
            return List.of();
        }
        return chosen ? List.of(markClass(s), AppStyles.COACH_MARK_SELECTED) : List.of(markClass(s));
    }

    private static String markClass(Severity s) {
        return switch (s) {
            case ERROR -> AppStyles.COACH_MARK_ERROR;
            case WARNING -> AppStyles.COACH_MARK_WARNING;
            case TIP -> AppStyles.COACH_MARK_TIP;
        };
    }

    private static String findingClass(Severity s) {
        return switch (s) {
            case ERROR -> AppStyles.FINDING_ERROR;
            case WARNING -> AppStyles.FINDING_WARNING;
            case TIP -> AppStyles.FINDING_TIP;
        };
    }

    private static Feather icon(Severity s) {
        return switch (s) {
            case ERROR -> Feather.ALERT_OCTAGON;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case TIP -> Feather.INFO;
        };
    }

    /** The finding looked at with its reason and a rewrite; the scenario's lesson while none is. */
    private VBox whyCard(boolean presenting) {
        Label title = new Label();
        title.getStyleClass().add(AppStyles.SIDE_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label why = Forms.label("", AppStyles.SIDE_TEXT);
        Label fix = Forms.label("", AppStyles.SIDE_TEXT);
        why.setMinHeight(Region.USE_PREF_SIZE);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        Label whyLabel = Forms.label(m.get("coach.why"), AppStyles.COACH_WHY_LABEL);
        Label fixLabel = Forms.label(m.get("coach.try"), AppStyles.COACH_WHY_LABEL);
        whyLabel.setWrapText(false);
        fixLabel.setWrapText(false);
        whyLabel.setMinWidth(Region.USE_PREF_SIZE);
        fixLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox whyRow = new HBox(8, whyLabel, why);
        HBox fixRow = new HBox(8, fixLabel, fix);
        HBox.setHgrow(why, Priority.ALWAYS);
        HBox.setHgrow(fix, Priority.ALWAYS);
        Label hint = Forms.label("", AppStyles.FIELD_HELP);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        if (presenting) {
            title.setId(NodeIds.COACH_SHOW_WHY);
        } else {
            title.setId(NodeIds.COACH_WHY_TITLE);
            why.setId(NodeIds.COACH_WHY);
            fix.setId(NodeIds.COACH_TRY);
        }
        why.textProperty().bind(vm.whyProperty());
        fix.textProperty().bind(vm.suggestionProperty());
        VBox card = new VBox(title, whyRow, fixRow, hint);
        card.getStyleClass().addAll(AppStyles.SIDE_CARD, AppStyles.COACH_WHY);
        Runnable fill = () -> {
            Mark mark = vm.selectedMarkProperty().get();
            Scenario s = vm.selectedProperty().get();
            boolean some = mark != null;
            whyRow.setVisible(some);
            whyRow.setManaged(some);
            fixRow.setVisible(some);
            fixRow.setManaged(some);
            if (some) {
                Finding f = mark.finding();
                title.setText(m.get("coach.finding.title", sideName(mark.side()), f.ruleId(),
                    f.rule().title(), f.message()));
                title.setGraphic(Icons.of(icon(f.severity())));
                title.getStyleClass().setAll("label", AppStyles.SIDE_TITLE, markClass(f.severity()));
                hint.setText("");
                card.setAccessibleText(title.getText() + ". " + m.get("coach.why") + " " + f.why() + " "
                    + m.get("coach.try") + " " + f.suggestion());
            } else {
                title.setText(m.get("coach.lesson"));
                title.setGraphic(Icons.of(Feather.AWARD));
                title.getStyleClass().setAll("label", AppStyles.SIDE_TITLE);
                hint.setText(s == null ? "" : s.lesson() + "\n" + m.get(presenting ? "coach.hint.present"
                    : "coach.hint"));
                card.setAccessibleText(hint.getText());
            }
            hint.setVisible(!hint.getText().isEmpty());
            hint.setManaged(hint.isVisible());
            hint.getStyleClass().setAll("label", some ? AppStyles.FIELD_HELP : AppStyles.SIDE_TEXT);
        };
        vm.selectedMarkProperty().addListener((o, was, now) -> fill.run());
        vm.selectedProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return card;
    }

    /**
     * Presentation mode takes over the window: the page's root is swapped for the presentation (the two notes and the
     * finding looked at, in large type) and the window goes full screen; leaving puts everything back.
     */
    private void presentation(boolean on) {
        Scene scene = page.getScene();
        if (on) {
            if (scene == null || !(scene.getWindow() instanceof Stage)) {
                vm.presentationProperty().set(false);
                return;
            }
            if (presentRoot == null) {
                presentRoot = presentationRoot();
            }
            window = (Stage) scene.getWindow();
            shellRoot = scene.getRoot();
            presentRoot.pseudoClassStateChanged(DARK, shellRoot.getPseudoClassStates().contains(DARK));
            wasFullScreen = window.isFullScreen();
            scene.setRoot(presentRoot);
            window.setFullScreenExitHint(m.get("coach.presentation.exit"));
            window.fullScreenProperty().addListener(exitListener);
            window.setFullScreen(true);
            presentRoot.requestFocus();
        } else if (shellRoot != null) {
            window.fullScreenProperty().removeListener(exitListener);
            presentRoot.getScene().setRoot(shellRoot);
            shellRoot = null;
            if (!wasFullScreen) {
                window.setFullScreen(false);
            }
            window.setFullScreenExitHint(null);
            present.requestFocus();
        }
    }

    /** Leaving full screen (Esc, or the window manager) ends presentation mode. */
    private void leaveOnExit(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
        if (!now) {
            vm.presentationProperty().set(false);
        }
    }

    private BorderPane presentationRoot() {
        Label title = Forms.label("", AppStyles.PAGE_TITLE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
            : vm.selectedProperty().get().title(), vm.selectedProperty()));
        Label where = Forms.label("", AppStyles.COACH_PRESENT_HINT);
        where.textProperty().bind(Bindings.createStringBinding(() -> vm.positionProperty().get() + " · "
            + m.get("coach.presentation.keys"), vm.positionProperty()));
        where.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, title, gap, where);
        bar.setAlignment(Pos.BASELINE_LEFT);
        bar.getStyleClass().add(AppStyles.COACH_PRESENT_BAR);
        HBox.setHgrow(title, Priority.SOMETIMES);

        NoteColumn weak = new NoteColumn(vm.weak(), true);
        NoteColumn strong = new NoteColumn(vm.strong(), true);
        HBox both = new HBox(weak.box, strong.box);
        both.getStyleClass().add(AppStyles.COACH_COLUMNS);
        BorderPane root = new BorderPane(both);
        root.setTop(bar);
        root.setBottom(whyCard(true));
        root.setId(NodeIds.COACH_PRESENTATION);
        root.getStyleClass().addAll(AppStyles.COACH_PRESENTING);
        root.setFocusTraversable(true);
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
            "-fx-font-size: %.1fpx;", BASE_FONT * vm.fontScaleProperty().get()), vm.fontScaleProperty()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::presentationKeys);
        return root;
    }

    private void presentationKeys(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            vm.zoomIn();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            vm.zoomOut();
        } else if (code == KeyCode.RIGHT || code == KeyCode.DOWN) {
            vm.nextFinding();
        } else if (code == KeyCode.LEFT || code == KeyCode.UP) {
            vm.previousFinding();
        } else if (code == KeyCode.PAGE_DOWN) {
            vm.nextScenario();
        } else if (code == KeyCode.PAGE_UP) {
            vm.previousScenario();
        } else if (code == KeyCode.ESCAPE) {
            vm.presentationProperty().set(false);
        } else {
            return;
        }
        e.consume();
    }

}
