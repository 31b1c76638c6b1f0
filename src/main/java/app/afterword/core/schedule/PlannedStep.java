// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One step of an interview's timeline: its window in the interviewers' time zone, where it stands, what to do, why
 * now, and which template fits. The window is always computed (also for a step that is done or skipped), so a
 * calendar export can update or cancel the event it wrote before.
 *
 * @param step       which step
 * @param state      where it stands at the plan's moment
 * @param earliest   the window opens (in the interviewers' zone)
 * @param latest     the window closes
 * @param deadline   the last acceptable moment, where the rules give one (the thank-you); else null
 * @param template   the template id that fits the step
 * @param action     what to do, one sentence
 * @param reason     why now, with the rule ids it follows
 * @param recipients who the note goes to, when known (the interviewers still waiting for a thank-you)
 * @param notes      further advice for this step (card timing, a decision date to ask for, a value item to offer)
 * @param doneAt     when the step was done; null when it was not
 */
public record PlannedStep(Step step, StepState state, ZonedDateTime earliest, ZonedDateTime latest,
                          ZonedDateTime deadline, String template, String action, String reason,
                          List<String> recipients, List<String> notes, OffsetDateTime doneAt) {

    /** Requires the step, state, window, texts; copies the lists. */
    public PlannedStep {
        if (step == null || state == null || earliest == null || latest == null || template == null
            || action == null || reason == null) {
            throw new IllegalArgumentException("step, state, window, template, action and reason are required");
        }
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("the window of " + step.id() + " closes before it opens");
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * The moment to send the step's note by: the end of its window, after which the step is overdue. It is the one
     * deadline the app names before that moment (the thank-you's later {@link #deadline()} is advice for a note
     * that missed it), so the note, review and send steps, Home and the agenda agree.
     */
    public ZonedDateTime sendBy() {
        return latest;
    }
}
