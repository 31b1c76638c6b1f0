// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of two notes is the same text, word for word: {@code 2 × (words in their longest common sequence) /
 * (words in both)}, from 0 (nothing shared) to 1 (identical). Panel members compare notes, and a copy with the name
 * swapped reads as a copy, so the people's names can be masked before comparing. Case and punctuation are ignored.
 */
public final class Similarity {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final String NAME = "\u0000name";
    /** Longest text compared, in words; a note is a few hundred, so this only bounds hostile input. */
    static final int MAX_WORDS = 4_000;

    private Similarity() {
    }

    /** Word-level similarity of two texts, 0 to 1. Two empty texts are identical (1). */
    public static double words(String a, String b) {
        return words(a, b, List.of());
    }

    /** Word-level similarity with every word of the given names treated as one and the same word. */
    public static double words(String a, String b, Collection<String> names) {
        Set<String> masked = new HashSet<>();
        for (String n : names) {
            for (String p : Names.parts(n)) {
                masked.add(Names.fold(p));
            }
        }
        List<String> x = tokens(a, masked);
        List<String> y = tokens(b, masked);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        return 2.0 * commonSequence(x, y) / (x.size() + y.size());
    }

    static List<String> tokens(String text, Set<String> masked) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find() && out.size() < MAX_WORDS) {
            String w = Names.fold(m.group());
            out.add(masked.contains(Names.fold(Names.stripPossessive(m.group()))) ? NAME : w);
        }
        return out;
    }

    /** Length of the longest common subsequence, in two rows of memory. */
    static int commonSequence(List<String> x, List<String> y) {
        int[] prev = new int[y.size() + 1];
        int[] cur = new int[y.size() + 1];
        for (int i = 1; i <= x.size(); i++) {
            String xi = x.get(i - 1);
            for (int j = 1; j <= y.size(); j++) {
                cur[j] = xi.equals(y.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.size()];
    }
}
