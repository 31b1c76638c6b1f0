// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import java.util.List;

/** A template that could not be read or rendered, with every problem found and where it is. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<TemplateError> errors;

    /** Creates the exception from at least one error. */
    public TemplateException(List<TemplateError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** The problems, in template order. */
    public List<TemplateError> errors() {
        return errors;
    }

    private static String message(List<TemplateError> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("at least one error is required");
        }
        TemplateError first = errors.get(0);
        return "Template '" + first.template() + "': " + first;
    }
}
