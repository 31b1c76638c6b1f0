// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.LONDON;
import static app.afterword.core.schedule.Fixtures.LOS_ANGELES;
import static app.afterword.core.schedule.Fixtures.at;
import static app.afterword.core.schedule.Fixtures.clock;
import static app.afterword.core.schedule.Fixtures.interview;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaTest {

    private final Timeline timeline = new Timeline(ScheduleSettings.DEFAULTS);
    private final Map<String, Progress> progress = new HashMap<>();

    private Interview withId(Interview i, String id) {
        return i.toBuilder().id(id).build();
    }

    private void record(String id, ProgressEvent e) {
        progress.put(id, progress.getOrDefault(id, Progress.empty(id)).with(e));
    }

    @Test
    void agendaSortsEachInterviewsNextStepIntoOverdueTodayAndUpcoming() {
        // Now: Monday 7 December 2026, 10:00 in Chicago.
        Clock now = clock(CHICAGO, "2026-12-07T10:00");
        Interview late = withId(interview(CHICAGO, "2026-12-02T11:00", null), "late-thanks");
        Interview due = withId(interview(CHICAGO, "2026-11-24T11:30", "2026-12-04"), "decision-friday");
        record("decision-friday", ProgressEvent.sent(Step.THANK_YOU, "Ana Ruiz", at(CHICAGO, "2026-11-24T14:00")));
        Interview soon = withId(interview(CHICAGO, "2026-12-03T15:00", null), "waiting-week");
        record("waiting-week", ProgressEvent.sent(Step.THANK_YOU, "Ana Ruiz", at(CHICAGO, "2026-12-03T16:30")));
        Interview replied = withId(interview(CHICAGO, "2026-11-20T10:00", null), "they-replied");
        record("they-replied", ProgressEvent.sent(Step.THANK_YOU, "Ana Ruiz", at(CHICAGO, "2026-11-20T13:00")));
        record("they-replied", ProgressEvent.replied("Ana Ruiz", at(CHICAGO, "2026-11-23T09:00")));
        Interview closed = withId(interview(CHICAGO, "2026-11-10T10:00", null), "all-done");
        record("all-done", ProgressEvent.closed(Outcome.REJECTED, at(CHICAGO, "2026-11-30T09:00")));

        Agenda a = timeline.agenda(List.of(soon, replied, closed, due, late), progress::get, now);

        assertThat(a.overdue()).extracting(AgendaItem::interviewId).containsExactly("late-thanks");
        assertThat(a.today()).extracting(AgendaItem::interviewId).containsExactly("decision-friday");
        assertThat(a.upcoming()).extracting(AgendaItem::interviewId).containsExactly("waiting-week");

        AgendaItem overdue = a.overdue().get(0);
        assertThat(overdue.step()).isEqualTo(Step.THANK_YOU);
        assertThat(overdue.template()).isEqualTo("thank-you-email-warm");
        assertThat(overdue.action()).contains("Ana Ruiz");
        assertThat(overdue.reason()).contains("mark passed");

        AgendaItem today = a.today().get(0);
        assertThat(today.step()).isEqualTo(Step.FOLLOW_UP_1);
        assertThat(today.template()).isEqualTo("follow-up-email");
        assertThat(today.reason()).contains("Fri 4 Dec").contains("F2");
        assertThat(today.earliest().toLocalDateTime()).hasToString("2026-12-07T08:00");

        AgendaItem upcoming = a.upcoming().get(0);
        assertThat(upcoming.step()).isEqualTo(Step.FOLLOW_UP_1);
        assertThat(upcoming.earliest().toLocalDateTime()).hasToString("2026-12-10T08:00");
    }

    @Test
    void agendaAfterTwoFollowUpsOffersTheCloseWithItsTemplate() {
        Interview i = withId(interview(CHICAGO, "2026-11-24T11:30", "2026-12-04"), "two-sent");
        record("two-sent", ProgressEvent.sent(Step.THANK_YOU, "Ana Ruiz", at(CHICAGO, "2026-11-24T14:00")));
        record("two-sent", ProgressEvent.sent(Step.FOLLOW_UP_1, "Ana Ruiz", at(CHICAGO, "2026-12-07T09:00")));
        record("two-sent", ProgressEvent.sent(Step.FOLLOW_UP_2, "Ana Ruiz", at(CHICAGO, "2026-12-14T09:00")));
        Agenda a = timeline.agenda(List.of(i), progress::get, clock(CHICAGO, "2026-12-21T12:00"));
        assertThat(a.today()).singleElement().satisfies(item -> {
            assertThat(item.step()).isEqualTo(Step.CLOSE);
            assertThat(item.template()).isEqualTo("close-loop-email");
            assertThat(item.action()).contains("no answer");
            assertThat(item.reason()).contains("2 follow-ups").contains("F5");
        });
    }

    @ParameterizedTest(name = "user in London at {0}: the Los Angeles thank-you is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-24T23:30 | UPCOMING
        2026-11-25T00:30 | DUE
        2026-11-25T17:30 | OVERDUE
        """)
    void todayIsTheUsersDayWhileWindowsAreTheInterviewersHours(String londonNow, StepState state) {
        // The interview ends Tuesday 17:00 in Los Angeles (01:00 Wednesday in London): the note goes out Wednesday
        // 08:00-09:00 Pacific, which is 16:00-17:00 in London.
        Interview i = withId(interview(LOS_ANGELES, "2026-11-24T17:00", null), "west-coast");
        Plan plan = timeline.plan(i, null, clock(LONDON, londonNow));
        PlannedStep s = plan.step(Step.THANK_YOU);
        assertThat(plan.zone()).isEqualTo(LOS_ANGELES);
        assertThat(s.earliest().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-25T08:00-08:00"));
        assertThat(s.latest().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-25T09:00-08:00"));
        assertThat(s.state()).isEqualTo(state);
    }

    @Test
    void anInterviewWithoutAZoneIsPlannedInTheUsersZone() {
        Interview i = interview(CHICAGO, "2026-11-24T11:30", null).toBuilder().timeZone(null).build();
        // 11:30 in Chicago is 17:30 in London: too late for a London same-day note.
        Plan plan = timeline.plan(i, null, clock(LONDON, "2026-11-24T18:00"));
        assertThat(plan.zone()).isEqualTo(LONDON);
        assertThat(plan.step(Step.THANK_YOU).earliest().toLocalDateTime()).hasToString("2026-11-25T08:00");
    }
}
