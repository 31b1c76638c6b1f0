// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.List;

/** N1 (emoji), N2 (exclamation marks), N6 (gushing), N7 (thanks only for "your time") and X1 (afterthoughts). */
final class ToneCheck implements Check {
    private static final int OPENING_SENTENCES = 3;

    @Override
    public void run(Note note, Findings out) {
        emoji(note, out);
        exclamations(note, out);
        gush(note, out);
        if (note.kind().thanksForInterview()) {
            genericThanks(note, out);
        }
        afterthoughts(note, out);
    }

    private static void emoji(Note note, Findings out) {
        String t = note.body;
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (isEmoji(cp)) {
                int start = i;
                int j = i + Character.charCount(cp);
                while (j < t.length() && (isEmoji(t.codePointAt(j)) || isJoiner(t.codePointAt(j)))) {
                    j += Character.charCount(t.codePointAt(j));
                }
                out.add(Rule.N1, Severity.ERROR, Span.body(start, j), "An emoji in a note to a hiring manager.",
                    "Emoji belong to chat with friends; in a note about a job they make the message look casual "
                        + "and can be read in ways you did not intend.",
                    "Delete it and say it in words, e.g. \"I enjoyed our conversation.\"");
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    static boolean isEmoji(int cp) {
        return cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x1F000 && cp <= 0x1F2FF || cp >= 0x2600 && cp <= 0x27BF
            || cp >= 0x1F1E6 && cp <= 0x1F1FF || cp == 0x2B50 || cp == 0x2B55 || cp == 0x2B06 || cp == 0x2B07
            || cp == 0x2934 || cp == 0x2935 || cp == 0x3030 || cp == 0x303D;
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0x20E3;
    }

    private static void exclamations(Note note, Findings out) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < note.body.length(); i++) {
            if (note.body.charAt(i) == '!') {
                at.add(i);
            }
        }
        int max = note.settings.maxExclamations();
        if (at.size() > max) {
            int first = at.get(max);
            out.add(Rule.N2, Severity.WARNING, Span.body(first, first + 1), "The note has " + at.size()
                + " exclamation marks; keep at most " + max + ".",
                "A string of exclamation marks reads as breathless rather than professional; calm enthusiasm is "
                    + "more convincing.",
                "Replace them with full stops and let the words carry the enthusiasm.");
        }
    }

    private static void gush(Note note, Findings out) {
        List<Range> hits = note.phrases.findAll("gush", note.body, 0, note.body.length());
        int max = note.settings.maxGushWords();
        if (hits.size() > max) {
            Range r = hits.get(max);
            List<String> words = hits.stream().map(h -> h.of(note.body).toLowerCase(java.util.Locale.ROOT))
                .distinct().limit(4).toList();
            out.add(Rule.N6, Severity.TIP, r.body(), "The note leans on superlatives (" + String.join(", ", words)
                + ").",
                "Praise piled high reads as flattery; one concrete detail about what impressed you is more "
                    + "believable.",
                "Keep one, and replace the rest with the specific thing you liked.");
        }
    }

    /**
     * N7 reads the opening as a whole: "Thank you for meeting with me." followed by "I enjoyed hearing how your team
     * plans the audit." thanks them for something specific, so only an opening where no sentence is specific gets the
     * tip.
     */
    private static void genericThanks(Note note, Findings out) {
        List<Range> sentences = note.text.sentences();
        List<Range> gratitude = new ArrayList<>();
        for (Range s : sentences) {
            if (note.phrases.anyIn("gratitude", s.of(note.body))) {
                gratitude.add(s);
            }
        }
        if (gratitude.isEmpty()) {
            return;
        }
        List<Range> judged = new ArrayList<>(gratitude);
        opening(note).stream().filter(s -> !judged.contains(s)).forEach(judged::add);
        Range generic = null;
        for (Range s : judged) {
            if (specific(note, s.of(note.body))) {
                return;
            }
        }
        for (Range s : gratitude) {
            List<Range> g = note.phrases.findAll("genericThanks", note.body, s.start(), s.end());
            if (!g.isEmpty()) {
                generic = g.get(0);
                break;
            }
        }
        if (generic != null) {
            out.add(Rule.N7, Severity.TIP, generic.body(), "The only thanks is for their time.",
                "Everyone thanks interviewers for their time; thanking them for something they actually said or "
                    + "showed you is what makes the line sound sincere.",
                note.fill("Thank them for something specific, e.g. \"Thank you for our conversation about {topic}.\""));
        }
    }

    /** The sentences of the first paragraph of the message, at most three: where the thanks are read. */
    private static List<Range> opening(Note note) {
        List<Range> paragraphs = note.text.contentParagraphs();
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        Range first = paragraphs.get(0);
        return note.text.sentences().stream().filter(first::contains).limit(OPENING_SENTENCES).toList();
    }

    private static boolean specific(Note note, String sentence) {
        Mentions m = new Mentions(sentence, note.phrases.abbreviations());
        return note.phrases.anyIn("specificThanks", sentence) || note.phrases.anyIn("specificDetail", sentence)
            || m.mentionsAny(note.allTopics())
            || note.recipient() != null && note.recipient().rapport() != null
            && m.mentions(note.recipient().rapport());
    }

    private static void afterthoughts(Note note, Findings out) {
        List<Range> sentences = new ArrayList<>();
        for (Range s : note.text.sentences()) {
            if (note.phrases.anyIn("afterthought", s.of(note.body))) {
                sentences.add(s);
            }
        }
        int max = note.settings.maxAfterthoughtSentences();
        if (sentences.size() > max) {
            out.add(Rule.X1, Severity.TIP, sentences.get(max).body(), "The note spends " + sentences.size()
                + " sentences on things you forgot to say.",
                "Advice is split on adding to the interview in a thank-you; one sentence can help, more turns the "
                    + "note into a second interview they did not ask for.",
                "Keep the most important point in one sentence, or save it for a follow-up.");
        }
    }
}
