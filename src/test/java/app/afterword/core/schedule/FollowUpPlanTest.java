// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.at;
import static app.afterword.core.schedule.Fixtures.clock;
import static app.afterword.core.schedule.Fixtures.panel;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The panel interview ended Tuesday 24 November 2026 at 11:30 in Chicago; times below are Chicago, 2026. */
class FollowUpPlanTest {

    private static final Clock BEFORE = clock(CHICAGO, "2026-11-20T09:00");

    private static String local(String monthDayTime) {
        return "2026-" + monthDayTime;
    }

    private static ScheduleSettings holidays(String list) {
        if (list == null) {
            return ScheduleSettings.DEFAULTS;
        }
        return ScheduleSettings.DEFAULTS.withHolidays(Arrays.stream(list.split(" ")).map(LocalDate::parse).toList());
    }

    private static Progress thanked(String localTime) {
        Progress p = Progress.empty("acme-designer");
        for (String name : List.of("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer")) {
            p = p.with(ProgressEvent.sent(Step.THANK_YOU, name, at(CHICAGO, localTime)));
        }
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # what                                | decision   | holidays              | earliest    | latest
        decision Friday: +1-2 business days   | 2026-12-04 | -                     | 12-07T08:00 | 12-08T18:00
        decision Friday, Monday a holiday     | 2026-12-04 | 2026-12-07            | 12-08T08:00 | 12-09T18:00
        decision Wednesday                    | 2026-12-02 | -                     | 12-03T08:00 | 12-04T18:00
        decision Thursday, Friday a holiday   | 2026-12-03 | 2026-12-04            | 12-07T08:00 | 12-08T18:00
        no decision: +5-7 business days       | -          | -                     | 12-01T08:00 | 12-03T18:00
        no decision, Thanksgiving off         | -          | 2026-11-26 2026-11-27 | 12-03T08:00 | 12-07T18:00
        decision the same day: 24 h gap (F4)  | 2026-11-24 | -                     | 11-25T12:30 | 11-26T18:00
        """)
    void firstFollowUpWaitsForTheDecisionDateOrAWeek(String what, String decision, String holidays, String earliest,
                                                      String latest) {
        Interview i = panel(decision);
        PlannedStep s = new Timeline(holidays(holidays)).plan(i, null, BEFORE).step(Step.FOLLOW_UP_1);
        assertThat(s.earliest().toLocalDateTime()).as("earliest").hasToString(local(earliest));
        assertThat(s.latest().toLocalDateTime()).as("latest").hasToString(local(latest));
        assertThat(s.template()).isEqualTo(StepTemplates.FOLLOW_UP_1);
        assertThat(s.reason()).contains(decision == null ? "F3" : "F2");
        assertThat(s.notes()).as("F1 prompt").hasSize(decision == null ? 1 : 0);
    }

    @Test
    void theFollowUpNeverComesWithinADayOfTheThankYouAsSent() {
        // Decision date the same day; the thank-you went out on Wednesday at 17:00, so Thursday 17:00 at the earliest.
        Progress p = thanked("2026-11-25T17:00");
        PlannedStep s = new Timeline(ScheduleSettings.DEFAULTS).plan(panel("2026-11-24"), p, BEFORE)
            .step(Step.FOLLOW_UP_1);
        assertThat(s.earliest().toLocalDateTime()).hasToString("2026-11-26T17:00");
        assertThat(s.reason()).contains("F4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # what         | f1 sent     | f2 sent     | off   | f2 from     | f2 to       | close from  | close to
        nothing yet    | -           | -           | -     | 12-14T08:00 | 12-16T18:00 | 12-21T08:00 | 12-28T18:00
        one follow-up  | 12-08T10:00 | -           | -     | 12-15T08:00 | 12-17T18:00 | 12-22T08:00 | 12-29T18:00
        two follow-ups | 12-08T10:00 | 12-16T09:30 | -     | 12-15T08:00 | 12-17T18:00 | 12-23T08:00 | 12-30T18:00
        two, Christmas | 12-08T10:00 | 12-16T09:30 | 12-25 | 12-15T08:00 | 12-17T18:00 | 12-23T08:00 | 12-31T18:00
        """)
    void secondFollowUpAndCloseCountFromWhatWasSent(String what, String sent1, String sent2, String holidays,
                                                     String f2From, String f2To, String closeFrom, String closeTo) {
        Progress p = thanked("2026-11-24T14:00");
        if (sent1 != null) {
            p = p.with(ProgressEvent.sent(Step.FOLLOW_UP_1, "María José Ortega", at(CHICAGO, local(sent1))));
        }
        if (sent2 != null) {
            p = p.with(ProgressEvent.sent(Step.FOLLOW_UP_2, "María José Ortega", at(CHICAGO, local(sent2))));
        }
        Plan plan = new Timeline(holidays(holidays == null ? null : local(holidays))).plan(panel("2026-12-04"), p,
            BEFORE);
        PlannedStep f2 = plan.step(Step.FOLLOW_UP_2);
        PlannedStep close = plan.step(Step.CLOSE);
        assertThat(f2.earliest().toLocalDateTime()).as("follow-up 2 from").hasToString(local(f2From));
        assertThat(f2.latest().toLocalDateTime()).as("follow-up 2 to").hasToString(local(f2To));
        assertThat(close.earliest().toLocalDateTime()).as("close from").hasToString(local(closeFrom));
        assertThat(close.latest().toLocalDateTime()).as("close to").hasToString(local(closeTo));
        assertThat(plan.step(Step.FOLLOW_UP_1).state()).isEqualTo(sent1 == null ? StepState.UPCOMING : StepState.DONE);
        assertThat(f2.state()).isEqualTo(sent2 == null ? StepState.UPCOMING : StepState.DONE);
        assertThat(f2.template()).isEqualTo(StepTemplates.FOLLOW_UP_2);
        assertThat(close.template()).isEqualTo(StepTemplates.CLOSE);
        assertThat(plan.status().label()).isEqualTo(sent2 != null ? "follow-up 2 sent"
            : sent1 != null ? "follow-up 1 sent" : "sent");
    }

