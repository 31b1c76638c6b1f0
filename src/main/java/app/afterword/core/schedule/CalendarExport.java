// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.UtcOffset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes plans as an iCalendar (.ics) file: one event per step, with a reminder, at the step's time in the
 * interviewers' zone (an explicit TZID with its VTIMEZONE, built from the Java time-zone rules, so no network is
 * needed). UIDs come from the interview id and the step, and SEQUENCE grows with the history, so importing a newer
 * export updates the events instead of adding copies; steps that are done or no longer needed stay in the file
 * (done, or cancelled) so the calendar learns about them too. Text is escaped and lines are folded at 75 octets as
 * RFC 5545 asks, with CRLF line ends. The sample interview a first start adds is left out: it shows how the app
 * works, and its steps have no place in a real calendar.
 */
public final class CalendarExport {

    /** The PRODID of every file. */
    public static final String PRODUCT_ID = "-//Afterword//Follow-up timeline//EN";
    /** The right-hand side of every UID; a reserved domain, so it can never clash with a real one. */
    public static final String UID_DOMAIN = "afterword.invalid";

    private static final int FOLD_OCTETS = 75;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private final ScheduleSettings settings;

    /** An exporter using the reminder and event lengths of {@code settings}. */
    public CalendarExport(ScheduleSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    /** The UID of one step's event: the same for every export of the same interview. */
    public static String uid(String interviewId, Step step) {
        return step.id() + "." + interviewId + "@" + UID_DOMAIN;
    }

    /** The plans a calendar holds: every one but the sample's. */
    public static List<Plan> exported(List<Plan> plans) {
        return plans.stream().filter(p -> !p.interview().sample()).toList();
    }

    /** The calendar as UTF-8 bytes. */
    public byte[] bytes(List<Plan> plans, Clock clock) {
        return text(plans, clock).getBytes(StandardCharsets.UTF_8);
    }

    /** The calendar text, CRLF line ends, folded. DTSTAMP is the clock's instant. The sample is left out. */
    public String text(List<Plan> all, Clock clock) {
        List<Plan> plans = exported(all);
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod("PUBLISH");
        TimezoneInfo tz = ical.getTimezoneInfo();
        Map<ZoneId, TimezoneAssignment> zones = new LinkedHashMap<>();
        Date stamp = Date.from(clock.instant());
        for (Plan plan : plans) {
            TimezoneAssignment zone = zones.computeIfAbsent(plan.zone(), z -> assignment(z, years(plans, z)));
            for (PlannedStep s : plan.steps()) {
                VEvent ev = event(plan, s, stamp);
                tz.setTimezone(ev.getDateStart(), zone);
                tz.setTimezone(ev.getDateEnd(), zone);
                ical.addEvent(ev);
            }
        }
        String raw = Biweekly.write(ical).foldLines(false).go();
        return fold(raw);
    }

    private VEvent event(Plan plan, PlannedStep s, Date stamp) {
        VEvent ev = new VEvent();
        ev.setUid(uid(plan.interviewId(), s.step()));
        ev.setDateTimeStamp(stamp);
        ev.setSequence(plan.revision());
        String subject = s.step().title() + ": " + plan.interview().company() + " (" + plan.interview().role() + ")";
        String prefix = switch (s.state()) {
            case DONE -> "Done: ";
            case SKIPPED -> "Not needed: ";
            case WAITING -> "On hold: ";
            default -> "";
        };
        ev.setSummary(prefix + subject);
        ev.setDescription(description(s));
        ev.setDateStart(new DateStart(Date.from(s.earliest().toInstant()), true));
        ev.setDateEnd(new DateEnd(Date.from(s.earliest().plusMinutes(settings.eventMinutes()).toInstant()), true));
        ev.setTransparency(true);
        boolean cancelled = s.state() == StepState.SKIPPED || s.state() == StepState.WAITING;
        ev.setStatus(cancelled ? biweekly.property.Status.cancelled() : biweekly.property.Status.confirmed());
        if (s.state().open()) {
            Trigger trigger = new Trigger(Duration.builder().prior(true).minutes(settings.reminderMinutes()).build(),
                Related.START);
            ev.addAlarm(VAlarm.display(trigger, subject));
        }
        return ev;
    }

    private static String description(PlannedStep s) {
        StringBuilder b = new StringBuilder();
        b.append(s.action()).append("\n\nWhy now: ").append(s.reason());
        b.append("\n\nWindow: ").append(WHEN.format(s.earliest())).append(" to ").append(WHEN.format(s.latest()))
            .append(" (").append(s.earliest().getZone().getId()).append(')');
        if (s.deadline() != null) {
            b.append("\nDeadline: ").append(WHEN.format(s.deadline()));
        }
        b.append("\nTemplate: ").append(s.template());
        for (String note : s.notes()) {
            b.append("\n\n").append(note);
        }
        return b.toString();
    }

    private static int[] years(List<Plan> plans, ZoneId zone) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Plan p : plans) {
            if (p.zone().equals(zone)) {
                for (PlannedStep s : p.steps()) {
                    min = Math.min(min, s.earliest().getYear());
                    max = Math.max(max, s.earliest().plusMinutes(24 * 60).getYear());
                }
            }
        }
        return new int[] {min - 1, max + 1};
    }

    // ---------------------------------------------------------------------------------------------- VTIMEZONE

    /** The TZID written for a zone: its region name, or "UTC" / "UTC+0530" for a fixed offset. */
    static String tzid(ZoneId zone) {
        ZoneId n = zone.normalized();
        if (zone instanceof ZoneOffset || !zone.getId().contains("/") && n instanceof ZoneOffset) {
            ZoneOffset o = (ZoneOffset) n;
            return o.getTotalSeconds() == 0 ? "UTC" : "UTC" + o.getId().replace(":", "");
        }
        return zone.getId();
    }

    private static TimezoneAssignment assignment(ZoneId zone, int[] years) {
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), vtimezone(zone, years[0], years[1]));
    }

    /**
     * A VTIMEZONE for {@code zone} between the start of {@code fromYear} and the end of {@code toYear}: the offset in
     * force at the start, then every transition of the Java rules in the range, each as its own observance.
     */
    static VTimezone vtimezone(ZoneId zone, int fromYear, int toYear) {
        VTimezone vt = new VTimezone(tzid(zone));
        ZoneRules rules = zone.getRules();
        Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(zone).toInstant();
        ZoneOffset first = rules.getOffset(from);
        Observance start = rules.isDaylightSavings(from) ? new DaylightSavingsTime() : new StandardTime();
        fill(start, LocalDateTime.ofInstant(from, first), first, first);
        add(vt, start);
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getInstant().isBefore(to)) {
            boolean daylight = rules.isDaylightSavings(t.getInstant());
            Observance o = daylight ? new DaylightSavingsTime() : new StandardTime();
            fill(o, t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
            add(vt, o);
            t = rules.nextTransition(t.getInstant());
        }
        return vt;
    }

    private static void fill(Observance o, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        o.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
            start.getHour(), start.getMinute(), start.getSecond(), false));
        o.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        o.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
    }

    private static void add(VTimezone vt, Observance o) {
        if (o instanceof DaylightSavingsTime d) {
            vt.addDaylightSavingsTime(d);
        } else {
            vt.addStandardTime((StandardTime) o);
        }
    }

    // ---------------------------------------------------------------------------------------------- folding

    /**
     * Folds every line longer than 75 octets (UTF-8) into a first line and continuation lines that start with one
     * space (RFC 5545 section 3.1), never splitting a character; line ends become CRLF.
     */
    static String fold(String text) {
        String[] lines = text.split("\r\n|\n", -1);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 40);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            int budget = FOLD_OCTETS;
            int used = 0;
            int k = 0;
            while (k < line.length()) {
                int cp = line.codePointAt(k);
                int octets = utf8Length(cp);
                if (used + octets > budget) {
                    out.append("\r\n ");
                    budget = FOLD_OCTETS - 1;
                    used = 0;
                }
                out.appendCodePoint(cp);
                used += octets;
                k += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
