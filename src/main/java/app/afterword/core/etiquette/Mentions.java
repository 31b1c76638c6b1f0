// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a note refers to an item from the interview ("the trip planner redesign for riders with low vision"). A
 * note paraphrases rather than quotes, so an item counts as mentioned when enough of its content words appear, in
 * any order and with simple changes of ending ("riders" / "rider", "redesigned" / "redesign").
 */
final class Mentions {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "about", "our", "your",
        "their", "his", "her", "its", "this", "that", "these", "those", "into", "between", "over", "under", "was",
        "were", "are", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "not", "all",
        "any", "some", "such", "more", "most", "very", "also", "how", "what", "which", "who", "whom", "when", "where",
        "why", "both", "each", "them", "they", "you", "him", "she", "one", "two", "out", "onto", "upon", "via", "per",
        "than", "then", "there", "here", "been", "being", "did", "does", "done", "get", "got", "just", "like", "make",
        "made", "much", "many", "own", "same", "too", "use", "used", "using", "we", "us", "me", "my", "mine", "a",
        "an", "of", "to", "in", "on", "at", "by", "or", "is", "be", "it", "as", "so", "if", "i");

    private final Set<String> stems;

    /** Indexes the words of a note. */
    Mentions(String note) {
        this.stems = new HashSet<>(stems(note));
    }

    /** True when the note mentions the item. */
    boolean mentions(String item) {
        List<String> wanted = stems(item);
        if (wanted.isEmpty()) {
            return false;
        }
        int need = wanted.size() <= 2 ? wanted.size() : Math.max(2, (int) Math.ceil(wanted.size() * 0.4));
        int found = 0;
        for (String w : new HashSet<>(wanted)) {
            if (stems.contains(w)) {
                found++;
            }
        }
        return found >= Math.min(need, new HashSet<>(wanted).size());
    }

    /** True when the note mentions any of the items. */
    boolean mentionsAny(List<String> items) {
        return items.stream().anyMatch(this::mentions);
    }

    /** The content words of a text, reduced to a comparable stem. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(Names.fold(text));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 6 ? s.substring(0, 6) : s;
    }
}
