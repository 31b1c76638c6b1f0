// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text input in a ViewModel: what is typed, and the message shown under it. The message appears once the field
 * has been left (or "Next" checked it) and then follows the typing, so a fixed mistake clears at once while a field
 * nobody has visited yet never nags. Plain JavaFX properties: it works without a toolkit.
 */
public final class FormField {

    private final String name;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Supplier<String> rule = () -> null;
    private boolean touched;

    /**
     * A field.
     *
     * @param name     a short name for tests and logs ("company")
     * @param onChange called after every edit
     */
    public FormField(String name, Runnable onChange) {
        this.name = name;
        text.addListener((obs, was, now) -> {
            refresh();
            onChange.run();
        });
    }

    /** Sets the check: it returns the message to show, or null when the input is fine. */
    public FormField rule(Supplier<String> check) {
        rule = check;
        return this;
    }

    /** The field's name. */
    public String name() {
        return name;
    }

    /** What is typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** What is typed, never null. */
    public String text() {
        return text.get() == null ? "" : text.get();
    }

    /** What is typed, trimmed. */
    public String trimmed() {
        return text().strip();
    }

    /** The message under the field; null when none is shown. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The shown message, or null. */
    public String error() {
        return error.get();
    }

    /** The current problem, whether shown or not. */
    public String problem() {
        return rule.get();
    }

    /** Checks the field and shows its message (focus left it, or "Next" was pressed). True when it is fine. */
    public boolean check() {
        touched = true;
        error.set(problem());
        return error.get() == null;
    }

    /** Re-checks a field that is already showing messages (a field it depends on changed). */
    public void refresh() {
        if (touched) {
            error.set(problem());
        }
    }

    /** Hides the field's message until it is checked again, as for a field the person hasn't typed in yet. */
    public void quiet() {
        touched = false;
        error.set(null);
    }

    /** Replaces the text without showing any message, as when an interview is opened. */
    public void load(String value) {
        touched = false;
        error.set(null);
        text.set(value == null ? "" : value);
    }

    @Override
    public String toString() {
        return name;
    }
}
