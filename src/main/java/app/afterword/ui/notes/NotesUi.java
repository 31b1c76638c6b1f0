// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.ui.common.Forms;
import app.afterword.ui.theme.AppStyles;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Small building blocks shared by the note, review and send pages. */
final class NotesUi {

    private NotesUi() {
    }


    /** A drop-down over a list, bound both ways to a property, showing names from {@code name}. */
    static <T> ComboBox<T> picker(String id, String accessible, ObservableList<T> items, ObjectProperty<T> value,
                                  Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> cell(name));
        box.setButtonCell(cell(name));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }

    /** A help line under a picker. */
    static javafx.scene.control.Label help(String text) {
        return Forms.label(text, AppStyles.FIELD_HELP);
    }
}
