// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import javafx.scene.Parent;

/** One screen of the navigation rail, as the main window sees it. */
public interface PageView {

    /** The screen's root node; built once and kept. */
    Parent node();

    /** Moves the keyboard focus to the screen's first control. */
    default void focusFirst() {
        node().requestFocus();
    }

    /** Called each time the screen comes into view, so it can show what changed elsewhere. */
    default void shown() {
    }

    /** Called when the window closes, before the background lanes stop: start saving what is not saved yet. */
    default void closing() {
    }
}
