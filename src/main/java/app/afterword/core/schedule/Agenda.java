// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What to do across all interviews, as of one moment: steps whose window has passed, steps due today (in the
 * user's own time zone), and steps coming up. One item per interview: its next step.
 *
 * @param now      the moment the agenda refers to
 * @param userZone the zone that decides what "today" is
 * @param overdue  most overdue first
 * @param today    earliest first
 * @param upcoming soonest first
 */
public record Agenda(Instant now, ZoneId userZone, List<AgendaItem> overdue, List<AgendaItem> today,
                     List<AgendaItem> upcoming) {

    /** Copies the lists. */
    public Agenda {
        overdue = List.copyOf(overdue);
        today = List.copyOf(today);
        upcoming = List.copyOf(upcoming);
    }

    /** True when there is nothing to do or plan. */
    public boolean isEmpty() {
        return overdue.isEmpty() && today.isEmpty() && upcoming.isEmpty();
    }
}
