// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of every plan, for interviews at any minute of four years in zones with unusual clock changes. */
class TimelinePropertiesTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private final Timeline timeline = new Timeline(ScheduleSettings.DEFAULTS);

    @Provide
    Arbitrary<String> zones() {
        // Chicago and London (weekend changes), Havana (changes at midnight), Lord Howe (30-minute DST),
        // Kathmandu (+05:45), Auckland (southern summer), Cairo and Tehran, and UTC.
        return Arbitraries.of("America/Chicago", "Europe/London", "America/Havana", "Australia/Lord_Howe",
            "Asia/Kathmandu", "Pacific/Auckland", "Africa/Cairo", "Asia/Tehran", "UTC");
    }

    private static Interview interview(ZoneId zone, Instant end, Integer decisionDays) {
        ZonedDateTime e = end.atZone(zone);
        return new Interview.Builder().id("any").company("Acme").role("Designer")
            .start(e.minusMinutes(45).toOffsetDateTime()).end(e.toOffsetDateTime()).timeZone(zone)
            .interviewers(List.of(new Interviewer("Ana Ruiz", null, null, null, List.of(), null)))
            .decisionBy(decisionDays == null ? null : e.toLocalDate().plusDays(decisionDays)).build();
    }

    @Property(tries = 400, seed = "20261124")
    void everyPlanKeepsTheRules(@ForAll("zones") String zoneName,
                                @ForAll @LongRange(min = 0, max = 4L * 366 * 24 * 60) long minute,
                                @ForAll @IntRange(min = -1, max = 30) int decisionDays) {
        ZoneId zone = ZoneId.of(zoneName);
        Instant end = FROM.plus(Duration.ofMinutes(minute));
        Interview i = interview(zone, end, decisionDays < 0 ? null : decisionDays);
        Plan plan = timeline.plan(i, null, Clock.fixed(end, zone));
        BusinessCalendar cal = new BusinessCalendar(zone, ScheduleSettings.DEFAULTS);
        PlannedStep thanks = plan.step(Step.THANK_YOU);
        PlannedStep f1 = plan.step(Step.FOLLOW_UP_1);
        PlannedStep f2 = plan.step(Step.FOLLOW_UP_2);
        PlannedStep close = plan.step(Step.CLOSE);

        // T2: never within the hour; T3/T4: the window opens in business hours on a business day.
        assertThat(Duration.between(end, thanks.earliest().toInstant())).isGreaterThanOrEqualTo(Duration.ofHours(1));
        assertThat(cal.isBusinessHours(thanks.earliest())).isTrue();
        // The latest moment is the morning cutoff of a business day, and comes within 4 days of the opening.
        assertThat(cal.isBusinessHours(thanks.latest())).isTrue();
        assertThat(thanks.latest().toLocalTime()).isEqualTo(ScheduleSettings.DEFAULTS.morningCutoff());
        assertThat(Duration.between(thanks.earliest(), thanks.latest())).isLessThanOrEqualTo(Duration.ofDays(4));
        // T1: the deadline is never before the window closes, and never in the middle of a weekend.
        assertThat(thanks.deadline()).isAfterOrEqualTo(thanks.latest());
        assertThat(cal.isBusinessHours(thanks.deadline()) || thanks.deadline().toLocalTime()
            .equals(ScheduleSettings.DEFAULTS.businessDayEnd())).isTrue();
        // F4: the first follow-up is at least a day after the thank-you could go out.
        assertThat(Duration.between(thanks.earliest(), f1.earliest())).isGreaterThanOrEqualTo(Duration.ofHours(24));
        // F2: never before the day after the decision date.
        if (i.decisionBy() != null) {
            assertThat(f1.earliest().toLocalDate()).isAfter(i.decisionBy());
        }
        // F5: the second follow-up at least 5 business days after the first; then the close.
        assertThat(cal.businessDaysBetween(f1.earliest().toLocalDate(), f2.earliest().toLocalDate()))
            .isGreaterThanOrEqualTo(5);
        assertThat(close.earliest()).isAfter(f2.earliest());
        for (PlannedStep s : plan.steps()) {
            assertThat(s.latest()).isAfterOrEqualTo(s.earliest());
            assertThat(s.earliest().getZone()).isEqualTo(zone);
        }
    }
}
