// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.PersonName;
import app.afterword.core.interview.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spelling comparisons for people's and companies' names. A name typed without its accent ("Maria" for "María") or
 * with one letter off ("Ortego") is the mistake a reader notices first, so the check looks for near misses rather
 * than only for exact matches, while staying quiet about ordinary words that merely resemble a name.
 */
final class Names {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "mx", "dr", "prof", "sir", "madam",
        "miss");

    private Names() {
    }

    /** Lower case, accents removed, curly apostrophes straightened: the form two spellings are compared in. */
    static String fold(String s) {
        return Text.fold(s);
    }

    /**
     * Like {@link #fold} but one character for one character, so offsets found in the folded text are offsets in
     * the original (a decomposed accent stays as its own mark).
     */
    static String foldKeepingOffsets(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '’' || c == '‘') {
                sb.append('\'');
                continue;
            }
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            sb.append(Character.toLowerCase(d.isEmpty() ? c : d.charAt(0)));
        }
        return sb.toString();
    }

    /** The words of a name ("María José Ortega" → María, José, Ortega), titles left out. */
    static List<String> parts(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (String p : SPACES.split(name.strip())) {
            String t = EDGES.matcher(p).replaceAll("");
            if (!t.isEmpty() && !HONORIFICS.contains(fold(t).replace(".", ""))) {
                out.add(t);
            }
        }
        return out;
    }

    /** The words of an interviewer's name and of the greeting chosen for them ("Robert King" and "Bob"). */
    static List<String> parts(Interviewer person) {
        List<String> out = parts(person.name());
        for (String p : parts(person.addressAs())) {
            if (out.stream().noneMatch(o -> same(o, p))) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A name as a suggestion should show it: as typed, except that a name typed all in lower case or all in capitals
     * is shown with the capitals it probably has ("maria" → "Maria", "MARIA GARCIA" → "Maria Garcia"). Only for
     * advice; the name itself is never changed.
     */
    static String shown(String name) {
        if (name == null) {
            return null;
        }
        PersonName n = PersonName.parse(name);
        if (n.isAllUpperCase() && name.codePoints().filter(Character::isLetter).count() > 2) {
            return PersonName.parse(name.toLowerCase(Locale.ROOT)).capitalised();
        }
        return n.capitalised();
    }

    /**
     * True when {@code word} is {@code name} written all in lower case or all in capitals ("maria", "OMAR" for
     * "Omar"): the right name in the wrong case, which rule A11 reports rather than a misspelling.
     */
    static boolean sameButCase(String word, String name) {
        String w = word.replace('’', '\'');
        String n = name.replace('’', '\'');
        if (!w.equalsIgnoreCase(n) || w.equals(n)) {
            return false;
        }
        return w.codePoints().noneMatch(Character::isUpperCase) || w.codePoints().noneMatch(Character::isLowerCase);
    }

    /** True for "Mr", "Ms.", "Dr" and friends. */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(fold(word).replace(".", ""));
    }

    /** A word without a trailing possessive ("Daniel's" → "Daniel"). */
    static String stripPossessive(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** True when both spell the same name exactly, apart from the kind of apostrophe. */
    static boolean same(String a, String b) {
        return a.replace('’', '\'').equals(b.replace('’', '\''));
    }

    /**
     * True when {@code word}, as written in a note, looks like a misspelling of {@code name}: capitalised like a
     * name, not the name itself, and either the same letters with a different accent or apostrophe, or (for longer
     * names) one or two letters off. Case-only differences are ignored: many names are also ordinary words.
     */
    static boolean nearMiss(String word, String name) {
        if (word.isEmpty() || name.isEmpty() || same(word, name) || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String fw = fold(word);
        String fn = fold(name);
        if (fw.equals(fn)) {
            return !sameLettersIgnoringCase(word, name);
        }
        if (fw.charAt(0) != fn.charAt(0)) {
            return false;
        }
        int allowed = fn.length() >= 9 ? 2 : fn.length() >= 6 ? 1 : 0;
        if (allowed == 0 || Math.abs(fw.length() - fn.length()) > allowed) {
            return false;
        }
        return distance(fw, fn) <= allowed;
    }

    private static boolean sameLettersIgnoringCase(String a, String b) {
        return a.replace('’', '\'').equalsIgnoreCase(b.replace('’', '\''));
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
