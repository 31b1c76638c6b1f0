// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.settings;

import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.PageView;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The "Your data" screen: where the data lives and what is in it, export everything, delete everything. Built on
 * first view; what is stored is read again each time it comes into view.
 */
public final class DataView implements PageView {

    private final DataViewModel vm;
    private final Messages m;
    private ScrollPane scroll;
    private Button first;

    /** The screen for {@code vm}; builds nothing yet. */
    public DataView(DataViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    /** The screen's ViewModel. */
    public DataViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent node() {
        if (scroll == null) {
            scroll = build();
        }
        return scroll;
    }

    @Override
    public void focusFirst() {
        node();
        first.requestFocus();
    }

    @Override
    public void shown() {
        vm.refresh();
    }

    private ScrollPane build() {
        VBox page = new VBox();
        page.getStyleClass().add(AppStyles.PAGE);
        page.getChildren().add(Forms.pageHeader(m.get("data.kicker"), m.get("data.title"), m.get("data.subtitle")));

        TextField path = new TextField(vm.folder().toString());
        path.setId(NodeIds.DATA_FOLDER);
        path.setEditable(false);
        path.getStyleClass().add(AppStyles.DATA_PATH);
        path.setAccessibleText(m.get("data.folder"));
        HBox.setHgrow(path, Priority.ALWAYS);
        first = new Button(m.get("data.openFolder"), Icons.of(Feather.FOLDER));
        first.setId(NodeIds.DATA_OPEN_FOLDER);
        first.setAccessibleText(m.get("data.openFolder"));
        first.setOnAction(e -> vm.openFolder());
        Button copy = new Button(m.get("data.copyPath"), Icons.of(Feather.COPY));
        copy.setId(NodeIds.DATA_COPY_PATH);
        copy.setAccessibleText(m.get("data.copyPath"));
        copy.setOnAction(e -> vm.copyPath());
        HBox folderRow = new HBox(8, path, first, copy);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label privacy = Forms.label(m.get("data.privacy"), AppStyles.FIELD_HELP);
        page.getChildren().add(Forms.section(m.get("data.folder"), m.get("data.folder.help"), folderRow, privacy));

        GridPane table = new GridPane();
        table.setId(NodeIds.DATA_TABLE);
        table.getStyleClass().add(AppStyles.DATA_TABLE);
        for (double w : new double[] {50, 30, 20}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            table.getColumnConstraints().add(c);
        }
        Label summary = Forms.label("", AppStyles.SECTION_HELP);
        summary.setId(NodeIds.DATA_SUMMARY);
        Runnable fill = () -> {
            table.getChildren().clear();
            table.add(cell(m.get("data.column.kind"), true), 0, 0);
            table.add(cell(m.get("data.column.files"), true), 1, 0);
            table.add(cell(m.get("data.column.size"), true), 2, 0);
            int r = 1;
            for (DataViewModel.Row row : vm.rows()) {
                table.add(cell(row.kind(), false), 0, r);
                table.add(cell(row.files(), false), 1, r);
                table.add(cell(row.size(), false), 2, r);
                r++;
            }
            table.setVisible(!vm.rows().isEmpty());
            table.setManaged(table.isVisible());
            summary.setText(vm.summary());
        };
        vm.rows().addListener((ListChangeListener<DataViewModel.Row>) c -> fill.run());
        vm.inventoryProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        page.getChildren().add(Forms.section(m.get("data.stored.title"), m.get("data.stored.help"), summary, table));

        Button export = new Button(m.get("data.export"), Icons.of(Feather.DOWNLOAD));
        export.setId(NodeIds.DATA_EXPORT);
        export.getStyleClass().add(Styles.ACCENT);
        export.setAccessibleText(m.get("data.export"));
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> vm.exportEverything());
        VBox exportCard = card(m.get("data.export.title"), m.get("data.export.help"), export);

        Button ask = new Button(m.get("data.delete"), Icons.of(Feather.TRASH_2));
        ask.setId(NodeIds.DATA_DELETE);
        ask.getStyleClass().add(Styles.DANGER);
        ask.setAccessibleText(m.get("data.delete"));
        ask.setOnAction(e -> vm.askDelete());
        ask.disableProperty().bind(vm.busyProperty().or(vm.confirmingProperty()));
        VBox deleteCard = card(m.get("data.delete.title"), m.get("data.delete.help"), ask);

        GridPane actions = Forms.grid(2);
        actions.add(exportCard, 0, 0);
        actions.add(deleteCard, 1, 0);
        page.getChildren().add(actions);

        Label outcome = new Label();
        outcome.setId(NodeIds.DATA_OUTCOME);
        outcome.setWrapText(true);
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.getStyleClass().add(AppStyles.OUTCOME);
        outcome.setFocusTraversable(true);
        vm.outcomeProperty().addListener((o, was, now) -> showOutcome(outcome, now));
        showOutcome(outcome, vm.outcomeProperty().get());
        page.getChildren().addAll(outcome, confirmation());

        scroll = new ScrollPane(page);
        scroll.setId(NodeIds.DATA_PAGE);
        scroll.getStyleClass().add(AppStyles.PAGE_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        ScrollSupport.followFocus(scroll);
        return scroll;
    }

    private static Label cell(String text, boolean head) {
        Label l = new Label(text);
        l.getStyleClass().add(AppStyles.DATA_CELL);
        if (head) {
            l.getStyleClass().add(AppStyles.DATA_CELL_HEAD);
        }
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static VBox card(String title, String text, Button action) {
        Label heading = Forms.label(title, AppStyles.SECTION_TITLE);
        Label help = Forms.label(text, AppStyles.SIDE_TEXT);
        VBox.setVgrow(help, Priority.ALWAYS);
        help.setMaxHeight(Double.MAX_VALUE);
        VBox card = new VBox(10, heading, help, action);
        card.getStyleClass().add(AppStyles.ACTION_CARD);
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    private Node confirmation() {
        Label what = Forms.label("", AppStyles.SIDE_TEXT);
        Runnable describe = () -> what.setText(m.get("data.delete.confirm.what", vm.folder().toString(),
            vm.summary()));
        vm.inventoryProperty().addListener((o, was, now) -> describe.run());
        describe.run();
        TextField typed = new TextField();
        typed.setId(NodeIds.DATA_CONFIRM_TEXT);
        typed.textProperty().bindBidirectional(vm.confirmTextProperty());
        typed.setPromptText(DataViewModel.CONFIRM_WORD);
        typed.setAccessibleText(m.get("data.delete.confirm.type", DataViewModel.CONFIRM_WORD));
        typed.setPrefColumnCount(10);
        typed.setOnAction(e -> vm.deleteEverything());
        Label typeLabel = new Label(m.get("data.delete.confirm.type", DataViewModel.CONFIRM_WORD));
        typeLabel.getStyleClass().add(AppStyles.FIELD_LABEL);
        typeLabel.setLabelFor(typed);
        Button confirm = new Button(m.get("data.delete.confirm"), Icons.of(Feather.TRASH_2));
        confirm.setId(NodeIds.DATA_CONFIRM_DELETE);
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setAccessibleText(m.get("data.delete.confirm"));
        confirm.disableProperty().bind(vm.canDeleteProperty().not());
        confirm.setOnAction(e -> vm.deleteEverything());
        Button cancel = new Button(m.get("data.delete.cancel"));
        cancel.setId(NodeIds.DATA_CONFIRM_CANCEL);
        cancel.setAccessibleText(m.get("data.delete.cancel"));
        cancel.setOnAction(e -> vm.cancelDelete());
        HBox buttons = new HBox(8, typed, confirm, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(m.get("data.delete.confirm.title"), Icons.of(Feather.ALERT_TRIANGLE));
        title.getStyleClass().add(AppStyles.DANGER_TITLE);
        VBox box = new VBox(8, title, what, typeLabel, buttons);
        box.getStyleClass().addAll(AppStyles.ACTION_CARD, AppStyles.DANGER_CARD);
        box.visibleProperty().bind(vm.confirmingProperty());
        box.managedProperty().bind(box.visibleProperty());
        vm.confirmingProperty().addListener((o, was, now) -> {
            if (now) {
                typed.requestFocus();
            }
        });
        return box;
    }

    private static void showOutcome(Label label, DataViewModel.Outcome o) {
        label.setVisible(o != null);
        label.setManaged(o != null);
        label.getStyleClass().removeAll(AppStyles.OUTCOME_SUCCESS, AppStyles.OUTCOME_WARNING);
        if (o == null) {
            label.setText(null);
            return;
        }
        label.setText(o.message());
        label.setAccessibleText(o.message());
        label.getStyleClass().add(o.success() ? AppStyles.OUTCOME_SUCCESS : AppStyles.OUTCOME_WARNING);
        label.setGraphic(Icons.of(o.success() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
    }
}
