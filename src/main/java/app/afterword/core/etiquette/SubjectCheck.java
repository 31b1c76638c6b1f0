// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;

/** S1, S3 and S4 for e-mail subjects; vague subjects (S2) are phrase rules. */
final class SubjectCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        if (note.medium() != Medium.EMAIL) {
            return;
        }
        String subject = note.ctx.subject();
        if (subject == null) {
            out.add(Rule.S1, Severity.WARNING, null, "The e-mail has no subject line.",
                "The subject is what decides whether a message is opened today or filed; an empty one can also "
                    + "land in a spam folder.",
                suggestion(note));
            return;
        }
        if (note.kind().thanksForInterview()) {
            boolean thanks = note.phrases.anyIn("gratitude", subject);
            boolean roleOrName = roleIn(note, subject) || nameIn(note, subject);
            if (!thanks || !roleOrName) {
                out.add(Rule.S1, Severity.WARNING, whole(subject), !thanks
                    ? "The subject doesn't say it is a thank-you." : "The subject names neither the role nor you.",
                    "A subject that states the purpose and the role tells them in the inbox what the message is "
                        + "and which interview it belongs to.",
                    suggestion(note));
            }
        }
        if (note.kind() == NoteKind.FOLLOW_UP && !subject.strip().regionMatches(true, 0, "Re:", 0, 3)) {
            out.add(Rule.S3, Severity.TIP, whole(subject), "This follow-up starts a new thread.",
                "Replying in the thread of your thank-you keeps the whole exchange in one place, so they see the "
                    + "context without searching.",
                "Reply to your thank-you and keep its subject (\"Re: ...\"), or use \"" + note.interview().role()
                    + " interview: status follow-up\".");
        }
        int max = note.settings.subjectMaxChars();
        if (subject.strip().length() > max) {
            int start = subject.length() - subject.stripLeading().length();
            out.add(Rule.S4, Severity.TIP, Span.subject(start + max, start + subject.strip().length()),
                "The subject is " + subject.strip().length() + " characters; phones show about " + max + ".",
                "Most people triage mail on a phone, where a long subject is cut off before the part that matters.",
                "Shorten it, e.g. \"" + note.fill("Thank you: {role} interview") + "\".");
        }
    }

    private static Span whole(String subject) {
        int start = subject.length() - subject.stripLeading().length();
        return Span.subject(start, start + Math.max(1, subject.strip().length()));
    }

    private static boolean roleIn(Note note, String subject) {
        return note.namesRole(subject);
    }

    private static boolean nameIn(Note note, String subject) {
        String name = note.interview().candidate().name();
        return name != null && Names.fold(subject).contains(Names.fold(name));
    }

    private static String suggestion(Note note) {
        return switch (note.kind()) {
            case THANK_YOU -> note.fill("Use e.g. \"Thank you: {role} interview\".");
            case SECOND_ROUND -> note.fill("Use e.g. \"Thank you: second {role} interview\".");
            case FOLLOW_UP -> note.fill("Reply in your thank-you's thread, or use \"{role} interview: status "
                + "follow-up\".");
            case VALUE_ADD, CLARIFICATION, CLOSE_LOOP, NETWORK -> note.fill("State the purpose and the role, e.g. "
                + "\"{role} interview: a follow-up idea\".");
            case RECRUITER_THANKS -> note.fill("Use e.g. \"Thank you for arranging my {role} interview\".");
            case REFERRAL_THANKS -> note.fill("Use e.g. \"Thank you for the referral: {role} at {company}\".");
            case REJECTION_REPLY -> note.fill("Reply in their thread, or use e.g. \"{role} role: thank you\".");
            case COMPETING_OFFER -> note.fill("Use e.g. \"{role} role: a question about timing\".");
            case TIME_TO_DECIDE -> note.fill("Reply in their thread, or use e.g. \"Your offer for the {role} "
                + "role\".");
            case ACCEPT_OFFER -> note.fill("Use e.g. \"Accepting the {role} offer\".");
            case DECLINE_OFFER -> note.fill("Use e.g. \"Your offer for the {role} role\".");
            case WITHDRAW -> note.fill("Use e.g. \"Withdrawing from the {role} process\".");
        };
    }
}
