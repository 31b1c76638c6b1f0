// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.OffsetDateTime;

/**
 * The status of one interview, derived from its history: the stage, how it ended, and how many interviewers have
 * had their thank-you. Derived, never stored, so the history stays the one source of truth.
 *
 * @param stage      the latest stage reached
 * @param outcome    how it ended, when closed
 * @param thanked    interviewers who have been sent a thank-you
 * @param recipients interviewers in total
 * @param since      when the stage was reached; null for {@link Stage#NEW}
 */
public record Status(Stage stage, Outcome outcome, int thanked, int recipients, OffsetDateTime since) {

    /** Requires the stage, and an outcome exactly when closed. */
    public Status {
        if (stage == null) {
            throw new IllegalArgumentException("stage is missing");
        }
        if ((stage == Stage.CLOSED) != (outcome != null)) {
            throw new IllegalArgumentException("an outcome belongs to a closed application only");
        }
    }

    /** One short phrase for listings: "new", "sent 2/3", "follow-up 1 sent", "closed: offer". */
    public String label() {
        if (stage == Stage.CLOSED) {
            return "closed: " + outcome.id();
        }
        if (stage == Stage.SENT && thanked < recipients) {
            return "sent " + thanked + "/" + recipients;
        }
        return stage.label();
    }
}
