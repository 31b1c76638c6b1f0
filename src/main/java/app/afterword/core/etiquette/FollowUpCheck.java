// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.Similarity;
import app.afterword.core.interview.Text;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** F1 to F8: when and how often to follow up after the thank-you, and what a follow-up must bring. */
final class FollowUpCheck implements Check {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final Set<NoteKind> AFTER_THANKS = EnumSet.of(NoteKind.FOLLOW_UP, NoteKind.VALUE_ADD,
        NoteKind.CLARIFICATION, NoteKind.CLOSE_LOOP);
    private static final Set<NoteKind> COUNTED = EnumSet.of(NoteKind.FOLLOW_UP, NoteKind.VALUE_ADD);
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+");

    @Override
    public void run(Note note, Findings out) {
        NoteKind kind = note.kind();
        LocalDate decision = note.interview().decisionBy();
        if (decision == null) {
            timeline(note, out);
        }
        ZonedDateTime local = note.localSend();
        if (local != null && kind == NoteKind.FOLLOW_UP && note.ctx.followUpsSent() == 0) {
            firstCheckIn(note, out, local, decision);
        }
        if (local != null && AFTER_THANKS.contains(kind) && note.ctx.lastSentAt() != null) {
            gap(note, out);
        }
        if (COUNTED.contains(kind)) {
            count(note, out, local);
            value(note, out);
        }
        if (local != null && kind == NoteKind.FOLLOW_UP && note.ctx.lastSentAt() != null) {
            tooSoon(note, out, local);
        }
        if (kind == NoteKind.FOLLOW_UP) {
            statusContent(note, out);
        }
        if (note.settings.ontarioNotice() && local != null && (kind == NoteKind.FOLLOW_UP
            || kind == NoteKind.CLOSE_LOOP)) {
            long days = ChronoUnit.DAYS.between(note.interview().endOrStart().toLocalDate(), local.toLocalDate());
            if (days >= note.settings.ontarioNoticeDays()) {
                out.add(Rule.F8, Severity.TIP, null, days + " days have passed since the interview.",
                    "In Ontario, larger employers must tell interviewed candidates for advertised roles whether a "
                        + "decision was made within 45 days (check the current regulation for your case).",
                    "You may politely ask whether a decision has been made for the role.");
            }
        }
    }

    /**
     * F1: a status check needs to know their timeline, so it asks when none was recorded. A thank-you is not asked to
     * (no model note does); it gets the tip only when it talks about their timing and the date is not recorded.
     */
    private static void timeline(Note note, Findings out) {
        if (note.kind() == NoteKind.FOLLOW_UP && !note.phrases.anyIn("timingQuestion", note.body)) {
            out.add(Rule.F1, Severity.TIP, null, "No decision date is recorded, and the follow-up doesn't ask for "
                + "one.",
                "Knowing when they plan to decide tells you when a follow-up is welcome and when it would be "
                    + "pushy.",
                "Add the date if they gave one; otherwise ask about their timeline in this note.");
        } else if (note.kind().thanksForInterview() && note.phrases.anyIn("timingStatement", note.body)) {
            out.add(Rule.F1, Severity.TIP, null, "The note mentions when they will decide, but no decision date is "
                + "recorded.",
                "The follow-up plan counts from their decision date; without it, Afterword can only guess when a "
                    + "nudge is welcome.",
                "Add the date they gave you to the interview, so the follow-up plan starts from it.");
        }
    }

    private static void firstCheckIn(Note note, Findings out, ZonedDateTime local, LocalDate decision) {
        EtiquetteSettings s = note.settings;
        LocalDate sendDay = local.toLocalDate();
        if (decision != null) {
            LocalDate earliest = BusinessDays.plus(decision, s.decisionBufferBusinessDays());
            if (sendDay.isBefore(earliest)) {
                out.add(Rule.F2, Severity.ERROR, null, "The first check-in would go out on " + sendDay.format(DAY)
                    + ", but they said they would decide by " + decision.format(DAY) + ".",
                    "Asking before the date they gave you suggests you did not listen, or cannot wait; after the "
                        + "date has passed, a polite nudge is expected.",
                    "Wait until " + earliest.format(DAY) + " (their date plus " + Note.plural(
                        s.decisionBufferBusinessDays(), "business day", "business days") + ").");
            }
        } else {
            LocalDate interviewDay = note.interview().endOrStart().atZoneSameInstant(note.ctx.zone()).toLocalDate();
            LocalDate earliest = BusinessDays.plus(interviewDay, s.noTimelineBusinessDays());
            if (sendDay.isBefore(earliest)) {
                out.add(Rule.F3, Severity.WARNING, null, "Only " + Note.plural(BusinessDays.between(interviewDay,
                    sendDay), "business day has", "business days have") + " passed since the interview.",
                    "Without a stated date, hiring teams need about a week to compare candidates; asking sooner "
                        + "looks impatient.",
                    "Wait until " + earliest.format(DAY) + " (" + s.noTimelineBusinessDays() + " business days "
                        + "after the interview).");
            }
        }
    }

    private static void gap(Note note, Findings out) {
        Duration gap = Duration.between(note.ctx.lastSentAt(), note.ctx.sendAt());
        if (gap.toMinutes() < note.settings.minHoursBetweenNotes() * 60L) {
            out.add(Rule.F4, Severity.WARNING, null, "It goes out " + Note.plural(Math.max(0, gap.toHours()), "hour",
                "hours") + " after your previous note.",
                "Two messages in one day crowd their inbox and make the second one look anxious rather than "
                    + "helpful.",
                "Leave at least " + note.settings.minHoursBetweenNotes() + " hours between notes.");
        }
    }

