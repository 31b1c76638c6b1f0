// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two notes read, word for word: twice the number of words the two texts share in the same order
 * (their longest common subsequence) divided by the total number of words, so 1.0 is a copy and 0.0 shares
 * nothing. Order matters, so two notes that merely use the same common words score low, while a copied paragraph
 * with a name swapped scores high. Panel notes must stay below {@link #PANEL_THRESHOLD}.
 */
public final class Similarity {

    /** Above this, two notes to one panel read as copies (etiquette rule P1; the threshold is our choice). */
    public static final double PANEL_THRESHOLD = 0.7;

    /** Texts longer than this many words are compared on their first words only, to bound the work. */
    static final int MAX_WORDS = 4_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    private Similarity() {
    }

    /** The two most alike texts of a list and how alike they are. */
    public record Pair(int first, int second, double similarity) {
    }

    /** The lower-case words of a text, apostrophes kept inside words ("o'brien", "i'd"). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find() && out.size() < MAX_WORDS) {
            out.add(m.group().replace('’', '\'').toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** How alike two texts read, from 0.0 (nothing shared in order) to 1.0 (the same words in the same order). */
    public static double of(String a, String b) {
        return of(words(a), words(b));
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
}
