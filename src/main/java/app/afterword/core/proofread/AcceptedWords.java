// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Words that are right for one note even though no dictionary knows them: the people's names, the company, the role,
 * the topics talked about, and the user's own dictionary. Names are not mistakes; flagging "Siobhán" or "Raman-Iyer"
 * in a thank-you note teaches people to ignore the proofreader.
 *
 * <p>Matching ignores case and Unicode composition (a name typed with a combining accent matches the same name typed
 * with a precomposed letter), treats curly and straight apostrophes alike, accepts a possessive ("Okafor's") and
 * accepts a hyphenated or spaced run of accepted parts ("Raman-Iyer").
 *
 * @param words the accepted words, normalised (lower case, NFC, straight apostrophes)
 */
public record AcceptedWords(Set<String> words) {

    /** Nothing accepted beyond the dictionary. */
    public static final AcceptedWords NONE = new AcceptedWords(Set.of());

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:!?()\\[\\]{}<>\"“”„/|+*=]+");
    private static final Pattern PARTS = Pattern.compile("[\\s\\-‐‑‒–—/']+");

    /** Normalises and copies the words. */
    public AcceptedWords {
        Set<String> out = new TreeSet<>();
        if (words != null) {
            for (String w : words) {
                String n = normalise(w);
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        words = Set.copyOf(out);
    }

    /** The words of these phrases ("Priya Raman-Iyer" gives "priya", "raman-iyer", "raman" and "iyer"). */
    public static AcceptedWords of(Collection<String> phrases) {
        List<String> out = new ArrayList<>();
        if (phrases != null) {
            for (String phrase : phrases) {
                addWords(phrase, out);
            }
        }
        return new AcceptedWords(Set.copyOf(out));
    }

    /**
     * The names and topic words of an interview: the candidate's, interviewers' and company's names, the role and the
     * interviewers' titles, and the words of its topics (shared and per interviewer), skills and ideas.
     */
    public static AcceptedWords fromInterview(Interview interview) {
        if (interview == null) {
            return NONE;
        }
        List<String> phrases = new ArrayList<>();
        phrases.add(interview.candidate().name());
        phrases.add(interview.company());
        phrases.add(interview.role());
        for (Interviewer p : interview.interviewers()) {
            phrases.add(p.name());
            phrases.add(p.title());
            phrases.addAll(p.topics());
        }
        phrases.addAll(interview.topics());
        phrases.addAll(interview.skills());
        phrases.addAll(interview.ideas());
        return of(phrases);
    }

    /** These words and the other's. */
    public AcceptedWords plus(AcceptedWords other) {
        if (other == null || other.words.isEmpty()) {
            return this;
        }
        Set<String> all = new TreeSet<>(words);
        all.addAll(other.words);
        return new AcceptedWords(all);
    }

    /** True when the flagged text is an accepted word, its possessive, or a run of accepted parts. */
    public boolean accepts(String flagged) {
        if (words.isEmpty() || flagged == null) {
            return false;
        }
        String n = withoutPossessive(normalise(flagged));
        if (n.isEmpty()) {
            return false;
        }
        if (words.contains(n)) {
            return true;
        }
        String[] parts = PARTS.split(n);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = withoutPossessive(trimPunctuation(part));
            if (p.isEmpty() || !words.contains(p)) {
                return false;
            }
        }
        return true;
    }

    private static void addWords(String phrase, List<String> out) {
        if (phrase == null) {
            return;
        }
        for (String raw : SEPARATORS.split(Normalizer.normalize(phrase, Normalizer.Form.NFC))) {
            String token = trimPunctuation(raw.replace('’', '\'').replace('ʼ', '\''));
            if (token.isEmpty()) {
                continue;
            }
            out.add(token);
            String bare = withoutPossessive(token);
            out.add(bare);
            for (String part : PARTS.split(bare)) {
                String p = trimPunctuation(part);
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
    }

    static String normalise(String word) {
        if (word == null) {
            return "";
        }
        String n = Normalizer.normalize(word.strip(), Normalizer.Form.NFC).replace('’', '\'').replace('ʼ', '\'');
        return trimPunctuation(n).toLowerCase(Locale.ROOT);
    }

    private static String withoutPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("'S")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !isWordChar(s.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(s.charAt(end - 1)) && s.charAt(end - 1) != '\'') {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
    }
}
