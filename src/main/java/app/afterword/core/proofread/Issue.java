// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.List;

/**
 * One possible mistake in a note, addressed so that both an editor and a person can find it: {@code offset} and
 * {@code length} count UTF-16 chars (as JavaFX text controls do), {@code line} and {@code column} start at 1 and
 * count characters a person sees (code points).
 *
 * @param offset      where the flagged text starts
 * @param length      how many chars it covers
 * @param line        the line it starts on, from 1
 * @param column      the column it starts at, from 1, in code points
 * @param rule        the id of the rule that flagged it; the id to ignore the rule by
 * @param category    what kind of mistake it is
 * @param message     plain words, no markup
 * @param suggestions up to five replacements, best first; an empty string means "remove it"
 */
public record Issue(int offset, int length, int line, int column, String rule, Category category, String message,
                    List<String> suggestions) {

    /** Most suggestions an issue carries. */
    public static final int MAX_SUGGESTIONS = 5;

    /** Checks the positions and trims the suggestions to {@link #MAX_SUGGESTIONS}. */
    public Issue {
        if (offset < 0 || length < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("an issue needs offset and length of 0 or more, line and column from 1");
        }
        if (rule == null || rule.isBlank() || category == null || message == null) {
            throw new IllegalArgumentException("an issue needs a rule, a category and a message");
        }
        suggestions = suggestions == null ? List.of()
            : List.copyOf(suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
    }

    /** Where the flagged text ends (exclusive). */
    public int end() {
        return offset + length;
    }
}
