// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.ui.theme.AppStyles;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Keeps the focused control in view inside a scrolling page, which JavaFX does not do by itself: a keyboard user
 * tabbing down a long form, or "Next" focusing a problem further down, always sees the field and its message.
 */
public final class ScrollSupport {

    private static final double MARGIN = 24;

    private ScrollSupport() {
    }

    /**
     * Keeps the page still when the vertical scrollbar comes or goes (a message or a card makes the page taller):
     * while the bar is hidden, {@code content} keeps the bar's width free on its right, so a centred page never
     * moves sideways under the cursor. {@code content} is the pane's content, a region without padding of its own.
     */
    public static void keepScrollbarSpace(ScrollPane pane, Region content) {
        pane.skinProperty().addListener((o, was, now) -> watchBar(pane, content));
        watchBar(pane, content);
    }

    private static void watchBar(ScrollPane pane, Region content) {
        if (pane.getSkin() == null) {
            return;
        }
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                Runnable gutter = () -> content.setPadding(new Insets(0, bar.isVisible() ? 0 : bar.prefWidth(-1),
                    0, 0));
                bar.visibleProperty().addListener((o, was, now) -> gutter.run());
                bar.widthProperty().addListener((o, was, now) -> gutter.run());
                gutter.run();
            }
        }
    }

    /** Scrolls {@code pane} whenever focus moves to a control inside it. */
    public static void followFocus(ScrollPane pane) {
        pane.sceneProperty().addListener((o, was, scene) -> watch(pane, scene));
        watch(pane, pane.getScene());
    }

    private static void watch(ScrollPane pane, Scene scene) {
        if (scene == null) {
            return;
        }
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null && isInside(now, pane)) {
                ensureVisible(pane, fieldOf(now));
            }
        });
    }

    private static boolean isInside(Node node, ScrollPane pane) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == pane.getContent()) {
                return true;
            }
        }
        return false;
    }

    /** The labelled field block a control sits in, so its label and message come into view with it. */
    public static Node fieldOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(AppStyles.FIELD)) {
                return n;
            }
        }
        return node;
    }

    /** Scrolls the least needed to show {@code node}. */
    public static void ensureVisible(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null || node == null) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewHeight;
        if (b == null || scrollable <= 0) {
            return;
        }
        double top = pane.getVvalue() * scrollable;
        double newTop;
        if (b.getMinY() - MARGIN < top) {
            newTop = b.getMinY() - MARGIN;
        } else if (b.getMaxY() + MARGIN > top + viewHeight) {
            newTop = Math.min(b.getMaxY() + MARGIN - viewHeight, b.getMinY() - MARGIN);
        } else {
            return;
        }
        pane.setVvalue(Math.max(0, Math.min(1, newTop / scrollable)));
    }
}
