// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.ui.common.Forms;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

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

    /**
     * A warning across the page with the one action that fixes it ("Your notes are not signed" / "Add your name"),
     * shown while {@code text} is not null. The label wraps; the button keeps its width at the end of the line.
     */
    static HBox warningBanner(String id, String buttonId, ObservableStringValue text,
                              ObservableStringValue buttonText, Runnable action) {
        Label message = Forms.label("", AppStyles.WARNING_BANNER_TEXT);
        message.textProperty().bind(text);
        message.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button fix = new Button();
        fix.setId(buttonId);
        fix.textProperty().bind(buttonText);
        fix.accessibleTextProperty().bind(buttonText);
        fix.accessibleHelpProperty().bind(text);
        fix.setMinWidth(Region.USE_PREF_SIZE);
        fix.setOnAction(e -> action.run());
        HBox banner = new HBox(message, fix);
        banner.setId(id);
        banner.getStyleClass().add(AppStyles.WARNING_BANNER);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(Bindings.isNotNull(text));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** A help line under a picker. */
    static javafx.scene.control.Label help(String text) {
        return Forms.label(text, AppStyles.FIELD_HELP);
    }
}