    @ParameterizedTest(name = "at {0} the thank-you is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-23T12:00 | UPCOMING | The interview ended
        2026-11-24T09:00 | DUE      | The interview ended
        2026-11-24T13:00 | DUE      | before 09:00 the next
        2026-11-25T08:30 | DUE      | The interview ended
        2026-11-25T10:00 | OVERDUE  | by Thu 26 Nov 11:30
        2026-11-27T10:00 | OVERDUE  | 48-hour mark passed
        """)
    void thankYouStateFollowsTheClock(String now, StepState state, String reason) {
        PlannedStep s = new Timeline(ScheduleSettings.DEFAULTS).plan(panel(null), null, clock(CHICAGO, now))
            .step(Step.THANK_YOU);
        assertThat(s.state()).isEqualTo(state);
        assertThat(s.reason()).contains(reason);
        assertThat(s.recipients()).containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
    }

    @ParameterizedTest(name = "at {0} the first follow-up is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-01T10:00 | UPCOMING
        2026-12-06T23:59 | UPCOMING
        2026-12-07T07:00 | DUE
        2026-12-08T17:59 | DUE
        2026-12-08T18:01 | OVERDUE
        """)
    void followUpStateFollowsTheClock(String now, StepState state) {
        Plan plan = new Timeline(ScheduleSettings.DEFAULTS).plan(panel("2026-12-04"), thanked("2026-11-24T14:00"),
            clock(CHICAGO, now));
        assertThat(plan.step(Step.THANK_YOU).state()).isEqualTo(StepState.DONE);
        assertThat(plan.step(Step.FOLLOW_UP_1).state()).isEqualTo(state);
        assertThat(plan.next().orElseThrow().step()).isEqualTo(Step.FOLLOW_UP_1);
    }

    @Test
    void aReplyEndsTheFollowUpsAndWaitsForTheOutcome() {
        Progress p = thanked("2026-11-24T14:00").with(ProgressEvent.replied("Daniel O'Brien",
            at(CHICAGO, "2026-11-30T09:15")));
        Plan plan = new Timeline(ScheduleSettings.DEFAULTS).plan(panel("2026-12-04"), p,
            clock(CHICAGO, "2026-12-07T10:00"));
        assertThat(plan.step(Step.FOLLOW_UP_1).state()).isEqualTo(StepState.SKIPPED);
        assertThat(plan.step(Step.FOLLOW_UP_1).reason()).contains("replied on Mon 30 Nov");
        assertThat(plan.step(Step.FOLLOW_UP_2).state()).isEqualTo(StepState.SKIPPED);
        assertThat(plan.step(Step.CLOSE).state()).isEqualTo(StepState.WAITING);
        assertThat(plan.next()).isEmpty();
        assertThat(plan.status().stage()).isEqualTo(Stage.REPLIED);
    }

