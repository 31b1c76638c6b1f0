// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Text;
import app.afterword.core.store.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The follow-up timeline rules (T1–T5, F1–F8 of the etiquette table) as pure functions: the plan of one interview,
 * the agenda across interviews, timing advice for a send, and the history changes that "mark sent", "replied" and
 * "closed" make. No files, no threads, no screen: the time comes from a {@link Clock}, every number from
 * {@link ScheduleSettings}, and each window is computed in the interviewers' time zone with its business days and
 * hours, so the CLI, the UI and the tests all get the same answer.
 */
public final class Timeline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ScheduleSettings settings;

    /** A timeline under {@code settings}. */
    public Timeline(ScheduleSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    /** The settings in use. */
    public ScheduleSettings settings() {
        return settings;
    }

    /**
     * The interview's workspace id, or, for a file that is not in a workspace, an id made from its company, role and
     * date: the same file always gets the same id, so calendar events keep their UIDs between exports.
     */
    public static String idOf(Interview interview) {
        return interview.id() != null ? interview.id()
            : Ids.slug(interview.company() + " " + interview.role() + " " + interview.start().toLocalDate());
    }

    // ---------------------------------------------------------------------------------------------- the windows

    /** Every window of one interview, before states are assigned. */
    private record Windows(BusinessCalendar cal, ZonedDateTime end, ZonedDateTime thankYouEarliest,
                           ZonedDateTime thankYouLatest, ZonedDateTime thankYouHard, ZonedDateTime thankYouTarget,
                           ZonedDateTime thankYouDeadline, boolean sameDay, ZonedDateTime followUp1Earliest,
                           ZonedDateTime followUp1Latest, boolean gapApplied, ZonedDateTime followUp1Base,
                           ZonedDateTime followUp2Earliest, ZonedDateTime followUp2Latest, ZonedDateTime closeBase,
                           ZonedDateTime closeEarliest, ZonedDateTime closeLatest) {
    }

    private Windows windows(Interview interview, Progress progress, ZoneId zone) {
        BusinessCalendar cal = new BusinessCalendar(zone, settings);
        ZonedDateTime end = end(interview, zone);

        // T1-T4: an hour after the end, in business hours; the same business day or before the morning cutoff of
        // the next one; a late or Friday-evening interview moves to the next business morning, not the weekend.
        ZonedDateTime notBefore = end.plusMinutes(settings.thankYouEarliestMinutes());
        ZonedDateTime tyEarliest = cal.nextBusinessMoment(notBefore);
        boolean sameDay = tyEarliest.toLocalDate().equals(end.toLocalDate());
        ZonedDateTime tyLatest = sameDay ? cal.morningCutoff(cal.nextBusinessDay(tyEarliest.toLocalDate()))
            : cal.morningCutoff(tyEarliest.toLocalDate());
        ZonedDateTime hard = end.plusHours(settings.thankYouDeadlineHours());
        ZonedDateTime target = end.plusHours(settings.thankYouTargetHours());
        ZonedDateTime deadline = latest(tyLatest, cal.previousBusinessClose(hard));

        // F2/F3: after the decision date plus a buffer, or some business days after the interview; F4: never within
        // a day of the thank-you.
        LocalDate anchor = interview.decisionBy() != null ? interview.decisionBy() : end.toLocalDate();
        int min = interview.decisionBy() != null ? settings.decisionBufferMinDays() : settings.noDecisionMinDays();
        int max = interview.decisionBy() != null ? settings.decisionBufferMaxDays() : settings.noDecisionMaxDays();
        ZonedDateTime f1Earliest = cal.opening(cal.plusBusinessDays(anchor, min));
        ZonedDateTime f1Latest = cal.closing(cal.plusBusinessDays(anchor, max));
        ZonedDateTime thanked = progress.lastSent(Step.THANK_YOU).map(t -> t.atZoneSameInstant(zone))
            .orElse(tyEarliest);
        ZonedDateTime gapEnd = cal.nextBusinessMoment(thanked.plusHours(settings.followUpGapHours()));
        boolean gapApplied = false;
        if (f1Earliest.isBefore(gapEnd)) {
            gapApplied = true;
            f1Earliest = gapEnd;
            f1Latest = latest(f1Latest, cal.closing(cal.plusBusinessDays(gapEnd.toLocalDate(), max - min)));
        }

        // F5: the second follow-up some business days after the first one (as sent, or as planned).
        ZonedDateTime f1Base = progress.lastSent(Step.FOLLOW_UP_1).map(t -> t.atZoneSameInstant(zone))
            .orElse(f1Earliest);
        ZonedDateTime f2Earliest = cal.opening(cal.plusBusinessDays(f1Base.toLocalDate(),
            settings.secondFollowUpMinDays()));
        ZonedDateTime f2Latest = cal.closing(cal.plusBusinessDays(f1Base.toLocalDate(),
            settings.secondFollowUpMaxDays()));

        // Then stop: close some business days after the last follow-up the settings allow.
        ZonedDateTime closeBase;
        if (settings.maxFollowUps() >= 2) {
            closeBase = progress.lastSent(Step.FOLLOW_UP_2).map(t -> t.atZoneSameInstant(zone)).orElse(f2Earliest);
        } else if (settings.maxFollowUps() == 1) {
            closeBase = f1Base;
        } else {
            closeBase = f1Earliest;
        }
        ZonedDateTime closeEarliest = cal.opening(cal.plusBusinessDays(closeBase.toLocalDate(),
            settings.closeAfterMinDays()));
        ZonedDateTime closeLatest = cal.closing(cal.plusBusinessDays(closeBase.toLocalDate(),
            settings.closeAfterMaxDays()));
        return new Windows(cal, end, tyEarliest, tyLatest, hard, target, deadline, sameDay, f1Earliest, f1Latest,
            gapApplied, f1Base, f2Earliest, f2Latest, closeBase, closeEarliest, closeLatest);
    }

    /** When the interview ended; a file without an end time is taken to last the assumed length. */
    private ZonedDateTime end(Interview interview, ZoneId zone) {
        return interview.end() != null ? interview.end().atZoneSameInstant(zone)
            : interview.start().atZoneSameInstant(zone).plusMinutes(settings.assumedInterviewMinutes());
    }

    private static ZonedDateTime latest(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------------------------------------- the plan

    /**
     * The plan of one interview as of the clock's instant. Windows are in the interviewers' zone (the clock's zone
     * when the interview names none); "due" means the window is open now or opens later today in the clock's zone.
     *
     * @param progress the interview's history; null for none
     */
    public Plan plan(Interview interview, Progress progress, Clock clock) {
        String id = idOf(interview);
        Progress p = progress == null ? Progress.empty(id) : progress;
        ZoneId userZone = clock.getZone();
        ZoneId zone = interview.zoneOr(userZone);
        Instant now = clock.instant();
        Windows w = windows(interview, p, zone);
        Status status = p.status(interview);
        List<PlannedStep> steps = List.of(thankYou(interview, p, w, now, userZone),
            followUp1(interview, p, w, now, userZone), followUp2(interview, p, w, now, userZone),
            close(interview, p, w, now, userZone));
        return new Plan(interview, id, zone, status, now, p.events().size(), steps);
    }

    private PlannedStep thankYou(Interview interview, Progress p, Windows w, Instant now, ZoneId userZone) {
        List<String> unthanked = p.unthanked(interview);
        boolean anyThanked = unthanked.size() < interview.interviewedBy().size();
        boolean movedOn = p.wasSent(Step.FOLLOW_UP_1) || p.wasSent(Step.FOLLOW_UP_2) || p.wasSent(Step.CLOSE);
        List<String> notes = new ArrayList<>();
        LocalDate endDate = w.end().toLocalDate();
        if (interview.decisionBy() != null
            && !interview.decisionBy().isAfter(endDate.plusDays(settings.cardDecisionDays()))) {
            notes.add("They expect to decide by " + DAY.format(interview.decisionBy()) + ", within "
                + settings.cardDecisionDays() + " days: send the e-mail first, because a mailed card may arrive after "
                + "the decision (T5).");
        } else {
            notes.add("If you also send a handwritten card, post it the same day so it arrives while they are still "
                + "deciding (T5).");
        }
        String action = "Send each interviewer a thank-you note of their own, never one group e-mail: "
            + String.join(", ", unthanked.isEmpty() ? names(interview) : unthanked) + ".";
        StepState state;
        String reason;
        OffsetDateTime doneAt = p.lastSent(Step.THANK_YOU).orElse(null);
        Optional<ProgressEvent> closed = p.closing();
        if (unthanked.isEmpty() || (movedOn || closed.isPresent()) && anyThanked) {
            state = StepState.DONE;
            reason = "Sent " + when(doneAt, w.cal().zone())
                + (unthanked.isEmpty() ? " to everyone." : "; not recorded for " + String.join(", ", unthanked) + ".");
        } else if (closed.isPresent()) {
            state = StepState.SKIPPED;
            reason = closedReason(closed.get(), w.cal().zone());
        } else if (movedOn) {
            state = StepState.SKIPPED;
            reason = "No thank-you was recorded and the follow-ups have started.";
        } else {
            state = timeState(w.thankYouEarliest(), w.thankYouLatest(), now, userZone);
            reason = thankYouReason(w, state, now);
        }
        return new PlannedStep(Step.THANK_YOU, state, w.thankYouEarliest(), w.thankYouLatest(), w.thankYouDeadline(),
            Step.THANK_YOU.template(), action, reason, unthanked, notes, doneAt);
    }

    private String thankYouReason(Windows w, StepState state, Instant now) {
        String hours = settings.thankYouDeadlineHours() + "-hour";
        if (state == StepState.OVERDUE) {
            if (now.isAfter(w.thankYouHard().toInstant())) {
                return "The best window closed at " + DAY_TIME.format(w.thankYouLatest()) + ", and the " + hours
                    + " mark passed at " + DAY_TIME.format(w.thankYouHard()) + ". A late note is still better than "
                    + "none: keep it short and send it during their business hours (T1).";
            }
            return "The best window closed at " + DAY_TIME.format(w.thankYouLatest()) + ". Send it as soon as you "
                + "can, inside their business hours, and by " + DAY_TIME.format(w.thankYouDeadline())
                + " at the latest (T1).";
        }
        // the moment to send by is the window's end, which every screen shows beside this reason; a second, later
        // deadline here would read as a contradiction, so it is named only once the window has closed
        String ended = "The interview ended " + DAY_TIME.format(w.end()) + ". ";
        LocalDate earliestDay = w.thankYouEarliest().toLocalDate();
        if (w.sameDay()) {
            LocalDate next = w.cal().nextBusinessDay(earliestDay);
            String later = ChronoUnit.DAYS.between(earliestDay, next) > 1
                ? " Anything later waits for " + DAY.format(next) + " morning rather than the weekend or a holiday "
                + "(T4)."
                : "";
            return ended + "Wait about " + waitText() + " so the note does not read as pre-written (T2), then send it "
                + "the same business day or before " + TIME.format(w.thankYouLatest()) + " the next, while the "
                + "conversation is fresh (T1, T3)." + later;
        }
        boolean skipsDays = ChronoUnit.DAYS.between(w.end().toLocalDate(), earliestDay) > 1;
        return ended + "Too late for a note inside today's business hours, so schedule it for "
            + DAY_TIME.format(w.thankYouEarliest()) + "–" + TIME.format(w.thankYouLatest()) + ", the start of the next "
            + "business day" + (skipsDays ? ", rather than over the weekend or a holiday (T3, T4)." : " (T3).");
    }

    private String waitText() {
        int m = settings.thankYouEarliestMinutes();
        if (m % 60 == 0) {
            return m == 60 ? "an hour" : m / 60 + " hours";
        }
        return m + " minutes";
    }

    private PlannedStep followUp1(Interview interview, Progress p, Windows w, Instant now, ZoneId userZone) {
        List<String> notes = new ArrayList<>();
        if (interview.decisionBy() == null) {
            notes.add("No decision date was given. If you speak with them again, ask when they expect to decide; "
                + "the first follow-up then moves to " + range(settings.decisionBufferMinDays(),
                settings.decisionBufferMaxDays()) + " business days after that date (F1).");
        }
        String action = "Send one short status check to your main contact, " + interview.contactPerson().name()
            + ": who you are (role and interview date), "
            + "that you are still interested, where they are in the process, and an offer of anything they need "
            + "(F7).";
        String reason;
        if (interview.decisionBy() != null) {
            reason = "They planned to decide by " + DAY.format(interview.decisionBy()) + ". Checking in "
                + range(settings.decisionBufferMinDays(), settings.decisionBufferMaxDays())
                + " business days after that date is polite rather than pushy; earlier looks impatient (F2).";
        } else {
            reason = "With no decision date, the usual wait is " + range(settings.noDecisionMinDays(),
                settings.noDecisionMaxDays()) + " business days after the interview before asking where things stand "
                + "(F3).";
        }
        if (w.gapApplied()) {
            reason += " Not within " + settings.followUpGapHours() + " hours of your thank-you (F4).";
        }
        return followUp(Step.FOLLOW_UP_1, 1, p, w, now, userZone, w.followUp1Earliest(), w.followUp1Latest(), action,
            reason, notes);
    }

    private PlannedStep followUp2(Interview interview, Progress p, Windows w, Instant now, ZoneId userZone) {
        List<String> notes = new ArrayList<>();
        if (!interview.ideas().isEmpty()) {
            notes.add("Something to offer, from your notes: \"" + interview.ideas().get(0) + "\" (F6).");
        } else if (!interview.clarifications().isEmpty()) {
            notes.add("Something to clarify, from your notes: \"" + interview.clarifications().get(0) + "\" (F6).");
        } else {
            notes.add("Your interview lists no ideas or clarifications yet. Add one (an article, a work sample, an "
                + "update on your side) before drafting this note, so it is more than a reminder (F6).");
        }
        String action = "Send a second follow-up that differs from the first and adds value: an idea, a clarification "
            + "or a relevant update.";
        String since = p.lastSent(Step.FOLLOW_UP_1).map(t -> " (" + DAY.format(t.atZoneSameInstant(w.cal().zone()))
            + ")").orElse("");
        String reason = "If the first follow-up" + since + " gets no answer, one more note "
            + range(settings.secondFollowUpMinDays(), settings.secondFollowUpMaxDays()) + " business days later is "
            + "fine, as long as it brings something new rather than just checking in (F5, F6).";
        return followUp(Step.FOLLOW_UP_2, 2, p, w, now, userZone, w.followUp2Earliest(), w.followUp2Latest(), action,
            reason, notes);
    }

    private PlannedStep followUp(Step step, int number, Progress p, Windows w, Instant now, ZoneId userZone,
                                 ZonedDateTime earliest, ZonedDateTime latest, String action, String reason,
                                 List<String> notes) {
        StepState state;
        String why = reason;
        OffsetDateTime doneAt = p.lastSent(step).orElse(null);
        Optional<ProgressEvent> closed = p.closing();
        Optional<ProgressEvent> reply = p.firstReply();
        if (doneAt != null) {
            state = StepState.DONE;
            why = "Sent " + when(doneAt, w.cal().zone()) + ".";
        } else if (closed.isPresent()) {
            state = StepState.SKIPPED;
            why = closedReason(closed.get(), w.cal().zone());
        } else if (reply.isPresent()) {
            state = StepState.SKIPPED;
            why = "They replied " + when(reply.get().at(), w.cal().zone()) + ": answer that message instead of "
                + "following up.";
        } else if (settings.maxFollowUps() < number) {
            state = StepState.SKIPPED;
            why = "Turned off: your settings allow " + followUps(settings.maxFollowUps()) + ".";
        } else {
            state = timeState(earliest, latest, now, userZone);
        }
        return new PlannedStep(step, state, earliest, latest, null, step.template(), action, why,
            p.sent(step).stream().map(ProgressEvent::recipient).filter(Objects::nonNull).distinct().toList(), notes,
            doneAt);
    }

    private PlannedStep close(Interview interview, Progress p, Windows w, Instant now, ZoneId userZone) {
        List<String> notes = new ArrayList<>();
        if (settings.decisionNoticeDays() != null) {
            LocalDate due = w.end().toLocalDate().plusDays(settings.decisionNoticeDays());
            notes.add("Where a local rule obliges employers to tell interviewed candidates about a decision within "
                + settings.decisionNoticeDays() + " days of the last interview, that is " + DAY.format(due) + " "
                + due.getYear() + ". Check the rule that applies to you (F8).");
        }
        String action = "Mark the application closed as \"no answer\" and, if you like, send a brief note that closes "
            + "the loop and leaves the door open.";
        StepState state;
        String reason;
        OffsetDateTime doneAt = null;
        Optional<ProgressEvent> closed = p.closing();
        Optional<ProgressEvent> reply = p.firstReply();
        if (closed.isPresent()) {
            state = StepState.DONE;
            doneAt = closed.get().at();
            reason = closedReason(closed.get(), w.cal().zone());
        } else if (reply.isPresent()) {
            state = StepState.WAITING;
            reason = "They replied " + when(reply.get().at(), w.cal().zone()) + ". When you know how it ended, mark "
                + "it closed: offer, rejected or withdrawn.";
        } else {
            state = timeState(w.closeEarliest(), w.closeLatest(), now, userZone);
            int n = settings.maxFollowUps();
            reason = (n == 0 ? "With follow-ups turned off, there is nothing more to send"
                : "After " + followUps(n) + " without an answer, stop here")
                + ": more messages would read as pressure. Close it and put your energy into other openings (F5).";
        }
        return new PlannedStep(Step.CLOSE, state, w.closeEarliest(), w.closeLatest(), null, Step.CLOSE.template(),
            action, reason, List.of(), notes, doneAt);
    }

    private static StepState timeState(ZonedDateTime earliest, ZonedDateTime latest, Instant now, ZoneId userZone) {
        if (now.isAfter(latest.toInstant())) {
            return StepState.OVERDUE;
        }
        LocalDate today = LocalDate.ofInstant(now, userZone);
        return earliest.withZoneSameInstant(userZone).toLocalDate().isAfter(today) ? StepState.UPCOMING
            : StepState.DUE;
    }

    private static String closedReason(ProgressEvent closed, ZoneId zone) {
        return "Closed (" + closed.outcome().id() + ") " + when(closed.at(), zone) + ".";
    }

    private static String when(OffsetDateTime t, ZoneId zone) {
        return t == null ? "" : "on " + DAY_TIME.format(t.atZoneSameInstant(zone));
    }

    private static String when(OffsetDateTime t, Interview interview) {
        return when(t, interview.timeZone() != null ? interview.timeZone() : t.getOffset());
    }

    private static String range(int min, int max) {
        return min == max ? String.valueOf(min) : min + "–" + max;
    }

    private static String followUps(int n) {
        return n == 1 ? "1 follow-up" : n + " follow-ups";
    }

    /** The people who get a thank-you of their own. */
    private static List<String> names(Interview interview) {
        return interview.interviewedBy().stream().map(Interviewer::name).toList();
    }

    // ---------------------------------------------------------------------------------------------- the agenda

    /**
     * The agenda across {@code interviews} as of the clock's instant: each open interview's next step, sorted into
     * overdue, due today and upcoming ("today" in the clock's zone, which is the user's). The sample interview a
     * first start adds is left out: nothing is due for it.
     *
     * @param progressOf the history of an interview id (null or empty when there is none)
     */
    public Agenda agenda(Collection<Interview> interviews, Function<String, Progress> progressOf, Clock clock) {
        List<AgendaItem> overdue = new ArrayList<>();
        List<AgendaItem> today = new ArrayList<>();
        List<AgendaItem> upcoming = new ArrayList<>();
        for (Interview interview : interviews) {
            if (interview.sample()) {
                continue;
            }
            Plan plan = plan(interview, progressOf.apply(idOf(interview)), clock);
            plan.next().ifPresent(s -> {
                AgendaItem item = AgendaItem.of(plan, s);
                switch (s.state()) {
                    case OVERDUE:
                        overdue.add(item);
                        break;
                    case DUE:
                        today.add(item);
                        break;
                    default:
                        upcoming.add(item);
                        break;
                }
            });
        }
        Comparator<AgendaItem> byId = Comparator.comparing(AgendaItem::interviewId);
        overdue.sort(Comparator.comparing((AgendaItem i) -> i.latest().toInstant()).thenComparing(byId));
        today.sort(Comparator.comparing((AgendaItem i) -> i.earliest().toInstant()).thenComparing(byId));
        upcoming.sort(Comparator.comparing((AgendaItem i) -> i.earliest().toInstant()).thenComparing(byId));
        return new Agenda(clock.instant(), clock.getZone(), overdue, today, upcoming);
    }

    // ---------------------------------------------------------------------------------------------- advice

    /**
     * Timing advice for sending the {@code step} note at {@code at}: too soon after the interview (T2), outside
     * business hours or at the weekend (T3, T4), late or past the deadline (T1), a follow-up too early (F2–F5).
     *
     * @param progress the history before this send
     */
    public List<Advice> assess(Interview interview, Progress progress, Step step, OffsetDateTime at, ZoneId userZone) {
        Progress p = progress == null ? Progress.empty(idOf(interview)) : progress;
        ZoneId zone = interview.zoneOr(userZone);
        Windows w = windows(interview, p, zone);
        ZonedDateTime t = at.atZoneSameInstant(zone);
        List<Advice> out = new ArrayList<>();
        if (step != Step.CLOSE && !w.cal().isBusinessHours(t)) {
            out.add(outsideHours(w.cal(), t));
        }
        switch (step) {
            case THANK_YOU:
                long minutes = Duration.between(w.end(), t).toMinutes();
                if (minutes < settings.thankYouEarliestMinutes()) {
                    out.add(new Advice("T2", Advice.Level.WARNING, (minutes < 0 ? "Sent before the interview ended"
                        : "Sent " + minutes + " minutes after the interview ended") + "; waiting at least "
                        + waitText() + " keeps a note from reading as pre-written."));
                }
                if (t.isAfter(w.thankYouHard()) && t.isAfter(w.thankYouLatest())) {
                    out.add(new Advice("T1", Advice.Level.ERROR, "Sent more than " + settings.thankYouDeadlineHours()
                        + " hours after the interview. Next time, aim for the same day or the next morning."));
                } else if (t.isAfter(w.thankYouTarget()) && t.isAfter(w.thankYouLatest())) {
                    out.add(new Advice("T1", Advice.Level.WARNING, "Sent more than " + settings.thankYouTargetHours()
                        + " hours after the interview; the sooner, the fresher you are in their mind."));
                }
                break;
            case FOLLOW_UP_1:
                if (t.isBefore(w.followUp1Earliest())) {
                    boolean gap = w.gapApplied() && p.wasSent(Step.THANK_YOU)
                        && t.isBefore(p.lastSent(Step.THANK_YOU).get().atZoneSameInstant(zone)
                        .plusHours(settings.followUpGapHours()));
                    String rule = gap ? "F4" : interview.decisionBy() != null ? "F2" : "F3";
                    out.add(new Advice(rule, Advice.Level.WARNING, "Earlier than the plan (" + DAY_TIME.format(
                        w.followUp1Earliest()) + ")" + (gap ? ": within " + settings.followUpGapHours()
                        + " hours of the thank-you." : interview.decisionBy() != null
                        ? ": their decision date (" + DAY.format(interview.decisionBy()) + ") plus a buffer has not "
                        + "passed yet." : ": give them " + range(settings.noDecisionMinDays(),
                        settings.noDecisionMaxDays()) + " business days first.")));
                }
                followUpAdvice(p, t, out);
                break;
            case FOLLOW_UP_2:
                if (!p.wasSent(Step.FOLLOW_UP_1)) {
                    out.add(new Advice("F5", Advice.Level.WARNING, "No first follow-up is recorded; this one counts "
                        + "as the second."));
                } else if (t.isBefore(w.followUp2Earliest())) {
                    out.add(new Advice("F5", Advice.Level.WARNING, "Less than " + settings.secondFollowUpMinDays()
                        + " business days after the first follow-up; space them about a week apart."));
                }
                if (settings.maxFollowUps() < 2) {
                    out.add(new Advice("F5", Advice.Level.ERROR, "More follow-ups than your limit of "
                        + followUps(settings.maxFollowUps()) + "."));
                }
                out.add(new Advice("F6", Advice.Level.TIP, "Make sure it adds something the first did not: an idea, a "
                    + "clarification or an update."));
                followUpAdvice(p, t, out);
                break;
            default:
                break;
        }
        return List.copyOf(out);
    }

    private static void followUpAdvice(Progress p, ZonedDateTime t, List<Advice> out) {
        Optional<ProgressEvent> reply = p.firstReply();
        if (reply.isPresent() && !t.toInstant().isBefore(reply.get().at().toInstant())) {
            out.add(new Advice("F5", Advice.Level.WARNING, "They had already replied; answer their message rather "
                + "than sending a follow-up."));
        }
    }

    private Advice outsideHours(BusinessCalendar cal, ZonedDateTime t) {
        LocalDate d = t.toLocalDate();
        String next = DAY_TIME.format(cal.nextBusinessMoment(t));
        String zone = " (" + cal.zone().getId() + ")";
        if (cal.isHoliday(d)) {
            return new Advice("T3", Advice.Level.WARNING, DAY.format(d) + " is a public holiday on your list"
                + zone + "; schedule it for " + next + ".");
        }
        if (!cal.isBusinessDay(d)) {
            return new Advice("T4", Advice.Level.WARNING, DAY_TIME.format(t) + zone + " falls on their weekend; "
                + "schedule it for " + next + " rather than letting it sit in the inbox.");
        }
        return new Advice("T3", Advice.Level.WARNING, TIME.format(t) + zone + " is outside their business hours ("
            + TIME.format(settings.businessDayStart()) + "–" + TIME.format(settings.businessDayEnd())
            + "); schedule it for " + next + ".");
    }

    // ---------------------------------------------------------------------------------------------- recording

    /**
     * The step a "sent" note counts for when the user does not say: the thank-you while interviewers are waiting for
     * one, then each follow-up the settings allow, then the close-the-loop note.
     *
     * @param recipient who the note went to, or null
     * @throws TimelineException when the application is closed or they replied (the follow-ups have ended)
     */
    public Step nextStep(Interview interview, Progress progress, String recipient) throws TimelineException {
        Optional<ProgressEvent> closed = progress.closing();
        if (closed.isPresent()) {
            throw new TimelineException("This application was closed (" + closed.get().outcome().id() + ") "
                + when(closed.get().at(), interview) + "; nothing more is planned.");
        }
        List<String> unthanked = progress.unthanked(interview);
        boolean followedUp = progress.wasSent(Step.FOLLOW_UP_1) || progress.wasSent(Step.FOLLOW_UP_2);
        if (unthanked.size() == interview.interviewedBy().size() && !followedUp) {
            return Step.THANK_YOU;
        }
        if (!followedUp && !unthanked.isEmpty()
            && (recipient == null || interviewer(interview, recipient).map(i -> unthanked.contains(i.name()))
            .orElse(false))) {
            return Step.THANK_YOU;
        }
        Optional<ProgressEvent> reply = progress.firstReply();
        if (reply.isPresent()) {
            throw new TimelineException("They replied " + when(reply.get().at(), interview)
                + ", so the follow-ups have ended. Answer their message; record how it ended when you know.");
        }
        if (settings.maxFollowUps() >= 1 && !progress.wasSent(Step.FOLLOW_UP_1)) {
            return Step.FOLLOW_UP_1;
        }
        if (settings.maxFollowUps() >= 2 && !progress.wasSent(Step.FOLLOW_UP_2)) {
            return Step.FOLLOW_UP_2;
        }
        return Step.CLOSE;
    }

    /**
     * Records a sent note. For the thank-you, the recipient must be one of the interviewers; with none given, every
     * interviewer still waiting counts as sent. The close-the-loop note also closes the application as "no answer".
     *
     * @param step      the step, or null to take {@link #nextStep}
     * @param recipient who it went to, or null
     * @param at        when it was sent
     * @throws TimelineException when the change does not make sense (closed, already sent, unknown interviewer)
     */
    public Recorded recordSent(Interview interview, Progress progress, Step step, String recipient, OffsetDateTime at,
                               ZoneId userZone) throws TimelineException {
        checkTime(interview, at);
        Progress p = progress;
        Optional<ProgressEvent> closed = p.closing();
        if (closed.isPresent()) {
            throw new TimelineException("This application was closed (" + closed.get().outcome().id() + ") "
                + when(closed.get().at(), interview) + "; a note after the close is not tracked.");
        }
        Step s = step != null ? step : nextStep(interview, p, recipient);
        List<Advice> advice = assess(interview, p, s, at, userZone);
        List<String> recipients;
        if (s == Step.THANK_YOU) {
            if (recipient != null) {
                Interviewer who = interviewer(interview, recipient).orElseThrow(() -> new TimelineException("'"
                    + recipient + "' is not one of the interviewers (" + String.join(", ", interview.interviewers()
                    .stream().map(Interviewer::name).toList())
                    + "). Thank-you notes are tracked per interviewer; check the spelling."));
                if (p.thanked(who.name())) {
                    throw new TimelineException("The thank-you to " + who.name() + " is already recorded as sent.");
                }
                recipients = List.of(who.name());
            } else {
                recipients = p.unthanked(interview);
                if (recipients.isEmpty()) {
                    throw new TimelineException("Every interviewer's thank-you is already recorded as sent.");
                }
            }
        } else {
            recipients = recipient == null ? List.of()
                : List.of(interviewer(interview, recipient).map(Interviewer::name).orElse(recipient.strip()));
            String who = recipients.isEmpty() ? null : recipients.get(0);
            Optional<ProgressEvent> same = p.sent(s).stream().filter(e -> who == null ? e.recipient() == null
                : e.recipient() != null && Text.sameName(e.recipient(), who)).findFirst();
            if (same.isPresent()) {
                throw new TimelineException("The " + s.title().toLowerCase(Locale.ROOT)
                    + (who == null ? "" : " to " + who) + " is already recorded as sent " + when(same.get().at(),
                    interview) + (s.isFollowUp() ? "; another one would be more than two follow-ups (F5)." : "."));
            }
        }
        if (recipients.isEmpty()) {
            p = p.with(ProgressEvent.sent(s, null, at));
        } else {
            for (String r : recipients) {
                p = p.with(ProgressEvent.sent(s, r, at));
            }
        }
        if (s == Step.CLOSE) {
            p = p.with(ProgressEvent.closed(Outcome.NO_ANSWER, at));
        }
        return new Recorded(p, s, recipients, advice);
    }

    /** Records a reply; a reply ends the follow-ups. */
    public Recorded recordReplied(Interview interview, Progress progress, String from, OffsetDateTime at)
        throws TimelineException {
        checkTime(interview, at);
        refuseClosed(interview, progress, "a reply");
        String who = from == null ? null : interviewer(interview, from).map(Interviewer::name).orElse(from.strip());
        return new Recorded(progress.with(ProgressEvent.replied(who, at)), null, who == null ? List.of()
            : List.of(who), List.of());
    }

    /** Records the end of the application. */
    public Recorded recordClosed(Interview interview, Progress progress, Outcome outcome, OffsetDateTime at)
        throws TimelineException {
        checkTime(interview, at);
        if (outcome == null) {
            throw new TimelineException("Say how it ended: offer, rejected, no-answer or withdrawn.");
        }
        refuseClosed(interview, progress, "another close");
        return new Recorded(progress.with(ProgressEvent.closed(outcome, at)), null, List.of(), List.of());
    }

    /** Records a drafted note (step and recipient may be null). */
    public Recorded recordDrafted(Interview interview, Progress progress, Step step, String recipient,
                                  OffsetDateTime at) throws TimelineException {
        checkTime(interview, at);
        String who = recipient == null ? null
            : interviewer(interview, recipient).map(Interviewer::name).orElse(recipient.strip());
        return new Recorded(progress.with(ProgressEvent.drafted(step, who, at)), step,
            who == null ? List.of() : List.of(who), List.of());
    }

    /** Records an exported note ({@code format}: "eml", "pdf", "clipboard"...). */
    public Recorded recordExported(Interview interview, Progress progress, Step step, String recipient, String format,
                                   OffsetDateTime at) throws TimelineException {
        checkTime(interview, at);
        String who = recipient == null ? null
            : interviewer(interview, recipient).map(Interviewer::name).orElse(recipient.strip());
        return new Recorded(progress.with(ProgressEvent.exported(step, who, format, at)), step,
            who == null ? List.of() : List.of(who), List.of());
    }

    /**
     * The interviewer a typed name means: the same name (case ignored), or else the only interviewer with that first
     * name ("Priya" for "Priya Raman-Iyer").
     */
    public static Optional<Interviewer> interviewer(Interview interview, String name) {
        Optional<Interviewer> exact = interview.interviewer(name);
        if (exact.isPresent() || name == null) {
            return exact;
        }
        List<Interviewer> byFirst = interview.interviewers().stream()
            .filter(i -> Text.sameName(i.firstName(), name)).toList();
        return byFirst.size() == 1 ? Optional.of(byFirst.get(0)) : Optional.empty();
    }

    private static void refuseClosed(Interview interview, Progress progress, String what) throws TimelineException {
        Optional<ProgressEvent> closed = progress.closing();
        if (closed.isPresent()) {
            throw new TimelineException("This application was already closed (" + closed.get().outcome().id() + ") "
                + when(closed.get().at(), interview) + "; " + what + " is not recorded.");
        }
    }

    private static void checkTime(Interview interview, OffsetDateTime at) throws TimelineException {
        if (at == null) {
            throw new TimelineException("The time is missing.");
        }
        if (at.isBefore(interview.start())) {
            throw new TimelineException("That time (" + at + ") is before the interview started ("
                + interview.start() + "); check the date.");
        }
    }
}
