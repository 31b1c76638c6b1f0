// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.TemplateError;
import java.util.List;

/**
 * A note that could not be drafted, with a plain-words reason: no such interviewer, no template for that kind and
 * medium, a field the template needs is empty, or a template error with its line and column.
 */
public final class DraftException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<TemplateError> errors;

    /** A problem that is not tied to a place in a template. */
    public DraftException(String message) {
        this(message, List.of());
    }

    /** A problem with a template, with every error found in it. */
    public DraftException(String message, List<TemplateError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The template errors, with line and column; empty when the problem is not in a template. */
    public List<TemplateError> errors() {
        return errors;
    }
}
