// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one message the central error handler shows: non-modal, in the corner, closed with its button or Escape. It
 * sits in a layer above the window that lets clicks through everywhere else.
 */
public final class ErrorNoticeView extends StackPane {

    private Notification note;

    /** Builds the layer for {@code handler}; the notice itself is made when there is first something to say. */
    public ErrorNoticeView(ErrorHandler handler, Messages messages) {
        getStyleClass().add(AppStyles.NOTICE_LAYER);
        setPickOnBounds(false);
        setAlignment(Pos.TOP_RIGHT);
        handler.noticeProperty().addListener((o, was, now) -> {
            if (now == null && note == null) {
                return;
            }
            Notification shown = note(handler, messages);
            shown.setVisible(now != null);
            if (now != null) {
                shown.setMessage(now.count() > 1 ? messages.get("error.repeated", now.message(), now.count())
                    : now.message());
            }
        });
    }

    private Notification note(ErrorHandler handler, Messages messages) {
        if (note == null) {
            note = new Notification("", Icons.of(Feather.ALERT_TRIANGLE));
            note.setId(NodeIds.ERROR_NOTICE);
            note.getStyleClass().addAll(Styles.ELEVATED_2, Styles.DANGER, AppStyles.ERROR_NOTICE);
            note.setOnClose(e -> handler.dismiss());
            note.setAccessibleText(messages.get("error.accessible"));
            note.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
            getChildren().add(note);
        }
        return note;
    }
}
