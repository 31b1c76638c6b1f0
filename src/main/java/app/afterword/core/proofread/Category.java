// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of mistake an issue is. LanguageTool has many fine-grained categories; people need five, so the editor
 * can colour them and the user can tell a typo from a matter of style at a glance.
 */
public enum Category {
    /** A word that is not in the dictionary, or is spelled as one word when it should be two. */
    SPELLING,
    /** Words that do not fit together: agreement, articles, confused words, doubled words. */
    GRAMMAR,
    /** Commas, full stops, apostrophes used as punctuation. */
    PUNCTUATION,
    /** Correct but could read better: wordy, informal, repetitive. */
    STYLE,
    /** Spaces, quotes, dashes and other marks of layout. */
    TYPOGRAPHY;

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
