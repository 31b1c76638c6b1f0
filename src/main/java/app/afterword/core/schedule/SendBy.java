// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * When one note is to go out, or when it went out: the single answer every screen gives, so the note, review and
 * send steps never name different deadlines. It comes from the step's window in the {@link Timeline} (see
 * {@link PlannedStep#sendBy()}) and, for a note already recorded as sent to this recipient, from the history.
 *
 * @param step   the timeline step the note counts for
 * @param state  where that step stands
 * @param opens  when its window opens, in the interviewers' zone
 * @param by     when to send it by, in the interviewers' zone; after it the step is overdue
 * @param sentAt when the note to this recipient was recorded as sent, or null when it was not
 * @param reason why that window, from the timeline rules
 */
public record SendBy(Step step, StepState state, ZonedDateTime opens, ZonedDateTime by, OffsetDateTime sentAt,
                     String reason) {

    /** Requires the step, the state and the window. */
    public SendBy {
        if (step == null || state == null || opens == null || by == null) {
            throw new IllegalArgumentException("step, state and window are required");
        }
        reason = reason == null ? "" : reason;
    }

    /** True once the note to this recipient is recorded as sent. */
    public boolean sent() {
        return sentAt != null;
    }
}
