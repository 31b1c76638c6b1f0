// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/** Interviews, clocks and times for the timeline tests. */
final class Fixtures {
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private Fixtures() {
    }

    /** An interview in {@code zone} that started an hour before {@code end} (a local time). */
    static Interview interview(ZoneId zone, String end, String decisionBy, String... people) {
        ZonedDateTime e = LocalDateTime.parse(end).atZone(zone);
        List<Interviewer> interviewers = Arrays.stream(people.length == 0 ? new String[] {"Ana Ruiz"} : people)
            .map(n -> new Interviewer(n, null, null, null, List.of(), null)).toList();
        return new Interview.Builder().id("acme-designer").company("Acme").role("Designer")
            .start(e.minusHours(1).toOffsetDateTime()).end(e.toOffsetDateTime()).timeZone(zone)
            .interviewers(interviewers).decisionBy(decisionBy == null ? null : LocalDate.parse(decisionBy))
            .ideas(List.of("a one-page plan for a diary study")).build();
    }

    /** The panel of three from the sample file, interview Tuesday 24 November 2026, 10:00–11:30 in Chicago. */
    static Interview panel(String decisionBy) {
        return interview(CHICAGO, "2026-11-24T11:30", decisionBy, "María José Ortega", "Daniel O'Brien",
            "Priya Raman-Iyer");
    }

    /** A fixed clock at a local time in {@code zone}. */
    static Clock clock(ZoneId zone, String local) {
        return Clock.fixed(LocalDateTime.parse(local).atZone(zone).toInstant(), zone);
    }

    /** Settings as a person would write them in the "schedule" part of settings.json; the rest are defaults. */
    static ScheduleSettings settings(String json) {
        try {
            return new Json().mapper().readValue(json, ScheduleSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A local time in {@code zone} as an offset date-time. */
    static OffsetDateTime at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toOffsetDateTime();
    }

    /** A time as the tests write it: "2026-11-24T09:00-06:00". */
    static String iso(ZonedDateTime t) {
        return t == null ? null : t.toOffsetDateTime().toString();
    }
}
