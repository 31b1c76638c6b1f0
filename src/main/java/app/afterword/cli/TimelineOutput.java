// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.schedule.Agenda;
import app.afterword.core.schedule.AgendaItem;
import app.afterword.core.schedule.CalendarExport;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.PlannedStep;
import app.afterword.core.schedule.RecipientStatus;
import app.afterword.core.schedule.ScheduleSettings;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How plans and agendas look on the command line, as text for people and JSON for programs, and the .ics file. */
final class TimelineOutput {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private TimelineOutput() {
    }

    static String iso(ZonedDateTime t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    /** "Tue 24 Nov 12:30" in the zone of {@code t}. */
    static String when(ZonedDateTime t) {
        return DAY_TIME.format(t);
    }

    /** "Tue 24 Nov 12:30 → Wed 25 Nov 09:00", shortened when both are on one day. */
    static String window(ZonedDateTime from, ZonedDateTime to) {
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY_TIME.format(from) + "–" + TIME.format(to);
        }
        return DAY_TIME.format(from) + " → " + DAY_TIME.format(to);
    }

    private static String yours(ZonedDateTime from, ZonedDateTime to, ZoneId user) {
        if (from.getZone().normalized().equals(user.normalized())) {
            return "";
        }
        return "   [your time: " + window(from.withZoneSameInstant(user), to.withZoneSameInstant(user)) + "]";
    }

    // ------------------------------------------------------------------------------------------------ plan

    static void planText(PrintWriter out, Plan plan, List<RecipientStatus> people, ZoneId user) {
        var i = plan.interview();
        ZonedDateTime start = i.start().atZoneSameInstant(plan.zone());
        ZonedDateTime end = i.endOrStart().atZoneSameInstant(plan.zone());
        out.println(i.company() + " — " + i.role() + " (" + plan.interviewId() + ")");
        out.println("Interview: " + FULL.format(start) + (end.equals(start) ? "" : "–" + TIME.format(end)) + " "
            + plan.zone().getId());
        out.println("Status:    " + plan.status().label());
        for (RecipientStatus p : people) {
            List<String> parts = new ArrayList<>();
            if (p.lastStep() != null) {
                parts.add(p.lastStep().id() + " sent " + when(p.sentAt().atZoneSameInstant(plan.zone())));
            }
            if (p.repliedAt() != null) {
                parts.add("replied " + when(p.repliedAt().atZoneSameInstant(plan.zone())));
            }
            out.println("  " + p.name() + ": " + (parts.isEmpty() ? p.state().label() : String.join("; ", parts)));
        }
        out.print("Times are the interviewers' (" + plan.zone().getId() + ")");
        out.println(plan.zone().normalized().equals(user.normalized()) ? "."
            : "; your time (" + user.getId() + ") in brackets.");
        int n = 1;
        for (PlannedStep s : plan.steps()) {
            out.println();
            out.println(n++ + ". " + s.step().title() + " — " + s.state().id().toUpperCase(Locale.ROOT));
            out.println("   When:      " + window(s.earliest(), s.latest()) + yours(s.earliest(), s.latest(), user));
            if (s.deadline() != null) {
                out.println("   Deadline:  " + when(s.deadline()));
            }
            if (s.doneAt() != null) {
                out.println("   Done:      " + when(s.doneAt().atZoneSameInstant(plan.zone())));
            }
            if (!s.recipients().isEmpty()) {
                out.println("   To:        " + String.join(", ", s.recipients()));
            }
            if (s.state().open()) {
                out.println("   Do:        " + s.action());
            }
            out.println("   Why:       " + s.reason());
            out.println("   Template:  " + s.template());
            if (s.state().open()) {
                s.notes().forEach(note -> out.println("   Note:      " + note));
            }
        }
    }

