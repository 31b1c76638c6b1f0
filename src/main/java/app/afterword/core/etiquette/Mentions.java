// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a note refers to an item from the interview ("the trip planner redesign for riders with low vision") or
 * names the role. A note paraphrases rather than quotes, so an item counts as mentioned when enough of its content
 * words appear, in any order and with a plural or a longer form ("riders" / "rider", "redesigned" / "redesign"), and
 * a common abbreviation written in capitals stands for the words it abbreviates ("QA" for "quality assurance"). The
 * role is matched with the same words, stop words and abbreviations, reduced further to their roots, since a note
 * names a job by its field as often as by its title ("nursing" / "nurse", "management" / "manager").
 */
final class Mentions {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern RAW_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[&/][\\p{L}\\p{N}]+)*");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "about", "our", "your",
        "their", "his", "her", "its", "this", "that", "these", "those", "into", "between", "over", "under", "was",
        "were", "are", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "not", "all",
        "any", "some", "such", "more", "most", "very", "also", "how", "what", "which", "who", "whom", "when", "where",
        "why", "both", "each", "them", "they", "you", "him", "she", "one", "two", "out", "onto", "upon", "via", "per",
        "than", "then", "there", "here", "been", "being", "did", "does", "done", "get", "got", "just", "like", "make",
        "made", "much", "many", "own", "same", "too", "use", "used", "using", "we", "us", "me", "my", "mine", "a",
        "an", "of", "to", "in", "on", "at", "by", "or", "is", "be", "it", "as", "so", "if", "i");
    /** Endings that turn a word into a related one ("nursing", "internship", "administration"), longest first. */
    private static final String[] SUFFIXES = {"ations", "ation", "itions", "ition", "ments", "ment", "ships", "ship",
        "ators", "ator", "ings", "ing", "ists", "ist", "ers", "er", "ors", "or", "ions", "ion", "ed"};
    private static final int STEM_LENGTH = 6;
    private static final int MIN_ROOT = 4;

    private final Set<String> stems;
    /** The note's content words in order, as roots, with each abbreviation followed by what it stands for. */
    private final List<List<String>> sequence;
    private final List<String> rawTokens;

    /** Indexes the words of a note, without abbreviations. */
    Mentions(String note) {
        this(note, Map.of());
    }

    /** Indexes the words of a note; an abbreviation written in capitals also counts as the words it stands for. */
    Mentions(String note, Map<String, List<String>> abbreviations) {
        this.stems = new HashSet<>();
        this.sequence = new ArrayList<>();
        this.rawTokens = new ArrayList<>();
        Matcher m = RAW_TOKEN.matcher(note);
        String previous = "";
        while (m.find()) {
            String raw = m.group();
            rawTokens.add(raw);
            List<String> expansions = isAbbreviation(raw) && !isNumber(previous) ? abbreviations.get(raw) : null;
            if (expansions != null) {
                for (String e : expansions) {
                    stems.addAll(stems(e));
                    sequence.add(roots(e));
                }
            }
            stems.addAll(stems(raw));
            for (String w : roots(raw)) {
                sequence.add(List.of(w));
            }
            previous = raw;
        }
    }

    private static boolean isAbbreviation(String raw) {
        return raw.length() >= 2 && raw.length() <= 5 && raw.codePoints().allMatch(c -> Character.isUpperCase(c)
            || c == '&' || c == '/');
    }

    private static boolean isNumber(String raw) {
        return !raw.isEmpty() && Character.isDigit(raw.charAt(raw.length() - 1));
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

    /**
     * True when the note names the role, loosely, as people do: its words in order with any ending ("project
     * management" for Project Manager), its main word before a word for a job ("the nursing position" for Staff
     * Nurse) or as a job in itself ("the internship" for Software Development Intern), or an abbreviation ("PM" for
     * Product Manager, whether listed or made of the role's initials).
     *
     * @param core     the role without seniority words ("Product Manager" for "Senior Product Manager")
     * @param role     the role as typed
     * @param jobWords roots of the words for a job ("role", "position"...)
     */
    boolean mentionsRole(String core, String role, Set<String> jobWords) {
        List<String> wanted = roots(core);
        if (wanted.isEmpty()) {
            return false;
        }
        if (inOrder(wanted)) {
            return true;
        }
        String head = wanted.get(wanted.size() - 1);
        for (int i = 0; i < sequence.size(); i++) {
            if (!sequence.get(i).contains(head) || sequence.get(i).size() > 1) {
                continue;
            }
            if (jobWords.contains(head)) {
                return true;
            }
            for (int j = i + 1; j < Math.min(sequence.size(), i + 3); j++) {
                if (sequence.get(j).size() == 1 && jobWords.contains(sequence.get(j).get(0))) {
                    return true;
                }
            }
        }
        Set<String> initials = new HashSet<>(List.of(initials(core), initials(role)));
        return rawTokens.stream().anyMatch(t -> t.length() >= 2 && isAbbreviation(t) && initials.contains(t));
    }

    /** True when the stems appear one after another, each position standing for one word or abbreviation. */
    private boolean inOrder(List<String> wanted) {
        for (int i = 0; i < sequence.size(); i++) {
            List<String> at = sequence.get(i);
            if (at.size() > 1) {
                if (at.equals(wanted) || at.size() > wanted.size() && at.subList(at.size() - wanted.size(),
                    at.size()).equals(wanted)) {
                    return true;
                }
                continue;
            }
            int k = 0;
            int j = i;
            while (k < wanted.size() && j < sequence.size() && sequence.get(j).size() == 1
                && sequence.get(j).get(0).equals(wanted.get(k))) {
                k++;
                j++;
            }
            if (k == wanted.size()) {
                return true;
            }
        }
        return false;
    }

    private static String initials(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w.toLowerCase(Locale.ROOT))) {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return sb.length() < 2 ? "" : sb.toString();
    }

    /** The content words of a text, reduced to a comparable stem. */
    static List<String> stems(String text) {
        return words(text).stream().map(Mentions::stem).toList();
    }

    /** The content words of a text, reduced to their roots. */
    static List<String> roots(String text) {
        return words(text).stream().map(Mentions::root).toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(Names.fold(text));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** A word without its plural, cut to six letters: "riders" and "rider", "redesigned" and "redesign" agree. */
    static String stem(String w) {
        String s = plural(w);
        return s.length() > STEM_LENGTH ? s.substring(0, STEM_LENGTH) : s;
    }

    /**
     * A word also without its ending ("-ing", "-ment", "-ship", "-ation", "-er", "-ed"...) and a final "e", cut to six
     * letters: "nurse" and "nursing" share "nurs", "administrator" and "administration" share "admini". Used for the
     * role, where a note says "the nursing position" for Staff Nurse; topics keep the closer {@link #stem}.
     */
    static String root(String w) {
        String s = plural(w);
        for (int round = 0; round < 2; round++) {
            String before = s;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_ROOT) {
                    s = s.substring(0, s.length() - suffix.length());
                    break;
                }
            }
            if (s.equals(before)) {
                break;
            }
        }
        if (s.length() > MIN_ROOT && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > STEM_LENGTH ? s.substring(0, STEM_LENGTH) : s;
    }

    private static String plural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
