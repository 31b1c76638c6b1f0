// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

/**
 * One thing wrong with a template, addressed the way its author finds it: a line and column (from 1) and a sentence
 * in plain words. The editor underlines {@code length} characters from there.
 *
 * @param template the template's name
 * @param line     from 1, or 0 when the problem has no single place (a render that took too long)
 * @param column   from 1, or 0 with line 0
 * @param length   characters to underline, at least 1 when there is a place
 * @param message  what is wrong and what to do, in plain words
 */
public record TemplateError(String template, int line, int column, int length, String message) {

    /** Requires a message; clamps the place. */
    public TemplateError {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message is required");
        }
        template = template == null ? "template" : template;
        line = Math.max(0, line);
        column = line == 0 ? 0 : Math.max(1, column);
        length = line == 0 ? 0 : Math.max(1, length);
    }

    /** "line 4, column 12: `$interviewer.nmae` is not a field — did you mean `name`?" */
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
    }
}
