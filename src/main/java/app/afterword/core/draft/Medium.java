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

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<Medium> parse(String text) {
        return Arrays.stream(values()).filter(m -> m.id().equalsIgnoreCase(text == null ? "" : text.strip()))
            .findFirst();
    }
}