    static ArrayNode planJson(CliContext c, Plan plan) {
        ArrayNode steps = c.json().mapper().createArrayNode();
        for (PlannedStep s : plan.steps()) {
            ObjectNode o = steps.addObject();
            o.put("step", s.step().id());
            o.put("status", s.state().id());
            o.put("earliest", iso(s.earliest()));
            o.put("latest", iso(s.latest()));
            o.put("deadline", iso(s.deadline()));
            o.put("template", s.template());
            o.put("action", s.action());
            o.put("reason", s.reason());
            ArrayNode to = o.putArray("recipients");
            s.recipients().forEach(to::add);
            ArrayNode notes = o.putArray("notes");
            s.notes().forEach(notes::add);
            o.put("done", s.doneAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.doneAt()));
        }
        return steps;
    }

    // ------------------------------------------------------------------------------------------------ agenda

    static void agendaText(PrintWriter out, Agenda agenda) {
        ZonedDateTime now = agenda.now().atZone(agenda.userZone());
        out.println("Agenda for " + FULL.format(now) + " (" + agenda.userZone().getId() + ")");
        section(out, "Overdue", agenda.overdue(), agenda.userZone());
        section(out, "Due today", agenda.today(), agenda.userZone());
        section(out, "Upcoming", agenda.upcoming(), agenda.userZone());
    }

    private static void section(PrintWriter out, String title, List<AgendaItem> items, ZoneId user) {
        out.println();
        out.println(title + (items.isEmpty() ? ": nothing." : ":"));
        for (AgendaItem item : items) {
            out.println("  - " + item.step().title() + ": " + item.company() + ", " + item.role() + " ("
                + item.interviewId() + ")");
            out.println("    When:      " + window(item.earliest(), item.latest()) + " " + item.earliest().getZone()
                .getId() + yours(item.earliest(), item.latest(), user));
            if (item.deadline() != null) {
                out.println("    Deadline:  " + when(item.deadline()));
            }
            out.println("    Do:        " + item.action());
            out.println("    Why now:   " + item.reason());
            out.println("    Template:  " + item.template());
        }
    }

    static ObjectNode agendaJson(CliContext c, Agenda agenda) {
        ObjectNode root = c.json().mapper().createObjectNode();
        root.put("now", iso(agenda.now().atZone(agenda.userZone())));
        root.put("zone", agenda.userZone().getId());
        items(root.putArray("overdue"), agenda.overdue());
        items(root.putArray("today"), agenda.today());
        items(root.putArray("upcoming"), agenda.upcoming());
        return root;
    }

    private static void items(ArrayNode array, List<AgendaItem> items) {
        for (AgendaItem item : items) {
            ObjectNode o = array.addObject();
            o.put("interview", item.interviewId());
            o.put("company", item.company());
            o.put("role", item.role());
            o.put("step", item.step().id());
            o.put("status", item.state().id());
            o.put("earliest", iso(item.earliest()));
            o.put("latest", iso(item.latest()));
            o.put("deadline", iso(item.deadline()));
            o.put("action", item.action());
            o.put("reason", item.reason());
            o.put("template", item.template());
            ArrayNode to = o.putArray("recipients");
            item.recipients().forEach(to::add);
        }
    }

    // ------------------------------------------------------------------------------------------------ .ics

    /**
     * Writes the plans to an .ics file (atomically, as every export: never over an existing file without
     * {@code --overwrite}, the old one then kept as {@code .bak}) and says so on standard error.
     */
    static void writeIcs(CliContext c, String file, boolean overwrite, List<Plan> plans, ScheduleSettings settings,
                         Clock clock) {
        OutputFiles.target(file, "--ics");
        byte[] bytes = new CalendarExport(settings).bytes(plans, clock);
        Path path = OutputFiles.write(file, bytes, "--ics", overwrite, "--overwrite", false);
        int events = plans.stream().mapToInt(p -> p.steps().size()).sum();
        c.err().println("Wrote " + events + (events == 1 ? " calendar event" : " calendar events") + " to " + path
            + ". Importing it again later updates the same events.");
    }
}
