// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.interview.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A4 to A10: what a thank-you must contain, from the gratitude up front to the signature at the end. */
final class ContentCheck implements Check {
    private static final Pattern PLACEHOLDER = Pattern.compile(
        "\\[(?:[A-Z][^\\]\\n]{0,40}|[^\\]\\n]{0,20}(?i:name|company|role|topic|date|title|skill|position|interviewer)"
            + "[^\\]\\n]{0,20})\\](?!\\()"
            + "|\\$!?\\{[^}\\n]{0,60}\\}|\\$!?[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*"
            + "|\\{\\{[^}\\n]{0,60}\\}\\}|<<[^>\\n]{1,40}>>|\\b(?:TODO|TBD|FIXME|XXX+)\\b|(?<!\\w)_{3,}(?!\\w)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");
    private static final Pattern RESUME = Pattern.compile("(?i)r[eé]sum[eé]|\\bcv\\b|curriculum|cover.?letter");

    @Override
    public void run(Note note, Findings out) {
        placeholders(note, out);
        boolean thankYou = note.kind().thanksForInterview();
        if (thankYou) {
            gratitudeFirst(note, out);
            topics(note, out);
        }
        if (thankYou && note.medium() != Medium.LINKEDIN_NOTE) {
            role(note, out);
            skills(note, out);
        }
        if (note.medium() != Medium.LINKEDIN_NOTE) {
            signature(note, out);
        }
        attachments(note, out);
        sender(note, out);
    }

    private static void placeholders(Note note, Findings out) {
        find(note.body, Span.Part.BODY, out);
        if (note.ctx.subject() != null) {
            find(note.ctx.subject(), Span.Part.SUBJECT, out);
        }
    }

