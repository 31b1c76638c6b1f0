// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.INTERVIEW;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.store.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** T1 to T5, judged on the interviewers' clock. The interview ends Tuesday 24 November 11:30 in Chicago. */
class TimingRulesTest {

    private static final OffsetDateTime END = INTERVIEW.end();

    /** Friday 27 November 2026, 15:00 to 16:00 in Chicago. */
    private static final Interview FRIDAY = INTERVIEW.toBuilder()
        .start(OffsetDateTime.parse("2026-11-27T15:00:00-06:00"))
        .end(OffsetDateTime.parse("2026-11-27T16:00:00-06:00")).build();

    static Stream<RuleCase> cases() {
        return Stream.of(
            of("30 hours after the interview", Rule.T1, Severity.WARNING,
                () -> good().sendAt(END.plusHours(30)), () -> good().sendAt(END.plusHours(22))),
            of("50 hours after the interview", Rule.T1, Severity.ERROR,
                () -> good().sendAt(END.plusHours(50)), () -> good().sendAt(END.plusHours(47))),
            of("30 minutes after the interview", Rule.T2, Severity.WARNING,
                () -> good().sendAt(END.plusMinutes(30)), () -> good().sendAt(END.plusMinutes(75))),
            of("before the interview has ended", Rule.T2, Severity.ERROR,
                () -> good().sendAt(END.minusMinutes(30)), () -> good().sendAt(END.plusMinutes(75))),
            of("19:00 their time, planned from Berlin", Rule.T3, Severity.WARNING,
                () -> good().sendAt(OffsetDateTime.parse("2026-11-25T02:00:00+01:00")),
                () -> good().sendAt(OffsetDateTime.parse("2026-11-25T00:00:00+01:00"))),
            of("07:30 their time", Rule.T3, Severity.WARNING,
                () -> good().sendAt(OffsetDateTime.parse("2026-11-25T07:30:00-06:00")),
                () -> good().sendAt(OffsetDateTime.parse("2026-11-25T08:05:00-06:00"))),
            of("Saturday after a Friday interview", Rule.T4, Severity.WARNING,
                () -> good().interview(FRIDAY).sendAt(OffsetDateTime.parse("2026-11-28T10:00:00-06:00")),
                () -> good().interview(FRIDAY).sendAt(OffsetDateTime.parse("2026-11-27T17:15:00-06:00"))),
            of("card when they decide within days", Rule.T5, Severity.WARNING,
                () -> card(LocalDate.of(2026, 11, 27)), () -> card(LocalDate.of(2026, 12, 11)))
        );
    }

    private static NoteContext.Builder card(LocalDate decision) {
        Interview onsite = INTERVIEW.toBuilder().format(InterviewFormat.ONSITE).decisionBy(decision).build();
        return good().interview(onsite).medium(Medium.CARD).subject(null).text("""
            Dear María José Ortega,

            Thank you for our conversation about the trip planner redesign for riders with low vision. I would \
            love to bring my audit work to the Senior Product Designer role.

            With warm regards,
            Sam Okafor
            """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @Test
    void timesAreJudgedInTheUsersZoneWhenTheInterviewHasNone() {
        Interview noZone = INTERVIEW.toBuilder().timeZone(null).build();
        OffsetDateTime tuesday1500Chicago = OffsetDateTime.parse("2026-11-24T15:00:00-06:00");
        EtiquetteReport inTokyo = Fixtures.check(good().interview(noZone).sendAt(tuesday1500Chicago)
            .fallbackZone(ZoneId.of("Asia/Tokyo")));
        EtiquetteReport inChicago = Fixtures.check(good().interview(noZone).sendAt(tuesday1500Chicago)
            .fallbackZone(ZoneId.of("America/Chicago")));
        assertThat(inTokyo.has(Rule.T3)).as("06:00 in Tokyo").isTrue();
        assertThat(inChicago.has(Rule.T3)).isFalse();
    }

    @Test
    void noPlannedTimeMeansNoTimingFindings() {
        EtiquetteReport r = Fixtures.check(good().sendAt(null));
        assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("T"));
    }

    @Test
    void thresholdsComeFromTheSettings() {
        EtiquetteSettings strict = new Json().mapper().convertValue(Map.of("lateWarningHours", 12,
            "lateErrorHours", 20), EtiquetteSettings.class);
        NoteContext.Builder wednesdayMorning = good().sendAt(END.plusHours(22));
        assertThat(Fixtures.check(wednesdayMorning, strict).has(Rule.T1, Severity.ERROR)).isTrue();
        assertThat(Fixtures.check(good().sendAt(END.plusHours(22))).has(Rule.T1)).isFalse();
    }

    @Test
    void weekendAdviceSuggestsMondayMorning() {
        EtiquetteReport r = Fixtures.check(good().interview(FRIDAY)
            .sendAt(OffsetDateTime.parse("2026-11-29T11:00:00-06:00")));
        assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.T4).singleElement()
            .satisfies(f -> assertThat(f.suggestion()).contains("Monday 30 November, 08:00"));
    }
}
