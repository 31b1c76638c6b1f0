// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import javafx.scene.Parent;

/**
 * The page of one step. The wizard frame shows it in its scrolling area and asks it to put the focus on its first
 * input when the step opens. Later steps (note, review, send) plug in by implementing this.
 */
public interface StepView {

    /** The page. */
    Parent node();

    /** Focuses the first input of the page. */
    void focusFirst();
}
