// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZoneTimeTest {

    private static final ZoneId UTC = ZoneId.of("Etc/UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void aTimeTypedOnYourClockIsAnHourLaterInBerlinInWinter() {
        ZoneTime t = ZoneTime.read(DAY, LocalTime.of(14, 45), UTC);
        assertThat(t.offsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:45Z"));
        assertThat(t.in(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(15, 45));
        assertThat(t.differsIn(BERLIN)).isTrue();
        assertThat(t.daysAheadIn(BERLIN)).isZero();
    }

    @Test
    void theSameTypedTimeOnTheirClockIsAnotherMoment() {
        ZoneTime theirs = ZoneTime.read(DAY, LocalTime.of(14, 45), BERLIN);
        assertThat(theirs.offsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:45+01:00"));
        assertThat(theirs.in(UTC).toLocalTime()).isEqualTo(LocalTime.of(13, 45));
        assertThat(ZoneTime.read(DAY, LocalTime.of(14, 45), UTC).differsIn(UTC)).isFalse();
    }

    @Test
    void lateEveningOnOneClockIsTheNextDayOnAnother() {
        ZoneTime t = ZoneTime.read(DAY, LocalTime.of(23, 30), UTC);
        assertThat(t.in(BERLIN).toLocalDate()).isEqualTo(DAY.plusDays(1));
        assertThat(t.daysAheadIn(BERLIN)).isEqualTo(1);
        ZoneTime tokyo = ZoneTime.read(DAY, LocalTime.of(8, 0), ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.daysAheadIn(ZoneId.of("America/Los_Angeles"))).isEqualTo(-1);
    }

    @Test
    void aTimeTheClocksSkippedIsReadAsTheTimeAfterTheGapAndARepeatedOneAsTheFirst() {
        ZoneTime skipped = ZoneTime.read(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN);
        assertThat(skipped.skipped()).isTrue();
        assertThat(skipped.at().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        ZoneTime twice = ZoneTime.read(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), BERLIN);
        assertThat(twice.repeated()).isTrue();
        assertThat(twice.offsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-10-25T02:30+02:00"));
        assertThat(ZoneTime.read(DAY, LocalTime.of(2, 30), BERLIN).skipped()).isFalse();
    }
}
