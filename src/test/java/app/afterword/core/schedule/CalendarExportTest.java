// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.LONDON;
import static app.afterword.core.schedule.Fixtures.at;
import static app.afterword.core.schedule.Fixtures.clock;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalendarExportTest {

    private final Timeline timeline = new Timeline(ScheduleSettings.DEFAULTS);
    private final CalendarExport export = new CalendarExport(ScheduleSettings.DEFAULTS);
    private final Clock now = clock(LONDON, "2026-11-24T20:00");

    private static ICalendar parse(String text) {
        List<ICalendar> all = Biweekly.parse(text).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Map<String, VEvent> byUid(ICalendar ical) {
        return ical.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    @Test
    void everyStepBecomesOneEventThatParsesBackTheSame() {
        Plan plan = timeline.plan(Fixtures.panel("2026-12-04"), null, now);
        String text = export.text(List.of(plan), now);
        ICalendar ical = parse(text);

        assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).as(ical.validate(ICalVersion.V2_0).toString()).isTrue();
        assertThat(ical.getProductId().getValue()).isEqualTo(CalendarExport.PRODUCT_ID);
        Map<String, VEvent> events = byUid(ical);
        assertThat(events).hasSize(4);
        for (PlannedStep s : plan.steps()) {
            VEvent e = events.get(CalendarExport.uid("acme-designer", s.step()));
            assertThat(e).as(s.step().id()).isNotNull();
            assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(s.earliest().toInstant());
            assertThat(e.getDateEnd().getValue().toInstant()).isEqualTo(s.earliest().plusMinutes(30).toInstant());
            assertThat(e.getSummary().getValue()).isEqualTo(s.step().title() + ": Acme (Designer)");
            assertThat(e.getDescription().getValue()).contains(s.action()).contains(s.reason())
                .contains("Template: " + s.template());
            assertThat(e.getDateTimeStamp().getValue().toInstant()).isEqualTo(now.instant());
            assertThat(e.getStatus().getValue()).isEqualTo("CONFIRMED");
            assertThat(e.getSequence().getValue()).isZero();
            VAlarm alarm = e.getAlarms().get(0);
            assertThat(alarm.getTrigger().getDuration().toMillis()).isEqualTo(-15 * 60_000L);
            TimezoneAssignment tz = ical.getTimezoneInfo().getTimezone(e.getDateStart());
            assertThat(tz.getComponent().getTimezoneId().getValue()).isEqualTo("America/Chicago");
        }
        assertThat(text).contains("DTSTART;TZID=America/Chicago:20261124T123000\r\n")
            .contains("DTSTART;TZID=America/Chicago:20261207T080000\r\n")
            .contains("BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n")
            .contains("UID:thank-you.acme-designer@afterword.invalid\r\n")
            .contains("DTSTAMP:20261124T200000Z\r\n");
    }

    @Test
    void reExportAfterProgressKeepsTheUidsAndUpdatesTheEvents() throws TimelineException {
        Interview panel = Fixtures.panel("2026-12-04");
        String first = export.text(List.of(timeline.plan(panel, null, now)), now);
        Progress p = timeline.recordSent(panel, Progress.empty("acme-designer"), null, null,
            at(CHICAGO, "2026-11-24T14:00"), LONDON).progress();
        p = timeline.recordReplied(panel, p, "Daniel O'Brien", at(CHICAGO, "2026-11-30T10:00")).progress();
        Clock later = clock(LONDON, "2026-12-01T09:00");
        String second = export.text(List.of(timeline.plan(panel, p, later)), later);

        Map<String, VEvent> before = byUid(parse(first));
        Map<String, VEvent> after = byUid(parse(second));
        assertThat(after.keySet()).isEqualTo(before.keySet()).hasSize(4);
        VEvent thanks = after.get(CalendarExport.uid("acme-designer", Step.THANK_YOU));
        assertThat(thanks.getSummary().getValue()).startsWith("Done: ");
        assertThat(thanks.getAlarms()).isEmpty();
        assertThat(thanks.getSequence().getValue()).isEqualTo(p.events().size()).isGreaterThan(0);
        VEvent followUp = after.get(CalendarExport.uid("acme-designer", Step.FOLLOW_UP_1));
        assertThat(followUp.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(followUp.getSummary().getValue()).startsWith("Not needed: ");
        // The same plan exported twice gives the same file, apart from the time stamp.
        String again = export.text(List.of(timeline.plan(panel, p, later)), later);
        assertThat(again).isEqualTo(second);
    }

    @Test
    void awkwardTextIsEscapedAndFoldedAt75OctetsAndRoundTrips() {
        String company = "Smith, Jones; & \"Partners\" \\ Ltd — Zürich 😀";
        String role = "Senior " + "Very Long Title ".repeat(12) + "Engineer, Platform; Infra";
        Interview i = Fixtures.panel("2026-12-04").toBuilder().company(company).role(role)
            .ideas(List.of("line one\nline two; with, commas \\ and a backslash")).build();
        Plan plan = timeline.plan(i, null, now);
        String text = export.text(List.of(plan), now);

        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(Arrays.stream(text.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isGreaterThan(5);

        VEvent second = byUid(parse(text)).get(CalendarExport.uid("acme-designer", Step.FOLLOW_UP_2));
        assertThat(second.getSummary().getValue()).isEqualTo("Second follow-up: " + company + " (" + role + ")");
        assertThat(second.getDescription().getValue()).isEqualTo(export(plan.step(Step.FOLLOW_UP_2)))
            .contains("line one\nline two; with, commas \\ and a backslash");
    }

    private static String export(PlannedStep s) {
        // The description as the exporter builds it, recomputed from the step for comparison.
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm",
            java.util.Locale.ENGLISH);
        StringBuilder b = new StringBuilder(s.action()).append("\n\nWhy now: ").append(s.reason())
            .append("\n\nWindow: ").append(f.format(s.earliest())).append(" to ").append(f.format(s.latest()))
            .append(" (").append(s.earliest().getZone().getId()).append(')');
        if (s.deadline() != null) {
            b.append("\nDeadline: ").append(f.format(s.deadline()));
        }
        b.append("\nTemplate: ").append(s.template());
        s.notes().forEach(n -> b.append("\n\n").append(n));
        return b.toString();
    }

    @Test
    void timesAcrossADaylightSavingChangeKeepTheirLocalTimeAndInstant() {
        // Interview Friday 6 March 2026 in Chicago (CST); the first follow-up falls after the spring change (CDT).
        Interview i = Fixtures.interview(CHICAGO, "2026-03-06T11:00", null);
        Plan plan = timeline.plan(i, null, clock(CHICAGO, "2026-03-06T12:00"));
        String text = export.text(List.of(plan), now);
        assertThat(text).contains("DTSTART;TZID=America/Chicago:20260306T120000\r\n")
            .contains("DTSTART;TZID=America/Chicago:20260313T080000\r\n")
            .contains("TZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\n");
        ICalendar ical = parse(text);
        VEvent f1 = byUid(ical).get(CalendarExport.uid("acme-designer", Step.FOLLOW_UP_1));
        assertThat(f1.getDateStart().getValue().toInstant())
            .isEqualTo(ZonedDateTime.parse("2026-03-13T08:00-05:00[America/Chicago]").toInstant());
        VEvent thanks = byUid(ical).get(CalendarExport.uid("acme-designer", Step.THANK_YOU));
        assertThat(thanks.getDateStart().getValue().toInstant())
            .isEqualTo(ZonedDateTime.parse("2026-03-06T12:00-06:00[America/Chicago]").toInstant());
    }

    @Test
    void interviewsInSeveralZonesShareOneFileWithATimeZoneEach() {
        Interview chicago = Fixtures.panel(null);
        Interview london = Fixtures.interview(LONDON, "2026-11-25T15:00", null).toBuilder().id("london-role").build();
        Interview utc = Fixtures.interview(ZoneId.of("UTC"), "2026-11-26T10:00", null).toBuilder().id("utc-role")
            .build();
        String text = export.text(List.of(timeline.plan(chicago, null, now), timeline.plan(london, null, now),
            timeline.plan(utc, null, now)), now);
        assertThat(text).contains("TZID:America/Chicago\r\n").contains("TZID:Europe/London\r\n")
            .contains("TZID:UTC\r\n").contains("DTSTART;TZID=Europe/London:20261125T160000\r\n")
            .contains("DTSTART;TZID=UTC:20261126T110000\r\n");
        ICalendar ical = parse(text);
        assertThat(ical.getEvents()).hasSize(12);
        assertThat(ical.getTimezoneInfo().getComponents()).hasSize(3);
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).isTrue();
    }

    @Test
    void anInterviewFileWithoutAnIdGetsTheSameUidsEveryTime() {
        Interview loose = Fixtures.panel(null).toBuilder().id(null).build();
        String a = export.text(List.of(timeline.plan(loose, null, now)), now);
        String b = export.text(List.of(timeline.plan(loose, null, clock(LONDON, "2026-11-30T09:00"))), now);
        assertThat(byUid(parse(a)).keySet()).isEqualTo(byUid(parse(b)).keySet())
            .contains("thank-you.acme-designer-2026-11-24@afterword.invalid");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = "SUMMARY:" + "é".repeat(40) + "😀".repeat(30);
        String folded = CalendarExport.fold(line + "\r\n");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        for (String l : folded.split("\r\n")) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isLowSurrogate(l.isEmpty() ? 'x' : l.charAt(l.startsWith(" ") ? 1 : 0))).isFalse();
        }
    }
}
