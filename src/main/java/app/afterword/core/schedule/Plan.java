// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.interview.Interview;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The timeline of one interview at one moment: four steps (thank-you, two follow-ups, close) in the interviewers'
 * time zone, each with its state. Computed from the interview, its history and the settings; never stored.
 *
 * @param interview   the interview
 * @param interviewId its workspace id, or a stable id made from its company, role and date
 * @param zone        the interviewers' zone the windows are computed in
 * @param status      the application's status
 * @param now         the moment the states refer to
 * @param revision    how many events the history holds; grows with every recorded event (calendar SEQUENCE)
 * @param steps       the four steps, in order
 */
public record Plan(Interview interview, String interviewId, ZoneId zone, Status status, Instant now, int revision,
                   List<PlannedStep> steps) {

    /** Requires every part; copies the steps. */
    public Plan {
        if (interview == null || interviewId == null || zone == null || status == null || now == null) {
            throw new IllegalArgumentException("interview, id, zone, status and now are required");
        }
        steps = List.copyOf(steps);
    }

    /** The first step still to act on, if any. */
    public Optional<PlannedStep> next() {
        return steps.stream().filter(s -> s.state().open()).findFirst();
    }

    /** The planned step for {@code step}. */
    public PlannedStep step(Step step) {
        return steps.stream().filter(s -> s.step() == step).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no step " + step));
    }
}
