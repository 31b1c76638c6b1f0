// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.interview.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two notes read, word for word: twice the number of words the two texts share in the same order
 * (their longest common subsequence) divided by the total number of words, so 1.0 is a copy and 0.0 shares
 * nothing. Order matters, so two notes that merely use the same common words score low, while a copied paragraph
 * with a name swapped scores high. Case, accents and punctuation are ignored. Panel members compare notes, and a copy
 * with the name swapped still reads as a copy, so people's names can be masked: every word of them then counts as
 * one and the same word. The drafting tests and the etiquette checks (P1 panel copies, F6 repeated follow-ups) both
 * measure with this class. Panel notes must stay below {@link #PANEL_THRESHOLD}.
 */
public final class Similarity {

    /** Above this, two notes to one panel read as copies (etiquette rule P1; the threshold is our choice). */
    public static final double PANEL_THRESHOLD = 0.7;

    /** Texts longer than this many words are compared on their first words only, to bound the work. */
    static final int MAX_WORDS = 4_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*");
    /** Stands for any masked name; it can't be a word of a text (words have no control characters). */
    private static final String NAME = "\u0000name";

    private Similarity() {
    }

    /** The two most alike texts of a list and how alike they are. */
    public record Pair(int first, int second, double similarity) {
    }

    /** The folded words of a text (lower case, no accents), apostrophes kept inside words ("o'brien", "i'd"). */
    public static List<String> words(String text) {
        return words(text, Set.of());
    }

    private static List<String> words(String text, Set<String> masked) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find() && out.size() < MAX_WORDS) {
            String w = Text.fold(m.group());
            out.add(!masked.isEmpty() && masked.contains(withoutPossessive(w)) ? NAME : w);
        }
        return out;
    }

    /** How alike two texts read, from 0.0 (nothing shared in order) to 1.0 (the same words in the same order). */
    public static double of(String a, String b) {
        return of(words(a), words(b));
    }

    /**
     * {@link #of(String, String)} with the words of the given people's names (and their possessives, "Ana's") treated
     * as one and the same word, so "Dear Ana" and "Dear Ben" read alike.
     */
    public static double of(String a, String b, Collection<String> names) {
        Set<String> masked = new HashSet<>();
        for (String name : names) {
            masked.addAll(words(name));
        }
        return of(words(a, masked), words(b, masked));
    }

    /** {@link #of(String, String)} for texts already split into words. */
    public static double of(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String w = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = w.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.size()] / (a.size() + b.size());
    }

    /** The most alike pair among the texts, or empty for fewer than two texts. */
    public static Optional<Pair> mostSimilar(List<String> texts) {
        List<List<String>> split = texts.stream().map(Similarity::words).toList();
        Pair best = null;
        for (int i = 0; i < split.size(); i++) {
            for (int j = i + 1; j < split.size(); j++) {
                double s = of(split.get(i), split.get(j));
                if (best == null || s > best.similarity()) {
                    best = new Pair(i, j, s);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String withoutPossessive(String word) {
        return word.length() > 2 && word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }
}
