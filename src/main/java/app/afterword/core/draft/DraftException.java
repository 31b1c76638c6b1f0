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

    /** Whose side the problem is on, so a caller can tell a mistyped request from a gap in the interview. */
    public enum Problem {
        /** The request names something that does not exist (an interviewer, a template, a kind in a medium). */
        REQUEST,
        /** The interview lacks a field the note needs, or a template file can't be read. */
        INPUT,
        /** The template has an error; see {@link #errors()}. */
        TEMPLATE
    }

    private final Problem problem;
    private final transient List<TemplateError> errors;

    /** A problem with the input (the interview or a file), not tied to a place in a template. */
    public DraftException(String message) {
        this(Problem.INPUT, message, List.of());
    }

    /** A problem of the given kind, not tied to a place in a template. */
    public DraftException(Problem problem, String message) {
        this(problem, message, List.of());
    }

    /** A problem with a template, with every error found in it. */
    public DraftException(String message, List<TemplateError> errors) {
        this(Problem.TEMPLATE, message, errors);
    }

    private DraftException(Problem problem, String message, List<TemplateError> errors) {
        super(message);
        this.problem = problem;
        this.errors = List.copyOf(errors);
    }

    /** Whose side the problem is on. */
    public Problem problem() {
        return problem;
    }

    /** The template errors, with line and column; empty when the problem is not in a template. */
    public List<TemplateError> errors() {
        return errors;
    }
}