    private static void count(Note note, Findings out, ZonedDateTime local) {
        EtiquetteSettings s = note.settings;
        int sent = note.ctx.followUpsSent();
        if (sent >= s.maxFollowUps()) {
            out.add(Rule.F5, Severity.ERROR, null, "This would be follow-up number " + (sent + 1) + "; "
                + Note.plural(sent, "has", "have") + " already gone unanswered.",
                "After two unanswered nudges, a third stops reading as interest and starts to feel like "
                    + "pressure; it can close a door that silence left ajar.",
                "Stop here: mark the application as closed, or send one short close-the-loop note thanking them "
                    + "and asking to be kept in mind.");
        } else if (sent >= 1 && local != null && note.ctx.lastSentAt() != null) {
            LocalDate last = note.ctx.lastSentAt().atZoneSameInstant(note.ctx.zone()).toLocalDate();
            int days = BusinessDays.between(last, local.toLocalDate());
            if (days < s.followUpSpacingBusinessDays()) {
                out.add(Rule.F5, Severity.WARNING, null, "Only " + Note.plural(days, "business day", "business days")
                    + " since your last follow-up.",
                    "Nudges spaced about a week apart feel patient; closer together they feel like chasing.",
                    "Wait until " + BusinessDays.plus(last, s.followUpSpacingBusinessDays()).format(DAY) + ".");
            }
        }
    }

    /**
     * F9: a nudge that follows the last note within days, whatever the count says (the user may not have recorded an
     * earlier nudge). Quiet when a timing rule with a sharper reason (F2 to F5) has spoken already.
     */
    private static void tooSoon(Note note, Findings out, ZonedDateTime local) {
        if (out.hasAny(Rule.F2, Rule.F3, Rule.F4, Rule.F5)) {
            return;
        }
        EtiquetteSettings s = note.settings;
        LocalDate last = note.ctx.lastSentAt().atZoneSameInstant(note.ctx.zone()).toLocalDate();
        int days = BusinessDays.between(last, local.toLocalDate());
        if (days < s.followUpSpacingBusinessDays()) {
            out.add(Rule.F9, Severity.WARNING, null, "It goes out " + Note.plural(days, "business day",
                "business days") + " after your last note.",
                "A second message within days of the first reads as chasing; the reader has your note and will "
                    + "answer when they have news.",
                "Wait until " + BusinessDays.plus(last, s.followUpSpacingBusinessDays()).format(DAY) + ", and bring "
                    + "something new when you write.");
        }
    }

    private static void value(Note note, Findings out) {
        boolean required = note.kind() == NoteKind.VALUE_ADD || note.ctx.followUpsSent() >= 1;
        if (required && !hasValue(note)) {
            out.add(Rule.F6, Severity.WARNING, null, note.kind() == NoteKind.VALUE_ADD
                ? "The note doesn't include the idea, link or sample it is meant to offer."
                : "This follow-up adds nothing new since the last one.",
                "A repeat nudge only asks for their attention; one that brings something useful (an idea, an "
                    + "article, a sample) gives them a reason to reply and shows how you think.",
                note.fill("Add one useful thing, e.g. {idea}."));
        }
        for (Draft d : note.ctx.otherDrafts()) {
            boolean sameRecipient = note.recipient() == null || Text.sameName(d.recipient(), note.recipient().name());
            if (d.kind() == note.kind() && sameRecipient) {
                double sim = Similarity.of(note.body, d.body());
                if (sim > note.settings.panelSimilarity()) {
                    out.add(Rule.F6, Severity.WARNING, null, "This follow-up is " + PanelCheck.percent(sim)
                        + " the same as an earlier one to " + d.recipient() + ".",
                        "Sending the same words again signals you have nothing new to say; the second nudge should "
                            + "move the conversation on.",
                        "Change the angle: share an update, a relevant article or a short idea for their problem.");
                }
            }
        }
    }

    private static boolean hasValue(Note note) {
        return note.mentions.mentionsAny(note.interview().ideas()) || note.phrases.anyIn("valueSignals", note.body)
            || LINK.matcher(note.body).find();
    }

    private static void statusContent(Note note, Findings out) {
        if (!note.mentionsRole()) {
            out.add(Rule.F7, Severity.WARNING, null, "The follow-up doesn't say which role it is about.",
                "Recruiters juggle many candidates and openings; naming the role and your interview date saves "
                    + "them looking you up.",
                note.fill("Reintroduce yourself: \"I interviewed for the {role} role on "
                    + note.interview().start().format(DAY) + ".\""));
        }
        if (note.body.indexOf('?') < 0 && !note.phrases.anyIn("statusQuestion", note.body)) {
            out.add(Rule.F7, Severity.WARNING, null, "The follow-up doesn't ask anything.",
                "A clear, easy question is what gets a reply; without one, the note is easy to read and leave.",
                "Ask where they are in the process, e.g. \"Is there an update you can share on the timeline?\"");
        }
        if (!note.phrases.anyIn("offerHelp", note.body)) {
            out.add(Rule.F7, Severity.TIP, null, "The follow-up doesn't offer anything they might need.",
                "Offering references or more information turns the nudge into help with their decision.",
                "Close with e.g. \"I'm happy to send anything else that would help.\"");
        }
    }
}
