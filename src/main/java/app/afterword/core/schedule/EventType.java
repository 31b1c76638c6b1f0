// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.util.Arrays;
import java.util.Optional;

/** What can happen to an application after the interview; each is one line of its history. */
public enum EventType {
    /** A note was drafted (not yet sent). */
    DRAFTED("drafted"),
    /** A note was sent; the event names the step and, usually, the recipient. */
    SENT("sent"),
    /** Someone from the company answered. A reply ends the follow-ups. */
    REPLIED("replied"),
    /** A note was exported (to .eml, PDF, the clipboard...). */
    EXPORTED("exported"),
    /** The application ended, with an {@link Outcome}. */
    CLOSED("closed");

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    /** The spelling used in files ("sent"). */
    public String id() {
        return id;
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<EventType> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(e -> e.id.equalsIgnoreCase(t)).findFirst();
    }
}
