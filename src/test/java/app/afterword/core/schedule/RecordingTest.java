// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.LONDON;
import static app.afterword.core.schedule.Fixtures.at;
import static app.afterword.core.schedule.Fixtures.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordingTest {

    private final Timeline timeline = new Timeline(ScheduleSettings.DEFAULTS);
    private final Interview panel = panel("2026-12-04");

    private Recorded sent(Progress p, Step step, String to, String local) throws TimelineException {
        return timeline.recordSent(panel, p, step, to, at(CHICAGO, local), LONDON);
    }

    @Test
    void markingSentWithoutAStepWalksTheTimeline() throws TimelineException {
        Progress p = Progress.empty("acme-designer");
        Recorded r = sent(p, null, null, "2026-11-24T14:00");
        assertThat(r.step()).isEqualTo(Step.THANK_YOU);
        assertThat(r.recipients()).containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        assertThat(r.advice()).isEmpty();
        r = sent(r.progress(), null, "María José Ortega", "2026-12-07T09:30");
        assertThat(r.step()).isEqualTo(Step.FOLLOW_UP_1);
        r = sent(r.progress(), null, "María José Ortega", "2026-12-14T09:30");
        assertThat(r.step()).isEqualTo(Step.FOLLOW_UP_2);
        assertThat(r.advice()).extracting(Advice::rule).containsExactly("F6");
        r = sent(r.progress(), null, null, "2026-12-21T09:30");
        assertThat(r.step()).isEqualTo(Step.CLOSE);
        assertThat(r.progress().status(panel).label()).isEqualTo("closed: no-answer");
        assertThat(r.progress().events()).hasSize(7);
    }

    @Test
    void thankYouNotesAreTrackedPerInterviewer() throws TimelineException {
        Recorded r = sent(Progress.empty("acme-designer"), null, "daniel o'brien", "2026-11-24T14:00");
        assertThat(r.step()).isEqualTo(Step.THANK_YOU);
        assertThat(r.recipients()).containsExactly("Daniel O'Brien");
        Progress p = r.progress();
        assertThat(p.recipient("Daniel O'Brien").state()).isEqualTo(RecipientStatus.State.SENT);
        assertThat(p.recipient("Priya Raman-Iyer").state()).isEqualTo(RecipientStatus.State.NONE);
        // With one still waiting, an unnamed "sent" is the rest of the thank-yous.
        Recorded rest = sent(p, null, null, "2026-11-24T15:00");
        assertThat(rest.step()).isEqualTo(Step.THANK_YOU);
        assertThat(rest.recipients()).containsExactly("María José Ortega", "Priya Raman-Iyer");
        assertThat(rest.progress().status(panel).label()).isEqualTo("sent");
    }

    @Test
    void theRecruiterAndTheHostAreNotWaitingForAPanelThankYou() throws TimelineException {
        List<Interviewer> people = new ArrayList<>(panel.interviewers());
        people.add(new Interviewer("Tomás Ibáñez", null, null, null, List.of(), null, null, Part.RECRUITER, Map.of()));
        people.add(new Interviewer("Lena Kowalski", null, null, null, List.of(), null, null, Part.HOST, Map.of()));
        Interview withStaff = panel.toBuilder().interviewers(people).build();
        Recorded r = timeline.recordSent(withStaff, Progress.empty("acme-designer"), null, "Daniel",
            at(CHICAGO, "2026-11-24T14:00"), LONDON);
        assertThat(r.progress().status(withStaff).label()).isEqualTo("sent 1/3");
        assertThat(r.progress().unthanked(withStaff)).containsExactly("María José Ortega", "Priya Raman-Iyer");
        Recorded rest = timeline.recordSent(withStaff, r.progress(), null, null, at(CHICAGO, "2026-11-24T15:00"),
            LONDON);
        assertThat(rest.recipients()).containsExactly("María José Ortega", "Priya Raman-Iyer");
        assertThat(rest.progress().status(withStaff).label()).isEqualTo("sent");
        assertThat(timeline.plan(withStaff, rest.progress(), Fixtures.clock(CHICAGO, "2026-11-25T09:00")).steps()
            .get(1).action()).contains("to your main contact, Tomás Ibáñez:");
    }

    @Test
    void aFirstNameIsEnoughWhenOnlyOneInterviewerHasIt() throws TimelineException {
        Recorded r = sent(Progress.empty("acme-designer"), null, "priya", "2026-11-24T14:00");
        assertThat(r.step()).isEqualTo(Step.THANK_YOU);
        assertThat(r.recipients()).containsExactly("Priya Raman-Iyer");
    }

    @Test
    void aThankYouToSomeoneWhoWasNotThereIsRefused() {
        assertThatThrownBy(() -> sent(Progress.empty("acme-designer"), Step.THANK_YOU, "Jane Doe",
            "2026-11-24T14:00")).isInstanceOf(TimelineException.class)
            .hasMessageContaining("'Jane Doe' is not one of the interviewers").hasMessageContaining("Daniel O'Brien");
    }

    @Test
    void aSecondThankYouToTheSamePersonIsRefused() throws TimelineException {
        Progress p = sent(Progress.empty("acme-designer"), null, "Priya Raman-Iyer", "2026-11-24T14:00").progress();
        assertThatThrownBy(() -> sent(p, Step.THANK_YOU, "priya raman-iyer", "2026-11-24T16:00"))
            .hasMessageContaining("already recorded");
    }

    @Test
    void aThirdFollowUpIsRefused() throws TimelineException {
        Progress p = sent(Progress.empty("acme-designer"), null, null, "2026-11-24T14:00").progress();
        p = sent(p, Step.FOLLOW_UP_1, "Daniel O'Brien", "2026-12-07T09:00").progress();
        p = sent(p, Step.FOLLOW_UP_2, "Daniel O'Brien", "2026-12-14T09:00").progress();
        Progress done = p;
        assertThatThrownBy(() -> sent(done, Step.FOLLOW_UP_2, "Daniel O'Brien", "2026-12-21T09:00"))
            .hasMessageContaining("more than two follow-ups (F5)");
    }

    @Test
    void afterAReplyAnUnnamedSendIsRefusedBecauseFollowUpsHaveEnded() throws TimelineException {
        Progress p = sent(Progress.empty("acme-designer"), null, null, "2026-11-24T14:00").progress();
        p = timeline.recordReplied(panel, p, "maría josé ortega", at(CHICAGO, "2026-11-25T10:00")).progress();
        assertThat(p.recipient("María José Ortega").state()).isEqualTo(RecipientStatus.State.REPLIED);
        Progress replied = p;
        assertThatThrownBy(() -> sent(replied, null, null, "2026-12-07T09:00"))
            .hasMessageContaining("follow-ups have ended");
        // Naming the step records it, with a warning.
        Recorded r = sent(replied, Step.FOLLOW_UP_1, null, "2026-12-07T09:00");
        assertThat(r.advice()).anyMatch(a -> a.rule().equals("F5") && a.message().contains("already replied"));
    }

    @Test
    void nothingIsRecordedAfterTheClose() throws TimelineException {
        Progress p = timeline.recordClosed(panel, Progress.empty("acme-designer"), Outcome.WITHDRAWN,
            at(CHICAGO, "2026-11-30T10:00")).progress();
        assertThatThrownBy(() -> sent(p, null, null, "2026-12-01T10:00")).hasMessageContaining("closed (withdrawn)");
        assertThatThrownBy(() -> timeline.recordReplied(panel, p, null, at(CHICAGO, "2026-12-01T10:00")))
            .hasMessageContaining("already closed");
        assertThatThrownBy(() -> timeline.recordClosed(panel, p, Outcome.OFFER, at(CHICAGO, "2026-12-01T10:00")))
            .hasMessageContaining("already closed");
    }

    @Test
    void aTimeBeforeTheInterviewIsRefused() {
        assertThatThrownBy(() -> sent(Progress.empty("acme-designer"), null, null, "2026-11-23T14:00"))
            .hasMessageContaining("before the interview started");
    }

    @Test
    void draftsAndExportsAreHistoryButDoNotMoveThePlan() throws TimelineException {
        Progress p = timeline.recordDrafted(panel, Progress.empty("acme-designer"), Step.THANK_YOU, "Daniel O'Brien",
            at(CHICAGO, "2026-11-24T12:00")).progress();
        assertThat(p.status(panel).label()).isEqualTo("drafted");
        assertThat(p.recipient("Daniel O'Brien").state()).isEqualTo(RecipientStatus.State.DRAFTED);
        p = timeline.recordExported(panel, p, Step.THANK_YOU, "Daniel O'Brien", "eml", at(CHICAGO, "2026-11-24T12:05"))
            .progress();
        assertThat(p.ofType(EventType.EXPORTED)).singleElement().extracting(ProgressEvent::detail).isEqualTo("eml");
        assertThat(p.status(panel).label()).isEqualTo("drafted");
    }

    @ParameterizedTest(name = "thank-you sent {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2026-11-24T11:50 | T2 | WARNING | 20 minutes after
        2026-11-24T11:00 | T2 | WARNING | before the interview ended
        2026-11-24T15:00 | -  | -       | -
        2026-11-24T22:00 | T3 | WARNING | outside their business hours
        2026-11-25T08:30 | -  | -       | -
        2026-11-25T14:00 | T1 | WARNING | more than 24 hours
        2026-11-26T14:00 | T1 | ERROR   | more than 48 hours
        2026-11-28T10:00 | T4 | WARNING | weekend
        """)
    void thankYouTimingAdvice(String local, String rule, Advice.Level level, String text) {
        List<Advice> advice = timeline.assess(panel, null, Step.THANK_YOU, at(CHICAGO, local), LONDON);
        if (rule == null) {
            assertThat(advice).isEmpty();
        } else {
            assertThat(advice).anyMatch(a -> a.rule().equals(rule) && a.level() == level
                && a.message().contains(text));
        }
    }

    @Test
    void aFridayInterviewThankedOnMondayMorningIsOnTime() {
        Interview friday = Fixtures.interview(CHICAGO, "2026-11-27T15:30", null);
        assertThat(timeline.assess(friday, null, Step.THANK_YOU, at(CHICAGO, "2026-11-30T08:15"), LONDON)).isEmpty();
        assertThat(timeline.assess(friday, null, Step.THANK_YOU, at(CHICAGO, "2026-11-28T09:00"), LONDON))
            .extracting(Advice::rule).containsExactly("T4");
    }

    @Test
    void aHolidayIsNamedInTheAdvice() {
        Timeline t = new Timeline(ScheduleSettings.DEFAULTS.withHolidays(List.of(LocalDate.parse("2026-11-26"))));
        assertThat(t.assess(panel, null, Step.THANK_YOU, at(CHICAGO, "2026-11-26T10:00"), LONDON))
            .anyMatch(a -> a.rule().equals("T3") && a.message().contains("public holiday"));
    }

    @ParameterizedTest(name = "follow-up 1 sent {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2026-12-02T10:00 | F2 | decision date
        2026-12-07T10:00 | -  | -
        """)
    void followUpTimingAdvice(String local, String rule, String text) throws TimelineException {
        Progress p = sent(Progress.empty("acme-designer"), null, null, "2026-11-24T14:00").progress();
        List<Advice> advice = timeline.assess(panel, p, Step.FOLLOW_UP_1, at(CHICAGO, local), LONDON);
        if (rule == null) {
            assertThat(advice).isEmpty();
        } else {
            assertThat(advice).anyMatch(a -> a.rule().equals(rule) && a.message().contains(text));
        }
    }

    @Test
    void aFollowUpWithinADayOfTheThankYouCitesTheGapRule() throws TimelineException {
        Interview sameDay = panel("2026-11-24");
        Progress p = timeline.recordSent(sameDay, Progress.empty("acme-designer"), null, null,
            at(CHICAGO, "2026-11-24T14:00"), LONDON).progress();
        assertThat(timeline.assess(sameDay, p, Step.FOLLOW_UP_1, at(CHICAGO, "2026-11-25T09:00"), LONDON))
            .extracting(Advice::rule).containsExactly("F4");
    }

    @Test
    void aSecondFollowUpTooSoonAfterTheFirstCitesTheSpacingRule() throws TimelineException {
        Progress p = sent(Progress.empty("acme-designer"), null, null, "2026-11-24T14:00").progress();
        p = sent(p, null, null, "2026-12-07T10:00").progress();
        assertThat(timeline.assess(panel, p, Step.FOLLOW_UP_2, at(CHICAGO, "2026-12-09T10:00"), LONDON))
            .anyMatch(a -> a.rule().equals("F5") && a.message().contains("5 business days"));
    }
}
