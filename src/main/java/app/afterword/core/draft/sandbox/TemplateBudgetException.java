// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

/** Thrown inside a render when a template exceeds its budget or reaches for something it may not use. */
public final class TemplateBudgetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which budget or rule was hit. */
    public enum Kind { TIME, OUTPUT, VALUE, INCLUDE }

    private final Kind kind;

    /** Creates the exception; the message is shown to the template's author. */
    public TemplateBudgetException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** Which budget or rule was hit. */
    public Kind kind() {
        return kind;
    }
}
