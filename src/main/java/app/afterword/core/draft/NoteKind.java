// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a note is for: the thank-you right after the interview, or one of the follow-ups that come later. */
public enum NoteKind {
    THANK_YOU, FOLLOW_UP, VALUE_ADD, CLARIFICATION, CLOSE_LOOP, NETWORK;

    /** The spelling used on the command line and in files ("thank-you", "close-loop"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the kind reads in a sentence ("a close-the-loop note"), without the article. */
    public String label() {
        return switch (this) {
            case THANK_YOU -> "thank-you note";
            case FOLLOW_UP -> "status follow-up";
            case VALUE_ADD -> "value-add note";
            case CLARIFICATION -> "clarification note";
            case CLOSE_LOOP -> "close-the-loop note";
            case NETWORK -> "networking note";
        };
    }

    /** "thank-you, follow-up, ...", for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(NoteKind::id).toList());
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<NoteKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(text == null ? "" : text.strip()))
            .findFirst();
    }
}
