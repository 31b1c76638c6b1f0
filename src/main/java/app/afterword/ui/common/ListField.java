// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An editable list of short texts (topics, skills...). It always keeps at least one row, so the example text of an
 * empty list stays visible; blank rows are kept while typing but never saved or used.
 */
public final class ListField {

    /** The most rows a list holds, as in interview files. */
    public static final int MAX_ITEMS = 200;

    /** One row. */
    public static final class Item {
        private final StringProperty text = new SimpleStringProperty(this, "text", "");

        Item(String value) {
            text.set(value == null ? "" : value);
        }

        /** The row's text. */
        public StringProperty textProperty() {
            return text;
        }

        /** The row's text, never null. */
        public String text() {
            return text.get() == null ? "" : text.get();
        }
    }

    private final String name;
    private final ObservableList<Item> items = FXCollections.observableArrayList(i -> new Observable[] {i.text});

    /**
     * A list with one empty row.
     *
     * @param onChange called after every edit, added or removed row
     */
    public ListField(String name, Runnable onChange) {
        this.name = name;
        items.add(new Item(""));
        items.addListener((javafx.collections.ListChangeListener<Item>) c -> onChange.run());
    }

    /** The list's name. */
    public String name() {
        return name;
    }

    /** The rows, in order. */
    public ObservableList<Item> items() {
        return items;
    }

    /** Inserts an empty row at {@code index}; null when the list is full. */
    public Item insert(int index) {
        if (items.size() >= MAX_ITEMS) {
            return null;
        }
        Item item = new Item("");
        items.add(Math.max(0, Math.min(index, items.size())), item);
        return item;
    }

    /** Adds an empty row at the end; null when the list is full. */
    public Item add() {
        return insert(items.size());
    }

    /** Removes a row; the last row is emptied instead of removed. */
    public void remove(Item item) {
        if (items.size() == 1 && items.get(0) == item) {
            item.textProperty().set("");
            return;
        }
        items.remove(item);
    }

    /** True when another row can be added. */
    public boolean canAdd() {
        return items.size() < MAX_ITEMS;
    }

    /** The rows with content, as typed (for the working copy). */
    public List<String> typed() {
        List<String> out = new ArrayList<>();
        for (Item i : items) {
            if (!i.text().isBlank()) {
                out.add(i.text());
            }
        }
        return out;
    }

    /** The rows with content, trimmed (for the interview). */
    public List<String> values() {
        return typed().stream().map(String::strip).toList();
    }

    /**
     * Replaces every row, as when an interview is opened; keeps one empty row when there is nothing. Existing rows
     * are reused in order, so an editor showing the list keeps its controls.
     */
    public void load(List<String> values) {
        List<String> wanted = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && wanted.size() < MAX_ITEMS) {
                wanted.add(v);
            }
        }
        if (wanted.isEmpty()) {
            wanted.add("");
        }
        List<Item> rows = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Item item = i < items.size() ? items.get(i) : new Item("");
            item.textProperty().set(wanted.get(i));
            rows.add(item);
        }
        if (!rows.equals(items)) {
            items.setAll(rows);
        }
    }
}