    private static void find(String text, Span.Part part, Findings out) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(Rule.A6, Severity.ERROR, new Span(part, m.start(), m.end()), "\"" + m.group()
                + "\" is a placeholder that was never filled in.",
                "A leftover blank is the surest sign of a form letter; it tells the reader the note was not "
                    + "written for them.",
                "Replace it with the real detail, or delete it.");
        }
    }

    private static void gratitudeFirst(Note note, Findings out) {
        Range first = note.text.firstSentence();
        if (first == null) {
            return;
        }
        if (!note.phrases.anyIn("gratitude", first.of(note.body))) {
            out.add(Rule.A4, Severity.WARNING, first.body(), "The first sentence doesn't thank them.",
                "The reader opens the message to find out why you wrote; thanks up front answers that at once, "
                    + "and everything after reads as part of the thank-you.",
                note.fill("Open with thanks, e.g. \"Thank you for talking with me today about {topic}.\""));
        }
    }

    private static void topics(Note note, Findings out) {
        List<String> topics = note.allTopics();
        if (topics.isEmpty()) {
            out.add(Rule.A6, Severity.TIP, null, "No topics are recorded for this interview, so the check can't "
                + "confirm the note mentions one.",
                "The single most convincing part of a thank-you is a detail only someone who was in the room "
                    + "could write.",
                "Add the topics you discussed to the interview, and name one in the note.");
            return;
        }
        if (!note.mentions.mentionsAny(topics)) {
            out.add(Rule.A6, Severity.ERROR, null, "Nothing in the note refers to a topic you discussed.",
                "A note without a specific detail could have been sent by any candidate to any company; a single "
                    + "concrete reference proves you listened and sets you apart.",
                note.fill("Add a sentence about something you discussed, e.g. {topic}."));
        }
    }

    private static void role(Note note, Findings out) {
        if (!note.mentionsRole()) {
            out.add(Rule.A5, Severity.WARNING, null, "The note doesn't name the role (" + note.interview().role()
                + ").",
                "Interviewers often fill several positions at once; naming the role saves them working out which "
                    + "candidate you are.",
                note.fill("Mention it once, e.g. \"...about the {role} role.\""));
        }
    }

    private static void skills(Note note, Findings out) {
        List<String> skills = note.interview().skills();
        if (!skills.isEmpty() && !note.mentions.mentionsAny(skills)) {
            out.add(Rule.A7, Severity.WARNING, null, "The note doesn't connect any of your skills to their needs.",
                "The thank-you is your last word before they decide; tying one strength to a problem they "
                    + "described reminds them why you fit.",
                note.fill("Add one sentence linking {skill} to what they told you."));
        }
    }

    private static void signature(Note note, Findings out) {
        Candidate c = note.interview().candidate();
        Range signOff = note.text.signOff();
        String addName = c.name() != null ? "Put your full name on the line under it: " + c.name() + "."
            : "Put your full name on the line under it, and add your name to your details in Settings (or to the "
                + "interview's candidate) so every note is signed for you.";
        Range closing = signOff == null ? null : unsigned(note, signOff);
        if (closing != null) {
            out.add(Rule.A8, Severity.WARNING, closing.body(), "The note ends with \"" + closing.of(note.body)
                + "\" and no name after it.",
                "An unsigned note leaves the reader to work out who sent it; your name under the closing line ties "
                    + "it to your application and finishes the note.", addName);
            return;
        }
        String tail = signOff != null ? signOff.of(note.body) : lastLines(note.body, 3);
        if (c.name() == null) {
            if (signOff == null) {
                out.add(Rule.A8, Severity.WARNING, null, "The note ends without a sign-off or your name.",
                    "A closing line and your name finish the note politely and tell them who wrote it.",
                    "End with a warm line and your full name, e.g. \"Best regards,\" followed by your name; add "
                        + "your name to your details in Settings (or to the interview's candidate) so every note is "
                        + "signed for you.");
            }
            return;
        }
        String folded = Names.fold(tail);
        if (!folded.contains(Names.fold(c.name()))) {
            List<String> parts = Names.parts(c.name());
            boolean firstOnly = !parts.isEmpty() && Names.parts(tail).stream()
                .anyMatch(w -> Names.same(w.replaceAll("[^\\p{L}'’-]", ""), parts.get(0)));
            out.add(Rule.A8, Severity.WARNING, null, firstOnly ? "The note is signed with your first name only."
                : "The note doesn't end with a sign-off and your name.",
                "Your full name at the end makes it easy to match the note to your application, and closes on a "
                    + "polite, finished note.",
                "End with e.g. \"Best regards,\" and \"" + c.name() + "\"" + (note.medium() == Medium.EMAIL
                    ? ", with your phone or e-mail underneath." : "."));
            return;
        }
        if (note.medium() == Medium.EMAIL && !hasContact(tail, c)) {
            out.add(Rule.A8, Severity.TIP, null, "Your signature has no contact details.",
                "A phone number or address under your name lets them reach you in one step, without digging "
                    + "for your application.",
                "Add a line under your name with your phone number" + (c.phone() != null ? " (" + c.phone() + ")"
                    : "") + " or LinkedIn profile.");
        }
    }

    /**
     * The closing line when the sign-off is that line alone, with no name on it or after it ("Warm regards," as the
     * last line); null when the note is signed.
     */
    private static Range unsigned(Note note, Range signOff) {
        String text = signOff.of(note.body);
        if (text.strip().contains("\n")) {
            return null;
        }
        String line = text.strip();
        for (Pattern p : note.phrases.list("closings")) {
            Matcher m = p.matcher(line);
            if (m.lookingAt()) {
                String rest = line.substring(m.end());
                return rest.codePoints().anyMatch(Character::isLetter) ? null : signOff;
            }
        }
        return null;
    }

    private static boolean hasContact(String tail, Candidate c) {
        String t = tail.toLowerCase(Locale.ROOT);
        for (String v : new String[] {c.email(), c.phone(), c.linkedin()}) {
            if (v != null && t.contains(v.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return EMAIL.matcher(tail).find() || PHONE.matcher(tail).find() || t.contains("linkedin.com/");
    }

    private static String lastLines(String text, int n) {
        String[] lines = text.strip().split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, lines.length - n); i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    private static void attachments(Note note, Findings out) {
        if (note.medium() != Medium.EMAIL || note.ctx.attachments().isEmpty()) {
            return;
        }
        List<String> resumes = note.ctx.attachments().stream().filter(a -> RESUME.matcher(a).find()).toList();
        if (!resumes.isEmpty() || note.kind().thanksForInterview()) {
            List<String> shown = resumes.isEmpty() ? note.ctx.attachments() : resumes;
            out.add(Rule.A9, Severity.WARNING, null, "The e-mail carries " + String.join(", ", shown) + ".",
                "Recruiters open a thank-you in a preview pane, often on a phone; the message belongs in the body, "
                    + "and they already have your résumé, so re-sending it looks like padding.",
                "Put the whole message in the e-mail body and leave the attachment out, unless they asked for it.");
        }
    }

    private static void sender(Note note, Findings out) {
        String from = note.ctx.effectiveSender();
        if (from == null || !note.isEmailLike() || note.settings.workEmailDomains().isEmpty()) {
            return;
        }
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).toLowerCase(Locale.ROOT);
        boolean work = note.settings.workEmailDomains().stream().anyMatch(d -> domain.equals(d)
            || domain.endsWith("." + d));
        if (work) {
            out.add(Rule.A10, Severity.WARNING, null, "It goes out from " + from + ", your current work address.",
                "A job search from your employer's mail system can be read by your employer, and to the new "
                    + "company it suggests you job-hunt on company time.",
                "Send it from your personal address.");
        }
    }
}
