// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.util.List;

/**
 * The result of recording an event: the new history, which step it counted for, who it concerned, and any timing
 * advice about it (recorded anyway: the history says what happened, the advice says what to do better next time).
 *
 * @param progress   the history with the new event(s)
 * @param step       the step the note counted for; null for replies and closes
 * @param recipients the people concerned
 * @param advice     timing advice, empty when the timing was right
 */
public record Recorded(Progress progress, Step step, List<String> recipients, List<Advice> advice) {

    /** Copies the lists. */
    public Recorded {
        if (progress == null) {
            throw new IllegalArgumentException("progress is missing");
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
