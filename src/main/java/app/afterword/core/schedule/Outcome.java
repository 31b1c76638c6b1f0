// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.util.Arrays;
import java.util.Optional;

/** How an application ended. "No answer" is what the timeline records when two follow-ups went unanswered. */
public enum Outcome {
    OFFER("offer"),
    REJECTED("rejected"),
    NO_ANSWER("no-answer"),
    WITHDRAWN("withdrawn");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    /** The spelling used on the command line and in files ("no-answer"). */
    public String id() {
        return id;
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<Outcome> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(o -> o.id.equalsIgnoreCase(t)).findFirst();
    }
}
