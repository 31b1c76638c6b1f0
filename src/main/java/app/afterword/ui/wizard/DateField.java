// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Forms;
import app.afterword.ui.theme.Icons;
import atlantafx.base.controls.Calendar;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;

/**
 * A date typed as text (kept exactly as typed, so a half-typed date is never thrown away) with a calendar to pick
 * from: the button at its end, or Alt+Down.
 */
final class DateField {

    private DateField() {
    }

    static CustomTextField create(String id, String pickId, FormField model, DateTimeInput input,
                                  Supplier<LocalDate> fallback, String accessibleName, String prompt,
                                  String pickText) {
        CustomTextField field = Forms.bind(new CustomTextField(), id, model, accessibleName, prompt);
        Button pick = new Button(null, Icons.of(Feather.CALENDAR));
        pick.setId(pickId);
        pick.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        pick.setFocusTraversable(false);
        pick.setAccessibleText(pickText);
        pick.setTooltip(new Tooltip(pickText));
        pick.setOnAction(e -> open(field, pick, model, input, fallback));
        field.setRight(pick);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
                open(field, pick, model, input, fallback);
                e.consume();
            }
        });
        return field;
    }

    private static void open(CustomTextField field, Button anchor, FormField model, DateTimeInput input,
                             Supplier<LocalDate> fallback) {
        Calendar calendar = new Calendar(input.parseDate(model.text()).orElseGet(fallback));
        Popover popover = new Popover(calendar);
        popover.setHeaderAlwaysVisible(false);
        popover.setDetachable(false);
        popover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
        calendar.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.textProperty().set(input.formatDate(now));
                popover.hide();
                field.requestFocus();
                field.end();
            }
        });
        popover.show(anchor);
        calendar.requestFocus();
    }
}
