// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The voice of a note; each tone is its own template, not a word swap. */
public enum Tone {
    FORMAL, WARM, BRIEF;

    /** The spelling used on the command line and in files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "formal, warm, brief", for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(Tone::id).toList());
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<Tone> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.id().equalsIgnoreCase(text == null ? "" : text.strip()))
            .findFirst();
    }
}
