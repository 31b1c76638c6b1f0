// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import java.util.List;

/** L1 to L5: words, sentences and paragraphs per kind and medium, and the card's line budget. */
final class LengthCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        EtiquetteSettings s = note.settings;
        int words = note.text.wordCount();
        int sentences = note.text.sentences().size();
        boolean emailLike = note.isEmailLike();
        if (emailLike && note.kind() == NoteKind.FOLLOW_UP) {
            followUp(note, out, words, sentences);
        } else if (emailLike) {
            thankYou(note, out, words, sentences);
        }
        if (emailLike) {
            sentences(note, out, words, sentences);
        }
        int paragraphs = note.text.contentParagraphs().size();
        if (note.medium() != Medium.LINKEDIN_NOTE && paragraphs > s.maxParagraphs()) {
            out.add(Rule.L3, Severity.WARNING, note.text.contentParagraphs().get(s.maxParagraphs()).body(),
                "The message runs to " + paragraphs + " paragraphs; keep it to " + s.maxParagraphs() + " at most.",
                "A thank-you is read in a minute between meetings; a long letter signals you did not edit it, and "
                    + "the point gets lost.",
                "Merge or cut paragraphs: thanks and a detail, your fit, the close.");
        }
        if (note.medium() == Medium.CARD) {
            card(note, out, sentences);
        }
    }

    /**
     * L2, derived from length so it never contradicts L1 or L4: a one-line note is too few sentences at any length,
     * but "too many sentences" is said only of a note that is also longer than the target word range and that L1 or
     * L4 has not already asked to cut. A note within its word range is never told to cut sentences.
     */
    private static void sentences(Note note, Findings out, int words, int sentences) {
        EtiquetteSettings s = note.settings;
        if (sentences < s.minSentences()) {
            out.add(Rule.L2, Severity.WARNING, null, "The message has " + Note.plural(sentences, "sentence",
                "sentences") + "; aim for " + s.minSentences() + " or more.",
                "A one-line note reads as a formality; a few sentences leave room for the thanks, one specific "
                    + "detail and a warm close.",
                "Add a sentence with a detail from the conversation and one about your fit.");
            return;
        }
        boolean followUp = note.kind() == NoteKind.FOLLOW_UP;
        boolean longer = !followUp && words > s.thankYouTargetWords() && words <= s.thankYouWarnWords();
        if (sentences > s.maxSentences() && longer) {
            out.add(Rule.L2, Severity.WARNING, null, "The message has " + sentences + " sentences in " + words
                + " words; above " + s.thankYouTargetWords() + " words, keep to about " + s.maxSentences() + ".",
                "Hiring managers skim; a note they can take in at a glance gets read to the end.",
                "Keep the thanks, one specific detail, one line on fit and the close; cut the rest.");
        }
    }

    private static void thankYou(Note note, Findings out, int words, int sentences) {
        EtiquetteSettings s = note.settings;
        String why = "Busy readers give a thank-you a minute; a note of a hundred and fifty words or so says "
            + "everything that matters and gets read to the end.";
        if (words > s.thankYouMaxWords()) {
            int aim = (s.thankYouMinWords() + s.thankYouTargetWords()) / 2;
            out.add(Rule.L1, Severity.ERROR, null, "The note has " + words + " words; above " + s.thankYouMaxWords()
                + " it reads as an essay.", why, "Cut it to about " + aim
                + " words: thanks, one specific detail, your fit, a warm close.");
        } else if (words > s.thankYouWarnWords()) {
            out.add(Rule.L1, Severity.WARNING, null, "The note has " + words + " words; aim for "
                + s.thankYouMinWords() + " to " + s.thankYouTargetWords() + ".", why,
                "Trim repeated thanks and anything they already know from your résumé.");
        } else if (note.kind().thanksForInterview() && words < s.thankYouMinWords()
            && sentences < s.shortNoteSentences()) {
            out.add(Rule.L1, Severity.TIP, null, "The note has " + words + " words; " + s.thankYouMinWords() + " to "
                + s.thankYouTargetWords() + " is the usual range.",
                "A very short thank-you can feel like a formality; a couple more sentences leave room for a detail "
                    + "and your fit.",
                note.fill("Consider a sentence about {topic} and one about how {skill} would help."));
        }
    }

    private static void followUp(Note note, Findings out, int words, int sentences) {
        EtiquetteSettings s = note.settings;
        if (words > s.followUpMaxWords()) {
            out.add(Rule.L4, Severity.WARNING, null, "The follow-up has " + words + " words; keep it under "
                + s.followUpMaxWords() + ".",
                "A status check is a polite nudge; length turns it into a demand on their time, just when you want "
                    + "to make replying easy.",
                "Four sentences: who you are and the role, continued interest, where are they in the process, an "
                    + "offer of anything they need.");
        } else if (words < s.followUpMinWords() && sentences < s.shortNoteSentences()) {
            out.add(Rule.L4, Severity.TIP, null, "The follow-up has " + words + " words; " + s.followUpMinWords()
                + " to " + s.followUpMaxWords() + " is usual.",
                "Too short a nudge can read as curt; a few sentences remind them who you are and make replying "
                    + "easy.",
                "Add the role and interview date, and offer any further information they need.");
        }
    }

    private static void card(Note note, Findings out, int sentences) {
        EtiquetteSettings s = note.settings;
        List<Range> message = note.text.contentParagraphs();
        int overflow = overflowOffset(note.body, message, s.cardCharsPerLine(), s.cardLines());
        if (overflow >= 0) {
            int end = message.get(message.size() - 1).end();
            out.add(Rule.L5, Severity.WARNING, end > overflow ? Span.body(overflow, end) : null,
                "The message needs more than the card's " + s.cardLines() + " lines (" + s.cardCharsPerLine()
                    + " characters each, not counting the greeting and signature); the marked part would not fit.",
                "A card is a short, personal gesture; text that runs onto the back looks crammed and is hard to "
                    + "read.",
                "Keep to about three sentences: thanks with one detail, your fit, a warm close.");
        }
        if (sentences > s.cardMaxSentences()) {
            out.add(Rule.L5, Severity.TIP, null, "The card has " + sentences + " sentences; about three is usual.",
                "A card is read in seconds; three sentences in your own hand say more than a page.",
                "Cut to the thanks with one detail, your fit, and a close.");
        }
    }

    /**
     * L5 counts the lines the message itself needs: its paragraphs one after another, without the blank lines between
     * them and without the greeting and signature, which have their own place on the card. Returns the offset in
     * {@code text} of the first character that does not fit, or -1.
     */
    static int overflowOffset(String text, List<Range> message, int width, int lines) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[message.size()];
        for (int i = 0; i < message.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            starts[i] = joined.length();
            joined.append(message.get(i).of(text));
        }
        int at = overflowOffset(joined.toString(), width, lines);
        if (at < 0) {
            return -1;
        }
        for (int i = message.size() - 1; i >= 0; i--) {
            if (at >= starts[i]) {
                return message.get(i).start() + Math.min(at - starts[i], message.get(i).length() - 1);
            }
        }
        return -1;
    }

    /** The offset of the first character that falls outside the line budget, or -1 when everything fits. */
    static int overflowOffset(String text, int width, int lines) {
        String t = text.stripTrailing();
        int used = 0;
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            int pos = lineStart;
            do {
                used++;
                if (used > lines) {
                    return pos;
                }
                pos = wrap(t, pos, lineEnd, width);
            } while (pos < lineEnd);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return -1;
    }

    /** The start of the next visual line when the text from {@code pos} is wrapped at {@code width}. */
    private static int wrap(String t, int pos, int lineEnd, int width) {
        int p = pos;
        while (p < lineEnd && t.charAt(p) == ' ') {
            p++;
        }
        if (lineEnd - p <= width) {
            return lineEnd;
        }
        int cut = t.lastIndexOf(' ', p + width);
        if (cut <= p) {
            return p + width;
        }
        int next = cut;
        while (next < lineEnd && t.charAt(next) == ' ') {
            next++;
        }
        return next;
    }
}
