// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.ui.theme.AppStyles;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A screen whose services are made after the first frame. Until they are, it shows a quiet "getting ready" line in
 * place; then the real screen takes its place without the rail or the window noticing.
 */
public final class DeferredPage implements PageView {

    private final StackPane holder = new StackPane();
    private final Label waiting;
    private PageView real;
    private boolean inView;

    /** Shows {@code waitingText} until {@link #supply} is called. */
    public DeferredPage(String waitingText) {
        waiting = new Label(waitingText);
        waiting.getStyleClass().add(AppStyles.PLACEHOLDER_TEXT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        VBox box = new VBox(12, spinner, waiting);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        holder.getChildren().add(box);
        holder.parentProperty().addListener((o, was, now) -> inView = now != null);
    }

    /**
     * Puts the real screen in place, or, when it could not be made ({@code null}), says so with {@code problem}.
     * Call on the UI thread.
     */
    public void supply(PageView screen, String problem) {
        if (screen == null) {
            holder.getChildren().setAll(new Label(problem));
            return;
        }
        real = screen;
        holder.getChildren().setAll(screen.node());
        if (inView) {
            screen.shown();
        }
    }

    /** The real screen, or null until it is in place. */
    public PageView current() {
        return real;
    }

    @Override
    public Parent node() {
        return holder;
    }

    @Override
    public void focusFirst() {
        if (real != null) {
            real.focusFirst();
        } else {
            holder.requestFocus();
        }
    }

    @Override
    public void shown() {
        if (real != null) {
            real.shown();
        }
    }

    @Override
    public void closing() {
        if (real != null) {
            real.closing();
        }
    }
}
