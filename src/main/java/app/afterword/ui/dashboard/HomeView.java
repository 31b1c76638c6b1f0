// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.schedule.Outcome;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.common.PageView;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Home's screen: the toolbar (search, filter, export, new interview), the undo bar and the last outcome, the agenda
 * as cards with one button to draft the right note, and the interviews as cards with their status, next step and a
 * menu of actions; a welcome panel in an empty workspace. Nodes are built on the first {@link #node()} call and the
 * data is read each time the screen comes into view.
 */
public final class HomeView implements PageView {

    private final HomeViewModel vm;
    private final Messages m;
    private ScrollPane scroll;
    private CustomTextField search;
    private Button emptyNew;
    private VBox agendaGroups;
    private VBox list;

    /** A screen over {@code vm}; nothing is built yet. */
    public HomeView(HomeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    /** The ViewModel, for UI tests. */
    public HomeViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent node() {
        if (scroll == null) {
            build();
        }
        return scroll;
    }

    @Override
    public void focusFirst() {
        node();
        if (vm.emptyProperty().get()) {
            emptyNew.requestFocus();
        } else {
            search.requestFocus();
        }
    }

    @Override
    public void shown() {
        vm.dismissOutcome();
        vm.refresh();
    }

    // ---------------------------------------------------------------------------------------------- building

    private void build() {
        VBox page = new VBox();
        page.getStyleClass().add(AppStyles.PAGE);

        VBox header = Forms.pageHeader(m.get("home.kicker"), m.get("home.title"), m.get("home.subtitle"));
        HBox toolbar = toolbar();
        Node undo = undoBar();
        Label outcome = outcomeLine();
        VBox empty = emptyState();

        agendaGroups = new VBox();
        agendaGroups.getStyleClass().add(AppStyles.AGENDA);
        VBox agenda = Forms.section(m.get("home.agenda.title"), m.get("home.agenda.help"), agendaGroups);
        list = new VBox();
        list.getStyleClass().add(AppStyles.HOME_LIST);
        VBox interviews = Forms.section(m.get("home.list.title"), null, list);

        for (Node n : List.of(toolbar, agenda, interviews)) {
            n.visibleProperty().bind(vm.emptyProperty().not().and(vm.loadedProperty()));
            n.managedProperty().bind(n.visibleProperty());
        }
        empty.visibleProperty().bind(vm.emptyProperty());
        empty.managedProperty().bind(empty.visibleProperty());

        page.getChildren().addAll(header, toolbar, undo, outcome, empty, agenda, interviews);
        StackPane holder = new StackPane(page);
        holder.setAlignment(Pos.TOP_CENTER);
        scroll = new ScrollPane(holder);
        scroll.setId(NodeIds.HOME_SCROLL);
        scroll.getStyleClass().add(AppStyles.PAGE_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        ScrollSupport.keepScrollbarSpace(scroll, holder);

        ListChangeListener<AgendaCard> agendaChanged = c -> showAgenda();
        vm.overdue().addListener(agendaChanged);
        vm.today().addListener(agendaChanged);
        vm.upcoming().addListener(agendaChanged);
        vm.rows().addListener((ListChangeListener<HomeRow>) c -> showRows());
        vm.loadedProperty().addListener((o, was, now) -> {
            showAgenda();
            showRows();
        });
        showAgenda();
        showRows();
    }

    private HBox toolbar() {
        search = new CustomTextField();
        search.setId(NodeIds.HOME_SEARCH);
        search.getStyleClass().add(AppStyles.HOME_SEARCH);
        search.setPromptText(m.get("home.search.prompt"));
        search.setAccessibleText(m.get("home.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setLeft(Icons.of(Feather.SEARCH));
        HBox.setHgrow(search, Priority.ALWAYS);

        ToggleGroup group = new ToggleGroup();
        ToggleButton active = filter(NodeIds.HOME_FILTER_ACTIVE, m.get("home.filter.active"),
            HomeViewModel.Filter.ACTIVE, group, Styles.LEFT_PILL);
        ToggleButton archived = filter(NodeIds.HOME_FILTER_ARCHIVED, m.get("home.filter.archived"),
            HomeViewModel.Filter.ARCHIVED, group, Styles.CENTER_PILL);
        ToggleButton all = filter(NodeIds.HOME_FILTER_ALL, m.get("home.filter.all"), HomeViewModel.Filter.ALL, group,
            Styles.RIGHT_PILL);
        HBox filters = new HBox(active, archived, all);
        filters.getStyleClass().add(AppStyles.SEGMENTED);
        filters.setAccessibleText(m.get("home.filter"));

        Button export = button(NodeIds.HOME_EXPORT_PLAN, m.get("home.exportPlan"), Feather.CALENDAR,
            vm::exportPlan);
        export.setTooltip(new Tooltip(m.get("home.exportPlan.help")));
        export.disableProperty().bind(vm.busyProperty());
        Button fresh = button(NodeIds.HOME_NEW, m.get("home.new"), Feather.PLUS, vm::newInterview);
        fresh.getStyleClass().add(Styles.ACCENT);

        // Region.USE_PREF_SIZE has no CSS form: the buttons keep their labels whole when the window narrows.
        export.setMinWidth(Region.USE_PREF_SIZE);
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(search, filters, export, fresh);
        bar.getStyleClass().addAll(AppStyles.TOOLBAR, AppStyles.HOME_TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ToggleButton filter(String id, String text, HomeViewModel.Filter f, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setAccessibleText(m.get("home.filter.accessible", text));
        b.getStyleClass().add(pill);
        b.setToggleGroup(group);
        b.setSelected(vm.filterProperty().get() == f);
        b.setOnAction(e -> {
            vm.filterProperty().set(f);
            b.setSelected(true);
        });
        vm.filterProperty().addListener((o, was, now) -> b.setSelected(now == f));
        return b;
    }

    private Node undoBar() {
        Label text = new Label();
        text.setId(NodeIds.HOME_UNDO_TEXT);
        text.setGraphic(Icons.of(Feather.TRASH_2));
        text.textProperty().bind(vm.undoTextProperty());
        text.accessibleTextProperty().bind(vm.undoTextProperty());
        text.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = button(NodeIds.HOME_UNDO, m.get("home.undo"), Feather.ROTATE_CCW, vm::undo);
        undo.getStyleClass().add(Styles.SMALL);
        HBox bar = new HBox(text, spacer, undo);
        bar.getStyleClass().addAll(AppStyles.BANNER, AppStyles.UNDO_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.undoTextProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Label outcomeLine() {
        Label outcome = Forms.label("", AppStyles.OUTCOME);
        outcome.setId(NodeIds.HOME_OUTCOME);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.accessibleTextProperty().bind(vm.outcomeProperty());
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.setFocusTraversable(false);
        Runnable tone = () -> {
            outcome.getStyleClass().removeAll(AppStyles.OUTCOME_SUCCESS, AppStyles.OUTCOME_WARNING);
            boolean ok = vm.outcomeToneProperty().get() == HomeViewModel.Tone.SUCCESS;
            outcome.getStyleClass().add(ok ? AppStyles.OUTCOME_SUCCESS : AppStyles.OUTCOME_WARNING);
            outcome.setGraphic(Icons.of(ok ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
        };
        vm.outcomeToneProperty().addListener((o, was, now) -> tone.run());
        tone.run();
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        outcome.managedProperty().bind(outcome.visibleProperty());
        return outcome;
    }

    private VBox emptyState() {
        emptyNew = button(NodeIds.HOME_EMPTY_NEW, m.get("home.new"), Feather.PLUS, vm::newInterview);
        emptyNew.getStyleClass().add(Styles.ACCENT);
        VBox panel = new VBox(Icons.of(Feather.INBOX, AppStyles.PLACEHOLDER_ICON),
            Forms.label(m.get("home.empty.title"), AppStyles.PLACEHOLDER_TITLE),
            Forms.label(m.get("home.empty.text"), AppStyles.PLACEHOLDER_TEXT), emptyNew);
        panel.setId(NodeIds.HOME_EMPTY);
        panel.getStyleClass().addAll(AppStyles.PLACEHOLDER, AppStyles.HOME_EMPTY);
        return panel;
    }

    // ---------------------------------------------------------------------------------------------- the agenda

    private void showAgenda() {
        agendaGroups.getChildren().clear();
        group(m.get("home.agenda.overdue", vm.overdue().size()), vm.overdue(), AppStyles.AGENDA_OVERDUE,
            Feather.ALERT_CIRCLE);
        group(m.get("home.agenda.today", vm.today().size()), vm.today(), AppStyles.AGENDA_TODAY, Feather.CLOCK);
        group(m.get("home.agenda.upcoming", vm.upcoming().size()), vm.upcoming(), AppStyles.AGENDA_UPCOMING,
            Feather.CALENDAR);
        if (agendaGroups.getChildren().isEmpty()) {
            Label clear = Forms.label(m.get("home.agenda.clear"), AppStyles.AGENDA_CLEAR);
            clear.setId(NodeIds.HOME_AGENDA_CLEAR);
            clear.setGraphic(Icons.of(Feather.CHECK_CIRCLE));
            agendaGroups.getChildren().add(clear);
        }
    }

    private void group(String title, ObservableList<AgendaCard> cards, String style, Feather icon) {
        if (cards.isEmpty()) {
            return;
        }
        VBox box = new VBox();
        box.getStyleClass().addAll(AppStyles.AGENDA_GROUP, style);
        box.getChildren().add(Forms.label(title, AppStyles.AGENDA_GROUP_TITLE));
        for (AgendaCard c : cards) {
            box.getChildren().add(card(c, style, icon));
        }
        agendaGroups.getChildren().add(box);
    }

    private Node card(AgendaCard c, String style, Feather icon) {
        Label title = Forms.label(c.title(), AppStyles.AGENDA_TITLE);
        Label role = Forms.label(c.item().role(), AppStyles.HOME_ROW_ROLE);
        Label when = Forms.label(c.when(), AppStyles.AGENDA_WHEN);
        Label reason = Forms.label(c.reason(), AppStyles.AGENDA_REASON);
        HBox heading = new HBox(8, title, role);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(4, heading, when, reason);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button draft = button(NodeIds.agendaDraft(c.interviewId()), c.action(), Feather.EDIT_3, () -> vm.draft(c));
        draft.setAccessibleText(m.get("home.agenda.draft.accessible", c.action(), c.item().company()));
        draft.getStyleClass().add(Styles.ACCENT);
        draft.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(14, Icons.of(icon, AppStyles.AGENDA_ICON), text, draft);
        card.getStyleClass().addAll(AppStyles.AGENDA_CARD, style);
        card.setAlignment(Pos.CENTER_LEFT);
        return card;
    }

    // ---------------------------------------------------------------------------------------------- the list

    private void showRows() {
        list.getChildren().clear();
        if (vm.rows().isEmpty()) {
            Label none = Forms.label("", AppStyles.HOME_NO_MATCH);
            none.textProperty().bind(vm.noMatchProperty());
            none.setId(NodeIds.HOME_NO_MATCH);
            list.getChildren().add(none);
            return;
        }
        for (HomeRow r : vm.rows()) {
            list.getChildren().add(row(r));
        }
    }

    private Node row(HomeRow r) {
        Label company = Forms.label(r.company(), AppStyles.HOME_ROW_TITLE);
        company.setWrapText(false);
        Label role = Forms.label(r.role(), AppStyles.HOME_ROW_ROLE);
        HBox heading = new HBox(8, company, role);
        heading.setAlignment(Pos.BASELINE_LEFT);
        // an unfinished interview may have no date or nobody typed yet
        Label meta = Forms.label(r.date().isBlank() || r.people().isBlank() ? (r.date() + r.people()).strip()
            : m.get("home.row.meta", r.date(), r.people()), AppStyles.HOME_ROW_META);
        meta.setVisible(!meta.getText().isEmpty());
        meta.setManaged(meta.isVisible());
        VBox main = new VBox(4, heading, meta);
        main.getStyleClass().add(AppStyles.HOME_ROW_MAIN);
        main.setMinWidth(0);
        HBox.setHgrow(main, Priority.ALWAYS);

        Label status = new Label(r.status());
        status.getStyleClass().add(AppStyles.STATUS_CHIP);
        if (r.unfinished()) {
            status.getStyleClass().add(AppStyles.STATUS_DRAFT);
        } else if (!r.canClose()) {
            status.getStyleClass().add(AppStyles.STATUS_CLOSED);
        }
        HBox chips = new HBox(6);
        if (r.sample()) {
            Label sample = new Label(m.get("home.status.sample"));
            sample.getStyleClass().addAll(AppStyles.STATUS_CHIP, AppStyles.STATUS_SAMPLE);
            chips.getChildren().add(sample);
        }
        chips.getChildren().add(status);
        if (r.archived()) {
            Label archived = new Label(m.get("home.status.archived"));
            archived.getStyleClass().addAll(AppStyles.STATUS_CHIP, AppStyles.STATUS_ARCHIVED);
            chips.getChildren().add(archived);
        }
        Label next = Forms.label(nextLine(r), AppStyles.HOME_NEXT);
        if (r.overdue()) {
            next.getStyleClass().add(AppStyles.HOME_OVERDUE);
            next.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        }
        VBox state = new VBox(6, chips, next);
        state.getStyleClass().add(AppStyles.HOME_ROW_STATE);
        if (r.sample()) {
            Button remove = button(NodeIds.homeRemoveSample(r.id()), m.get("sample.remove"), Feather.TRASH_2,
                () -> vm.delete(r.id()));
            remove.setAccessibleText(m.get("sample.remove.accessible"));
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.disableProperty().bind(vm.busyProperty());
            state.getChildren().add(remove);
        }

        String openText = r.unfinished() ? m.get("home.row.resume") : m.get("home.row.open");
        Button open = button(NodeIds.homeOpen(r.id()), openText, Feather.ARROW_RIGHT, () -> vm.open(r.id()));
        open.setAccessibleText(r.unfinished() ? m.get("home.row.resume.accessible", r.company())
            : m.get("home.row.open.accessible", r.company(), r.role()));
        open.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        open.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton more = menu(r);

        HBox row = new HBox(16, main, state, open, more);
        row.setId(NodeIds.homeRow(r.id()));
        row.getStyleClass().add(AppStyles.HOME_ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(r.id());
            }
        });
        return row;
    }

    private String nextLine(HomeRow r) {
        if (r.unfinished()) {
            return m.get("home.next.unfinished");
        }
        if (r.sample()) {
            return m.get("home.next.sample");
        }
        return r.next() == null ? m.get("home.next.none") : m.get("home.next", r.next(), r.due());
    }

    private MenuButton menu(HomeRow r) {
        MenuButton more = new MenuButton(null, Icons.of(Feather.MORE_HORIZONTAL));
        more.setId(NodeIds.homeMenu(r.id()));
        more.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW);
        more.setAccessibleText(m.get("home.row.more", r.company()));
        more.setTooltip(new Tooltip(m.get("home.row.more", r.company())));
        more.setMinWidth(Region.USE_PREF_SIZE);

        MenuItem delete = item(m.get("home.row.delete"), Feather.TRASH_2, () -> vm.delete(r.id()));
        more.disableProperty().bind(vm.busyProperty());
        if (r.unfinished()) {
            more.getItems().add(delete);
            return more;
        }
        MenuItem duplicate = item(m.get("home.row.duplicate"), Feather.COPY, () -> vm.duplicate(r.id()));
        MenuItem replied = item(m.get("home.row.replied"), Feather.MESSAGE_SQUARE, () -> vm.markReplied(r.id()));
        replied.setDisable(!r.canReply());
        Menu close = new Menu(m.get("home.row.close"), Icons.of(Feather.FLAG));
        for (Outcome o : Outcome.values()) {
            close.getItems().add(item(vm.outcomeName(o), null, () -> vm.close(r.id(), o)));
        }
        close.setDisable(!r.canClose());
        MenuItem export = item(m.get("home.row.exportPlan"), Feather.CALENDAR, () -> vm.exportPlan(r.id()));
        // the sample is not in the plan: nothing to export for it
        export.setDisable(r.sample());
        MenuItem archive = r.archived()
            ? item(m.get("home.row.unarchive"), Feather.INBOX, () -> vm.archive(r.id(), false))
            : item(m.get("home.row.archive"), Feather.ARCHIVE, () -> vm.archive(r.id(), true));
        more.getItems().addAll(duplicate, new SeparatorMenuItem(), replied, close, export, new SeparatorMenuItem(),
            archive, delete);
        return more;
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }
}
