// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.interview.InterviewFormat;

/** C2 and C3 (is this the right channel?) and K1, K2 (LinkedIn's hard limits). */
final class ChannelCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        Medium medium = note.medium();
        InterviewFormat format = note.interview().format();
        if (medium == Medium.CARD && format != null && format != InterviewFormat.ONSITE) {
            out.add(Rule.C2, Severity.TIP, null, "A card by post after a " + format.jsonName() + " interview.",
                "A handwritten card suits an in-person interview at a traditional firm; after a " + format.jsonName()
                    + " interview it arrives days after an e-mail would, from someone they met on a screen.",
                "Send an e-mail thank-you; add a card only as an extra if the firm is formal.");
        }
        boolean linkedIn = medium == Medium.LINKEDIN_NOTE || medium == Medium.LINKEDIN_MESSAGE;
        if (linkedIn && note.kind().thanksForInterview()) {
            out.add(Rule.C3, Severity.TIP, null, "A thank-you sent only on LinkedIn.",
                "Many interviewers check LinkedIn rarely and see messages there as informal; e-mail is where "
                    + "hiring conversations happen.",
                "Send the thank-you by e-mail too, or use LinkedIn only when you have no e-mail address.");
        }
        EtiquetteSettings s = note.settings;
        if (medium == Medium.LINKEDIN_NOTE) {
            int limit = s.linkedinNoteLimit();
            overLimit(note, out, Rule.K1, note.body, Span.Part.BODY, limit, "A connection-request note",
                (s.linkedinPremium() ? "on a Premium account" : "on a free account") + "; LinkedIn cuts the rest "
                    + "or refuses to send");
        } else if (medium == Medium.LINKEDIN_MESSAGE) {
            String subject = note.ctx.subject();
            if (subject != null) {
                overLimit(note, out, Rule.K2, note.body, Span.Part.BODY, s.inmailBodyChars(), "An InMail body", "");
                overLimit(note, out, Rule.K2, subject, Span.Part.SUBJECT, s.inmailSubjectChars(), "An InMail subject",
                    "");
            } else {
                overLimit(note, out, Rule.K2, note.body, Span.Part.BODY, s.linkedinMessageChars(),
                    "A message to a connection", "");
            }
        }
    }

    private static void overLimit(Note note, Findings out, Rule rule, String text, Span.Part part, int limit,
                                  String what, String detail) {
        int length = text.stripTrailing().length();
        if (length <= limit) {
            return;
        }
        out.add(rule, Severity.ERROR, new Span(part, limit, length), what + " can hold " + limit + " characters; this "
            + "one has " + length + (detail.isEmpty() ? "." : " (" + detail + ")."),
            "LinkedIn counts every character, spaces and line breaks included (an emoji counts as two), and will "
                + "not send text over the limit; what gets cut is usually your closing line.",
            "Cut " + (length - limit) + " characters: keep the thanks, one detail and your name.");
    }
}
