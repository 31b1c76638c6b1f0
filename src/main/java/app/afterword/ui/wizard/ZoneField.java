// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.zone.ZoneEntry;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import javafx.stage.Screen;
import org.kordamp.ikonli.feather.Feather;

/**
 * The interviewers' time zone: typed as a city, a country, a common name or a zone id, with the matching zones
 * listed under it as one types ("Europe/Berlin — Berlin, Germany · UTC+1"). Focus selects what is there, so typing
 * replaces it; Down and Up move through the list, Enter takes the highlighted zone, Escape closes the list; the
 * button at the end lists every zone. Leaving the field writes a name that fits one zone as that zone's id.
 */
final class ZoneField {

    private static final int ROWS = 9;
    private static final double ROW_HEIGHT = 30;

    private final InterviewStepViewModel vm;
    private final CustomTextField field;
    private final ListView<ZoneEntry> list = new ListView<>();
    private final Popup popup = new Popup();
    /** True while the field's text is set by a choice, not typed. */
    private boolean choosing;

    private ZoneField(InterviewStepViewModel vm, Messages m) {
        this.vm = vm;
        field = new CustomTextField();
        // before the check that Forms.bind adds: the check then sees the settled zone
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
                choosing = true;
                vm.settleZone();
                choosing = false;
            }
        });
        Forms.bind(field, NodeIds.TIME_ZONE, vm.timeZone(), m.get("interview.zone.label"),
            m.get("interview.zone.prompt"));
        Forms.selectAllOnFocus(field);

        Button all = new Button(null, Icons.of(Feather.CHEVRON_DOWN));
        all.setId(NodeIds.TIME_ZONE_LIST);
        all.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        all.setFocusTraversable(false);
        all.setAccessibleText(m.get("interview.zone.list"));
        all.setTooltip(new Tooltip(m.get("interview.zone.list")));
        all.setOnAction(e -> {
            field.requestFocus();
            if (popup.isShowing()) {
                popup.hide();
            } else {
                show(vm.zoneMatches(""));
                vm.theirZone().flatMap(z -> list.getItems().stream().filter(x -> x.zone().equals(z)).findFirst())
                    .ifPresent(this::highlight);
            }
        });
        field.setRight(all);

        list.setId(NodeIds.TIME_ZONE_CHOICES);
        list.getStyleClass().add(AppStyles.ZONE_CHOICES);
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setAccessibleText(m.get("interview.zone.choices"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ZoneEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.zoneLabel(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setAutoFix(true);

        field.textProperty().addListener((o, was, now) -> {
            if (!choosing && field.isFocused()) {
                List<ZoneEntry> matches = now.isBlank() ? List.of() : vm.zoneMatches(now);
                if (matches.isEmpty()) {
                    popup.hide();
                } else {
                    show(matches);
                }
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The zone field of {@code vm}, bound to its time-zone field. */
    static CustomTextField create(InterviewStepViewModel vm, Messages m) {
        return new ZoneField(vm, m).field;
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN, UP -> {
                if (!popup.isShowing()) {
                    List<ZoneEntry> matches = vm.zoneMatches(field.getText());
                    show(matches.isEmpty() ? vm.zoneMatches("") : matches);
                } else {
                    int at = list.getSelectionModel().getSelectedIndex();
                    int next = e.getCode() == KeyCode.DOWN ? Math.min(at + 1, list.getItems().size() - 1)
                        : Math.max(at - 1, 0);
                    highlight(list.getItems().get(next));
                }
                e.consume();
            }
            case ENTER -> {
                if (popup.isShowing() && list.getSelectionModel().getSelectedItem() != null) {
                    choose(list.getSelectionModel().getSelectedItem());
                    e.consume();
                } else {
                    choosing = true;
                    vm.settleZone();
                    choosing = false;
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    private void highlight(ZoneEntry entry) {
        list.getSelectionModel().select(entry);
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - ROWS / 2));
    }

    private void show(List<ZoneEntry> matches) {
        list.getItems().setAll(matches);
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        double height = Math.min(matches.size(), ROWS) * ROW_HEIGHT + 4;
        list.setPrefHeight(height);
        list.setMinHeight(height);
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        list.setPrefWidth(Math.max(field.getWidth(), 380));
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        // under the field, or over it when the screen ends first; never on the field itself
        double bottom = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())
            .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds().getMaxY();
        double y = b.getMaxY() + 2 + height <= bottom ? b.getMaxY() + 2 : b.getMinY() - 2 - height;
        if (!popup.isShowing()) {
            popup.getScene().getStylesheets().setAll(field.getScene().getStylesheets());
            popup.show(field, b.getMinX(), y);
        } else {
            popup.setX(b.getMinX());
            popup.setY(y);
        }
    }

    private void choose(ZoneEntry entry) {
        popup.hide();
        choosing = true;
        vm.chooseZone(entry);
        choosing = false;
        field.requestFocus();
        field.end();
    }
}
