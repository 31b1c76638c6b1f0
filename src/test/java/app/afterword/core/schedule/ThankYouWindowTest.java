// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.LONDON;
import static app.afterword.core.schedule.Fixtures.clock;
import static app.afterword.core.schedule.Fixtures.interview;
import static app.afterword.core.schedule.Fixtures.iso;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThankYouWindowTest {

    private final Timeline timeline = new Timeline(ScheduleSettings.DEFAULTS);

    private PlannedStep thankYou(ZoneId zone, String end, ScheduleSettings settings) {
        Interview i = interview(zone, end, null);
        return new Timeline(settings).plan(i, null, clock(zone, "2026-01-01T00:00")).step(Step.THANK_YOU);
    }

    /** "11-24T09:00" is 24 November 2026, 09:00 local time. */
    private static String local(String monthDayTime) {
        return "2026-" + monthDayTime;
    }

    @ParameterizedTest(name = "{0}: ends {1} -> {2} .. {3}, deadline {4}")
    @CsvSource(delimiter = '|', textBlock = """
        # what (Chicago, November 2026)   | ends        | earliest    | latest      | deadline
        Monday late morning               | 11-23T11:30 | 11-23T12:30 | 11-24T09:00 | 11-25T11:30
        Tuesday afternoon                 | 11-24T16:00 | 11-24T17:00 | 11-25T09:00 | 11-26T16:00
        Tuesday, a minute before cutoff   | 11-24T16:59 | 11-24T17:59 | 11-25T09:00 | 11-26T16:59
        Tuesday 17:00, the hour ends 18   | 11-24T17:00 | 11-25T08:00 | 11-25T09:00 | 11-26T17:00
        Tuesday late evening              | 11-24T21:00 | 11-25T08:00 | 11-25T09:00 | 11-26T18:00
        Tuesday before midnight           | 11-24T23:30 | 11-25T08:00 | 11-25T09:00 | 11-26T18:00
        Tuesday early morning             | 11-24T06:30 | 11-24T08:00 | 11-25T09:00 | 11-25T18:00
        Wednesday, ends 17:30             | 11-25T17:30 | 11-26T08:00 | 11-26T09:00 | 11-27T17:30
        Thursday morning                  | 11-26T10:00 | 11-26T11:00 | 11-27T09:00 | 11-27T18:00
        Friday morning, Monday at latest  | 11-27T10:00 | 11-27T11:00 | 11-30T09:00 | 11-30T09:00
        Friday afternoon                  | 11-27T15:30 | 11-27T16:30 | 11-30T09:00 | 11-30T09:00
        Friday evening, Monday morning    | 11-27T17:15 | 11-30T08:00 | 11-30T09:00 | 11-30T09:00
        Saturday                          | 11-28T10:00 | 11-30T08:00 | 11-30T09:00 | 11-30T10:00
        Sunday                            | 11-29T14:00 | 11-30T08:00 | 11-30T09:00 | 12-01T14:00
        """)
    void thankYouWindowFollowsTheBusinessWeek(String what, String end, String earliest, String latest,
                                              String deadline) {
        PlannedStep s = thankYou(CHICAGO, local(end), ScheduleSettings.DEFAULTS);
        assertThat(s.earliest().toLocalDateTime()).as("earliest").hasToString(local(earliest));
        assertThat(s.latest().toLocalDateTime()).as("latest").hasToString(local(latest));
        assertThat(s.deadline().toLocalDateTime()).as("deadline").hasToString(local(deadline));
        assertThat(s.earliest().getZone()).isEqualTo(CHICAGO);
        assertThat(s.template()).isEqualTo(StepTemplates.THANK_YOU);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # Chicago springs forward on Sun 8 Mar 2026 and falls back on Sun 1 Nov; London on 29 Mar and 25 Oct.
        # what                  | zone            | ends        | earliest    | latest      | offset | deadline
        Friday before spring    | America/Chicago | 03-06T11:00 | 03-06T12:00 | 03-09T09:00 | -05:00 | 03-09T09:00
        late Friday, spring     | America/Chicago | 03-06T19:00 | 03-09T08:00 | 03-09T09:00 | -05:00 | 03-09T09:00
        Friday before fall      | America/Chicago | 10-30T11:00 | 10-30T12:00 | 11-02T09:00 | -06:00 | 11-02T09:00
        Saturday night, fall    | America/Chicago | 10-31T23:00 | 11-02T08:00 | 11-02T09:00 | -06:00 | 11-02T18:00
        London, before spring   | Europe/London   | 03-27T15:00 | 03-27T16:00 | 03-30T09:00 | +01:00 | 03-30T09:00
        London, before fall     | Europe/London   | 10-23T15:00 | 10-23T16:00 | 10-26T09:00 | Z      | 10-26T09:00
        London, Saturday, fall  | Europe/London   | 10-24T20:00 | 10-26T08:00 | 10-26T09:00 | Z      | 10-26T18:00
        """)
    void daylightSavingChangesKeepWallClockBusinessHours(String what, String zone, String end, String earliest,
                                                         String latest, String offset, String deadline) {
        PlannedStep s = thankYou(ZoneId.of(zone), local(end), ScheduleSettings.DEFAULTS);
        assertThat(s.earliest().toLocalDateTime()).as("earliest").hasToString(local(earliest));
        assertThat(s.latest().toLocalDateTime()).as("latest").hasToString(local(latest));
        assertThat(s.latest().getOffset().getId()).as("offset of latest").isEqualTo(offset);
        assertThat(s.deadline().toLocalDateTime()).as("deadline").hasToString(local(deadline));
    }

    @Test
    void theWaitAfterTheInterviewIsRealTimeAcrossTheSpringForwardGap() {
        // Every day a business day and the business day from midnight, so only the 60-minute rule decides: 01:30 CST
        // plus one hour is 03:30 CDT on the night the clocks skip 02:00-03:00, not a wall-clock 02:30.
        ScheduleSettings allWeek = Fixtures.settings("""
            {"businessDayStart": "00:00", "businessDayEnd": "23:59", "weekend": []}
            """);
        PlannedStep s = thankYou(CHICAGO, "2026-03-08T01:30", allWeek);
        assertThat(iso(s.earliest())).isEqualTo("2026-03-08T03:30-05:00");
    }

    @Test
    void deadlineIsFortyEightRealHoursWhenTheyEndInBusinessHours() {
        // Monday 10:00 CDT... the interview ends the day after the fall change; 48 h later is Wednesday 10:00 CST.
        PlannedStep s = thankYou(CHICAGO, "2026-11-02T10:00", ScheduleSettings.DEFAULTS);
        assertThat(iso(s.deadline())).isEqualTo("2026-11-04T10:00-06:00");
    }

    @ParameterizedTest(name = "holiday {1} after an interview ending {0} -> {2} .. {3}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-25T15:00 | 2026-11-26 | 2026-11-25T16:00-06:00 | 2026-11-27T09:00-06:00
        2026-11-25T18:30 | 2026-11-26 | 2026-11-27T08:00-06:00 | 2026-11-27T09:00-06:00
        2026-11-27T11:00 | 2026-11-30 | 2026-11-27T12:00-06:00 | 2026-12-01T09:00-06:00
        2026-11-26T10:00 | 2026-11-26 | 2026-11-27T08:00-06:00 | 2026-11-27T09:00-06:00
        """)
    void holidaysAreSkippedLikeWeekends(String end, String holiday, String earliest, String latest) {
        ScheduleSettings s = ScheduleSettings.DEFAULTS.withHolidays(List.of(LocalDate.parse(holiday)));
        PlannedStep step = thankYou(CHICAGO, end, s);
        assertThat(iso(step.earliest())).isEqualTo(earliest);
        assertThat(iso(step.latest())).isEqualTo(latest);
    }

    @Test
    void anotherWeekendIsHonoured() {
        // A Sunday-to-Thursday week: a Thursday-afternoon interview waits for Sunday morning.
        ScheduleSettings s = Fixtures.settings("{\"weekend\": [\"FRIDAY\", \"SATURDAY\"]}");
        PlannedStep step = thankYou(ZoneId.of("Asia/Jerusalem"), "2026-11-26T17:30", s);
        assertThat(step.earliest().toLocalDateTime()).hasToString("2026-11-29T08:00");
        assertThat(step.earliest().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void theReasonExplainsTheMondayMorningForAFridayEveningInterview() {
        PlannedStep s = thankYou(CHICAGO, "2026-11-27T17:15", ScheduleSettings.DEFAULTS);
        assertThat(s.reason()).contains("Mon 30 Nov 08:00–09:00").contains("weekend").contains("T4");
        PlannedStep morning = thankYou(CHICAGO, "2026-11-24T11:30", ScheduleSettings.DEFAULTS);
        assertThat(morning.reason()).contains("an hour").contains("T2").contains("before 09:00");
    }

    @Test
    void aDecisionWithinAWeekWarnsAgainstRelyingOnACard() {
        Interview soon = interview(LONDON, "2026-11-24T11:00", "2026-11-27");
        Interview later = interview(LONDON, "2026-11-24T11:00", "2026-12-18");
        PlannedStep s1 = timeline.plan(soon, null, clock(LONDON, "2026-11-24T12:00")).step(Step.THANK_YOU);
        PlannedStep s2 = timeline.plan(later, null, clock(LONDON, "2026-11-24T12:00")).step(Step.THANK_YOU);
        assertThat(s1.notes()).anyMatch(n -> n.contains("T5") && n.contains("e-mail first"));
        assertThat(s2.notes()).noneMatch(n -> n.contains("e-mail first"));
    }

    @Test
    void aFileWithoutAnEndTimeIsTakenToLastTheAssumedLength() {
        Interview noEnd = interview(CHICAGO, "2026-11-24T11:00", null).toBuilder().end(null).build();
        // Starts 10:00; assumed to end 11:00 (60 minutes by default), so the thank-you opens at 12:00.
        Plan plan = timeline.plan(noEnd, null, clock(CHICAGO, "2026-11-24T09:00"));
        assertThat(plan.step(Step.THANK_YOU).earliest().toLocalDateTime()).hasToString("2026-11-24T12:00");
        Plan longer = new Timeline(Fixtures.settings("{\"assumedInterviewMinutes\": 120}")).plan(noEnd, null,
            clock(CHICAGO, "2026-11-24T09:00"));
        assertThat(longer.step(Step.THANK_YOU).earliest().toLocalDateTime()).hasToString("2026-11-24T13:00");
    }
}
