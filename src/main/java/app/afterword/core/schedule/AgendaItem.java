// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One line of the agenda: the next thing to do for one interview, when, why now, and which template fits.
 *
 * @param interviewId the interview
 * @param company     its company, for the listing
 * @param role        its role, for the listing
 * @param step        the step to do
 * @param state       overdue, due (today) or upcoming
 * @param earliest    the window opens (in the interviewers' zone)
 * @param latest      the window closes
 * @param deadline    the last acceptable moment, if the step has one
 * @param action      what to do
 * @param reason      why now
 * @param template    the template id that fits
 * @param recipients  who the note goes to, when known
 */
public record AgendaItem(String interviewId, String company, String role, Step step, StepState state,
                         ZonedDateTime earliest, ZonedDateTime latest, ZonedDateTime deadline, String action,
                         String reason, String template, List<String> recipients) {

    /** Copies the recipients. */
    public AgendaItem {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The item for the next step of {@code plan}. */
    static AgendaItem of(Plan plan, PlannedStep s) {
        return new AgendaItem(plan.interviewId(), plan.interview().company(), plan.interview().role(), s.step(),
            s.state(), s.earliest(), s.latest(), s.deadline(), s.action(), s.reason(), s.template(), s.recipients());
    }
}