    @Test
    void aReplyAfterTheFirstFollowUpKeepsItDoneAndSkipsTheSecond() {
        Progress p = thanked("2026-11-24T14:00")
            .with(ProgressEvent.sent(Step.FOLLOW_UP_1, null, at(CHICAGO, "2026-12-07T09:00")))
            .with(ProgressEvent.replied(null, at(CHICAGO, "2026-12-08T16:00")));
        Plan plan = new Timeline(ScheduleSettings.DEFAULTS).plan(panel("2026-12-04"), p,
            clock(CHICAGO, "2026-12-20T10:00"));
        assertThat(plan.step(Step.FOLLOW_UP_1).state()).isEqualTo(StepState.DONE);
        assertThat(plan.step(Step.FOLLOW_UP_1).doneAt()).isEqualTo(at(CHICAGO, "2026-12-07T09:00"));
        assertThat(plan.step(Step.FOLLOW_UP_2).state()).isEqualTo(StepState.SKIPPED);
        assertThat(plan.next()).isEmpty();
    }

    @Test
    void closingEndsEverything() {
        Progress p = thanked("2026-11-24T14:00").with(ProgressEvent.closed(Outcome.OFFER,
            at(CHICAGO, "2026-12-03T11:00")));
        Plan plan = new Timeline(ScheduleSettings.DEFAULTS).plan(panel("2026-12-04"), p,
            clock(CHICAGO, "2026-12-20T10:00"));
        assertThat(plan.steps()).extracting(PlannedStep::state)
            .containsExactly(StepState.DONE, StepState.SKIPPED, StepState.SKIPPED, StepState.DONE);
        assertThat(plan.status().label()).isEqualTo("closed: offer");
        assertThat(plan.step(Step.CLOSE).doneAt()).isEqualTo(at(CHICAGO, "2026-12-03T11:00"));
    }

    @Test
    void aPartlySentThankYouStaysOpenForThePeopleStillWaiting() {
        Progress p = Progress.empty("acme-designer").with(ProgressEvent.sent(Step.THANK_YOU, "daniel o'brien",
            at(CHICAGO, "2026-11-24T13:00")));
        Plan plan = new Timeline(ScheduleSettings.DEFAULTS).plan(panel(null), p, clock(CHICAGO, "2026-11-24T13:30"));
        PlannedStep s = plan.step(Step.THANK_YOU);
        assertThat(s.state()).isEqualTo(StepState.DUE);
        assertThat(s.recipients()).containsExactly("María José Ortega", "Priya Raman-Iyer");
        assertThat(plan.status().label()).isEqualTo("sent 1/3");
    }

    @Test
    void fewerFollowUpsInTheSettingsSkipTheRestAndCloseSooner() {
        Progress p = thanked("2026-11-24T14:00")
            .with(ProgressEvent.sent(Step.FOLLOW_UP_1, null, at(CHICAGO, "2026-12-07T09:00")));
        Plan one = new Timeline(ScheduleSettings.DEFAULTS.withMaxFollowUps(1)).plan(panel("2026-12-04"), p, BEFORE);
        assertThat(one.step(Step.FOLLOW_UP_2).state()).isEqualTo(StepState.SKIPPED);
        assertThat(one.step(Step.FOLLOW_UP_2).reason()).contains("1 follow-up");
        assertThat(one.step(Step.CLOSE).earliest().toLocalDateTime()).hasToString("2026-12-14T08:00");

        Plan none = new Timeline(ScheduleSettings.DEFAULTS.withMaxFollowUps(0)).plan(panel("2026-12-04"),
            thanked("2026-11-24T14:00"), BEFORE);
        assertThat(none.step(Step.FOLLOW_UP_1).state()).isEqualTo(StepState.SKIPPED);
        assertThat(none.step(Step.CLOSE).earliest().toLocalDateTime()).hasToString("2026-12-14T08:00");
    }

    @Test
    void theSecondFollowUpNamesSomethingToOffer() {
        PlannedStep withIdea = new Timeline(ScheduleSettings.DEFAULTS).plan(panel(null), null, BEFORE)
            .step(Step.FOLLOW_UP_2);
        assertThat(withIdea.notes()).anyMatch(n -> n.contains("a one-page plan for a diary study") && n.contains("F6"));
        Interview bare = panel(null).toBuilder().ideas(List.of()).clarifications(List.of()).build();
        PlannedStep without = new Timeline(ScheduleSettings.DEFAULTS).plan(bare, null, BEFORE).step(Step.FOLLOW_UP_2);
        assertThat(without.notes()).anyMatch(n -> n.contains("no ideas or clarifications"));
    }

    @Test
    void theDecisionNoticeRuleIsOffUnlessSet() {
        Timeline off = new Timeline(ScheduleSettings.DEFAULTS);
        Timeline on = new Timeline(ScheduleSettings.DEFAULTS.withDecisionNoticeDays(45));
        assertThat(off.plan(panel(null), null, BEFORE).step(Step.CLOSE).notes()).isEmpty();
        assertThat(on.plan(panel(null), null, BEFORE).step(Step.CLOSE).notes())
            .singleElement().asString().contains("Fri 8 Jan 2027").contains("F8");
    }
}
