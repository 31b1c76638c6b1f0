// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How strongly a finding asks for a change. Etiquette advice is convention, not law, so only the mistakes a hiring
 * manager reliably notices (a wrong name, a deadline, a copy-paste leak) are errors; the rest warn or suggest.
 */
public enum Severity {
    /** Fix before sending: the note is likely to hurt the candidate. */
    ERROR,
    /** Worth changing: most advice agrees, but the note can still go out. */
    WARNING,
    /** A suggestion that can make a good note better. */
    TIP;

    /** The spelling used in data files and JSON output ("error", "warning", "tip"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as strong as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<Severity> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(text == null ? "" : text.strip()))
            .findFirst();
    }
}
