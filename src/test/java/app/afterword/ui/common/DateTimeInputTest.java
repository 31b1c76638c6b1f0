// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateTimeInputTest {

    private final DateTimeInput us = new DateTimeInput(Locale.US);
    private final DateTimeInput uk = new DateTimeInput(Locale.UK);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "24 Nov 2026|2026-11-24", "24 november 2026|2026-11-24", "Nov 24, 2026|2026-11-24",
        "November 24th, 2026|2026-11-24", "2026-11-24|2026-11-24", "Tue, 24 Nov 2026|2026-11-24",
        "  4 Dec 2026 |2026-12-04", "24.11.2026|2026-11-24"})
    void readsTheWaysPeopleWriteDates(String typed, LocalDate expected) {
        assertThat(uk.parseDate(typed)).contains(expected);
        assertThat(us.parseDate(typed)).contains(expected);
    }

    @Test
    void numericDatesFollowTheLocaleOrder() {
        assertThat(us.parseDate("2/3/2026")).contains(LocalDate.of(2026, 2, 3));
        assertThat(uk.parseDate("2/3/2026")).contains(LocalDate.of(2026, 3, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "tomorrow", "31 Feb 2026", "2026-13-01", "25:99", "24 Nov"})
    void refusesWhatIsNotADate(String typed) {
        assertThat(uk.parseDate(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10|10:00", "10:30|10:30", "10.30|10:30", "14h30|14:30", "10am|10:00", "10 AM|10:00", "2:30 pm|14:30",
        "2:30 p.m.|14:30", "12 am|00:00", "12pm|12:00", "0:15|00:15", "23:59|23:59"})
    void readsTheWaysPeopleWriteTimes(String typed, LocalTime expected) {
        assertThat(uk.parseTime(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "noon", "24:00", "10:60", "13pm", "0 am", "10:3", "1030"})
    void refusesWhatIsNotATime(String typed) {
        assertThat(uk.parseTime(typed)).isEmpty();
    }

    @Test
    void showsTimesInTheLocalesStyleAndReadsThemBack() {
        assertThat(us.formatTime(LocalTime.of(14, 30))).isEqualTo("2:30 PM");
        assertThat(uk.formatTime(LocalTime.of(14, 30))).isEqualTo("14:30");
        assertThat(us.parseTime(us.formatTime(LocalTime.of(9, 5)))).contains(LocalTime.of(9, 5));
        assertThat(uk.formatDate(LocalDate.of(2026, 11, 24))).isEqualTo("24 Nov 2026");
        assertThat(us.parseDate(us.formatDate(LocalDate.of(2026, 1, 2)))).contains(LocalDate.of(2026, 1, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"America/Chicago|America/Chicago", "europe/london|Europe/London",
        "UTC|Etc/UTC", "+02:00|+02:00", "UTC+2|+02:00", "GMT-05:30|-05:30", "Berlin|Europe/Berlin",
        "Asia/Calcutta|Asia/Kolkata"})
    void readsTimeZones(String typed, String expected) {
        assertThat(uk.parseZone(typed)).contains(ZoneId.of(expected));
    }

    @Test
    void refusesUnknownZonesAndNamesThatFitSeveral() {
        assertThat(uk.parseZone("Mars/Olympus")).isEmpty();
        assertThat(uk.parseZone("+25:00")).isEmpty();
        assertThat(uk.parseZone("Germany")).isEmpty();
        assertThat(uk.zones().all()).extracting(z -> z.id()).contains("Europe/London", "America/Chicago")
            .doesNotContain("SystemV/EST5", "Etc/GMT+5", "Africa/Asmera");
        assertThat(ZoneOffset.of("+02:00")).isEqualTo(uk.parseZone("UTC+2").orElseThrow());
    }
}
