// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which screen is showing. A ViewModel that needs another screen (the agenda opening a follow-up, a template opened
 * from the note step) asks this object; only the main window turns the answer into nodes, so every move between
 * screens is testable without a toolkit.
 */
public final class Navigation {

    private final ObjectProperty<Page> current;

    /** Starts on {@code first}. */
    public Navigation(Page first) {
        current = new SimpleObjectProperty<>(Objects.requireNonNull(first, "first"));
    }

    /** Shows {@code page}. */
    public void show(Page page) {
        current.set(Objects.requireNonNull(page, "page"));
    }

    /** The screen showing now. */
    public Page current() {
        return current.get();
    }

    /** The screen showing, to bind to. */
    public ReadOnlyObjectProperty<Page> currentProperty() {
        return current;
    }
}
