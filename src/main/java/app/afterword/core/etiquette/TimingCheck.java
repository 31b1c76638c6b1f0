// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** T1 to T5: when the note arrives, judged on the recipient's clock. */
final class TimingCheck implements Check {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    @Override
    public void run(Note note, Findings out) {
        EtiquetteSettings s = note.settings;
        if (note.kind().thanksForInterview() && note.medium() == Medium.CARD) {
            cardTimeline(note, out);
        }
        ZonedDateTime local = note.localSend();
        if (local == null) {
            return;
        }
        if (note.kind().thanksForInterview()) {
            Duration after = Duration.between(note.interview().endOrStart(), note.ctx.sendAt());
            long minutes = after.toMinutes();
            if (after.isNegative()) {
                out.add(Rule.T2, Severity.ERROR, null, "The planned send time is before the interview ends.",
                    "A thank-you that arrives before the conversation is over can only have been written in "
                        + "advance, which undoes the point of writing one.",
                    "Plan it for at least " + s.minMinutesAfterInterview() + " minutes after the interview, e.g. "
                        + window(note, note.interview().endOrStart().atZoneSameInstant(note.ctx.zone())
                        .plusMinutes(s.minMinutesAfterInterview())) + ".");
            } else if (minutes < s.minMinutesAfterInterview()) {
                out.add(Rule.T2, Severity.WARNING, null, "It goes out " + Note.plural(minutes, "minute", "minutes")
                    + " after the interview ends.",
                    "A note that lands while they are still walking back to their desk looks pre-written; one "
                        + "sent a little later reads as a considered reply to the conversation.",
                    "Wait at least " + s.minMinutesAfterInterview() + " minutes; " + window(note,
                        note.interview().endOrStart().atZoneSameInstant(note.ctx.zone())
                            .plusMinutes(s.minMinutesAfterInterview())) + " would work.");
            }
            double hours = minutes / 60.0;
            if (hours > s.lateErrorHours()) {
                out.add(Rule.T1, Severity.ERROR, null, "It goes out " + Math.round(hours) + " hours after the "
                    + "interview, past the " + s.lateErrorHours() + "-hour mark.",
                    "By the third day the interviewers have compared notes and may have decided; a late thank-you "
                        + "misses the moment it could tip the balance and suggests low interest.",
                    "Send it as soon as you can, in business hours; a short, specific note now beats a polished "
                        + "one later.");
            } else if (hours > s.lateWarningHours()) {
                out.add(Rule.T1, Severity.WARNING, null, "It goes out " + Math.round(hours) + " hours after the "
                    + "interview; most advice says within " + s.lateWarningHours() + ".",
                    "Interviewers write up their impressions within a day; a note that arrives while they do "
                        + "keeps you fresh in their mind.",
                    "Send it earlier if you can: the same day for a morning interview, the next morning for a late "
                        + "one.");
            }
        }
        if (note.medium() == Medium.CARD) {
            return;
        }
        if (BusinessDays.isWeekend(local.toLocalDate())) {
            boolean friday = note.interview().endOrStart().atZoneSameInstant(note.ctx.zone()).getDayOfWeek()
                == DayOfWeek.FRIDAY;
            out.add(Rule.T4, Severity.WARNING, null, "It arrives on a " + day(local) + " (" + local.format(WHEN)
                + ", their time).",
                "Weekend mail sits under Monday's pile, and it can read as though you don't keep to working "
                    + "hours.",
                friday ? "For a Friday interview, send it that afternoon before " + hour(s.businessDayEndHour())
                    + ", or schedule it for " + window(note, local) + "." : "Schedule it for " + window(note, local)
                    + ".");
        } else if (!inBusinessHours(local, s)) {
            out.add(Rule.T3, Severity.WARNING, null, "It arrives at " + local.toLocalTime().withSecond(0).withNano(0)
                + " their time (" + note.ctx.zone().getId() + "), outside " + hour(s.businessDayStartHour()) + "-"
                + hour(s.businessDayEndHour()) + ".",
                "A message that arrives during the working day is read with the day's mail; one sent at night "
                    + "is buried by the morning, or suggests you write at odd hours.",
                "Schedule it for " + window(note, local) + ".");
        }
    }

    private static void cardTimeline(Note note, Findings out) {
        LocalDate decision = note.interview().decisionBy();
        if (decision == null) {
            return;
        }
        LocalDate interviewDay = note.interview().endOrStart().atZoneSameInstant(note.ctx.zone()).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(interviewDay, decision);
        if (days < note.settings.cardMinDaysToDecision()) {
            out.add(Rule.T5, Severity.WARNING, null, "They decide within " + Note.plural(Math.max(days, 0), "day",
                "days") + "; a card by post may arrive after the decision.",
                "A card takes days to arrive and some never do; when the decision is close, only a message that "
                    + "arrives today can still count.",
                "Send a thank-you e-mail today; a card can follow as an extra touch.");
        }
    }

    /** The next good moment at or after {@code t}: within business hours on a weekday. */
    private static String window(Note note, ZonedDateTime t) {
        EtiquetteSettings s = note.settings;
        ZonedDateTime w = t;
        if (BusinessDays.isWeekend(w.toLocalDate()) || minuteOfDay(w) > s.businessDayEndHour() * 60) {
            LocalDate next = BusinessDays.onOrAfter(BusinessDays.isWeekend(w.toLocalDate()) ? w.toLocalDate()
                : w.toLocalDate().plusDays(1));
            w = next.atTime(s.businessDayStartHour(), 0).atZone(t.getZone());
        } else if (w.getHour() < s.businessDayStartHour()) {
            w = w.toLocalDate().atTime(s.businessDayStartHour(), 0).atZone(t.getZone());
        }
        return w.format(WHEN) + " their time";
    }

    /** True from the first minute of the business day to the last one, both included: 18:00 is inside 08:00-18:00. */
    static boolean inBusinessHours(ZonedDateTime t, EtiquetteSettings s) {
        int minute = minuteOfDay(t);
        return minute >= s.businessDayStartHour() * 60 && minute <= s.businessDayEndHour() * 60;
    }

    private static int minuteOfDay(ZonedDateTime t) {
        return t.getHour() * 60 + t.getMinute();
    }

    private static String day(ZonedDateTime t) {
        return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String hour(int h) {
        return String.format(Locale.ROOT, "%02d:00", h);
    }
}
