// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * An editable list of short texts, one row each. Enter adds a row below, Backspace in an empty row removes it, and
 * every row has a remove button; all of it works from the keyboard. Rows are reused when the list changes, so
 * focus and caret stay where they were. A row can show one quiet line under its text: the sentence the item reads as
 * in a note.
 */
public final class ListEditor extends VBox {

    private final ListField model;
    private final String idPrefix;
    private final String itemName;
    private final String prompt;
    private final Messages messages;
    private final Function<ListField.Item, ObservableStringValue> readsAs;
    private final VBox rows = new VBox();
    private final Button add;
    private final Map<ListField.Item, Row> cache = new IdentityHashMap<>();
    private final ListChangeListener<ListField.Item> listener = c -> {
        boolean structural = false;
        while (c.next()) {
            structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated() || c.wasReplaced();
        }
        if (structural) {
            rebuild();
        }
    };

    /**
     * The quiet "reads as" line under a field: the sentence its text goes into, hidden while there is none, and read
     * out as the field's help. One line for a sentence; the advice for an item a note leaves out wraps rather than
     * being cut off.
     */
    public static Label readsAsLine(TextField field, ObservableStringValue line) {
        Label sentence = new WrappingLabel(null);
        sentence.getStyleClass().add(AppStyles.READS_AS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.textProperty().bind(Bindings.createStringBinding(() -> line.get() == null ? "" : line.get(), line));
        sentence.visibleProperty().bind(Bindings.isNotNull(line));
        sentence.managedProperty().bind(sentence.visibleProperty());
        field.accessibleHelpProperty().bind(sentence.textProperty());
        return sentence;
    }

    /**
     * Creates the editor.
     *
     * @param idPrefix  ids become {@code idPrefix1}, {@code idPrefix1Remove}, {@code idPrefixAdd}
     * @param itemName  what one row is, for accessible names ("Topic")
     * @param prompt    example text shown in empty rows
     * @param addLabel  the add button's text ("Add a topic")
     */
    public ListEditor(ListField model, String idPrefix, String itemName, String prompt, String addLabel,
                      Messages messages) {
        this(model, idPrefix, itemName, prompt, addLabel, messages, null);
    }

    /**
     * Creates the editor with a line under each row.
     *
     * @param readsAs the sentence a row's item reads as in a note (null hides the line), or null for no lines
     */
    public ListEditor(ListField model, String idPrefix, String itemName, String prompt, String addLabel,
                      Messages messages, Function<ListField.Item, ObservableStringValue> readsAs) {
        this.model = model;
        this.readsAs = readsAs;
        this.idPrefix = idPrefix;
        this.itemName = itemName;
        this.prompt = prompt;
        this.messages = messages;
        getStyleClass().add(AppStyles.LIST_EDITOR);
        rows.getStyleClass().add("list-rows");
        add = new Button(addLabel, Icons.of(Feather.PLUS));
        add.setId(NodeIds.listAdd(idPrefix));
        add.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        add.setAccessibleText(addLabel);
        add.setOnAction(e -> focusRow(model.add()));
        getChildren().addAll(rows, add);
        model.items().addListener(listener);
        rebuild();
    }

    private void rebuild() {
        List<ListField.Item> items = model.items();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ListField.Item item = items.get(i);
            Row row = cache.computeIfAbsent(item, this::newRow);
            row.index(i);
            nodes.add(row.node);
        }
        cache.keySet().removeIf(item -> {
            if (!items.contains(item)) {
                cache.get(item).dispose();
                return true;
            }
            return false;
        });
        rows.getChildren().setAll(nodes);
        add.setDisable(!model.canAdd());
    }

    private Row newRow(ListField.Item item) {
        return new Row(item);
    }

    private void focusRow(ListField.Item item) {
        if (item == null) {
            return;
        }
        Row row = cache.get(item);
        if (row != null) {
            row.field.requestFocus();
        }
    }

    /** Stops listening to the list, for editors that are thrown away. */
    public void dispose() {
        model.items().removeListener(listener);
        cache.values().forEach(Row::dispose);
        cache.clear();
    }

    /** One row: a bullet, the text, and a remove button; under them, when asked for, the sentence it reads as. */
    private final class Row {
        private final ListField.Item item;
        private final HBox box;
        private final Node node;
        private final Label sentence;
        private final TextField field = new TextField();
        private final Button remove = new Button(null, Icons.of(Feather.X));

        Row(ListField.Item item) {
            this.item = item;
            field.setTextFormatter(new TextFormatter<>(Forms::limit));
            field.textProperty().bindBidirectional(item.textProperty());
            field.setPromptText(prompt);
            HBox.setHgrow(field, Priority.ALWAYS);
            field.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, AppStyles.ROW_ACTION);
            remove.setOnAction(e -> removeRow());
            box = new HBox(Icons.of(Feather.CORNER_DOWN_RIGHT, AppStyles.LIST_BULLET), field, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add(AppStyles.LIST_ROW);
            if (readsAs == null) {
                sentence = null;
                node = box;
                return;
            }
            sentence = readsAsLine(field, readsAs.apply(item));
            VBox withLine = new VBox(box, sentence);
            withLine.getStyleClass().add(AppStyles.LIST_ITEM);
            node = withLine;
        }

        void index(int i) {
            field.setId(NodeIds.listRow(idPrefix, i));
            field.setAccessibleText(messages.get("list.row", itemName, i + 1));
            remove.setId(NodeIds.listRowRemove(idPrefix, i));
            remove.setAccessibleText(messages.get("list.remove", itemName, i + 1));
            remove.setTooltip(new javafx.scene.control.Tooltip(messages.get("list.remove", itemName, i + 1)));
        }

        private void keys(KeyEvent e) {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                int at = model.items().indexOf(item);
                focusRow(model.insert(at + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty() && model.items().size() > 1) {
                int at = model.items().indexOf(item);
                model.remove(item);
                focusRow(model.items().get(Math.max(0, at - 1)));
                e.consume();
            }
        }

        private void removeRow() {
            int at = model.items().indexOf(item);
            model.remove(item);
            if (!model.items().isEmpty()) {
                focusRow(model.items().get(Math.min(at, model.items().size() - 1)));
            }
        }

        void dispose() {
            field.textProperty().unbindBidirectional(item.textProperty());
            if (sentence != null) {
                sentence.textProperty().unbind();
                sentence.visibleProperty().unbind();
            }
        }
    }
}
