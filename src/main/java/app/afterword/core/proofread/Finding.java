// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.List;

/**
 * What a {@link Checker} reports for the piece of text it was given, before the piece is placed back in the note.
 * Kept apart from {@link Issue} because the same finding is reused, at another position, when an unchanged paragraph
 * moves.
 *
 * @param offset      start within the checked text (UTF-16 chars)
 * @param length      chars covered
 * @param rule        rule id
 * @param category    kind of mistake
 * @param message     plain words, no markup
 * @param suggestions replacements, best first (at most {@link Issue#MAX_SUGGESTIONS} are kept)
 */
public record Finding(int offset, int length, String rule, Category category, String message,
                      List<String> suggestions) {

    /** Requires a rule, a category and sane positions. */
    public Finding {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("a finding needs offset and length of 0 or more");
        }
        if (rule == null || rule.isBlank() || category == null || message == null) {
            throw new IllegalArgumentException("a finding needs a rule, a category and a message");
        }
        suggestions = suggestions == null ? List.of()
            : List.copyOf(suggestions.subList(0, Math.min(Issue.MAX_SUGGESTIONS, suggestions.size())));
    }
}
