// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a note goes; each medium has its own length limits and conventions. */
public enum Medium {
    EMAIL, CARD, LINKEDIN_NOTE, LINKEDIN_MESSAGE;

    /** The spelling used on the command line and in files ("linkedin-note"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the medium reads in a sentence ("a LinkedIn connection note"), without the article. */
    public String label() {
        return switch (this) {
            case EMAIL -> "e-mail";
            case CARD -> "handwritten card";
            case LINKEDIN_NOTE -> "LinkedIn connection note";
            case LINKEDIN_MESSAGE -> "LinkedIn message";
        };
    }

    /** The label with its article ("an e-mail", "a handwritten card"). */
    public String withArticle() {
        return (this == EMAIL ? "an " : "a ") + label();
    }

    /** "email, card, ...", for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(Medium::id).toList());
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<Medium> parse(String text) {
        return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(text == null ? "" : text.strip()))
            .findFirst();
    }
}
