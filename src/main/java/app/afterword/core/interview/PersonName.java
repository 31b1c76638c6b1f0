// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name as someone typed it, taken apart so a note can greet them the way people expect: "Dear Anke" for
 * "Dr. Anke Schröder" in a warm note, "Dear Dr. Schröder" in a formal one, never "Dear Dr.," and never a title the
 * person did not type. It reads an honorific (Mr, Ms, Mrs, Mx, Miss, Dr, Prof, Professor, Sir, Dame, Rev, dotted or
 * not), the given name, the surname with its particles ("van der Berg", "de la Cruz"), a suffix (Jr., Sr., II, III,
 * IV), post-nominals after a comma ("PhD, MBA"), a nickname in quotes or brackets, and "Surname, Given" as calendar
 * invites write it.
 *
 * <p>It is honest about what it can't know. Which part is the given name depends on the culture: for names in Han,
 * kana or Hangul, for Vietnamese names (recognised by their letters) and for scripts other than Latin, Cyrillic,
 * Greek, Armenian and Georgian, the {@link #order()} is {@link Order#UNKNOWN}, {@link #given()} and
 * {@link #surname()} are null and every greeting uses the whole name. A Vietnamese name typed without its accents,
 * a Hungarian name in its native order, or a compound given name without a particle after it ("María José Ortega")
 * is read given name first; the person can always type how they are greeted instead. The case of a name is never
 * changed: {@link #capitalised()} only suggests capitals for a name typed entirely in lower case.
 *
 * @param typed        the name as typed, surrounding space removed
 * @param honorific    the title before the name as typed ("Dr.", "Ms", "Prof. Dr."), or null
 * @param given        the given name(s) ("Anke", "Jean-Luc", "María José"), or null when unknown
 * @param middle       middle names and initials, or null
 * @param surname      the family name with its particles ("Schröder", "van der Berg"), or null when unknown
 * @param suffix       a generational suffix as typed ("Jr.", "III"), or null
 * @param postNominals letters after the name as typed ("PhD", "PhD, MBA"), or null
 * @param nickname     a name given in quotes or brackets ("Bob" in Robert "Bob" King), or null
 * @param order        whether the given name comes first, or the order can't be known
 */
public record PersonName(String typed, String honorific, String given, String middle, String surname,
                         String suffix, String postNominals, String nickname, Order order) {

    /** Whether a name's parts could be told apart. */
    public enum Order {
        /** Given name first, family name last, as read for Latin, Cyrillic, Greek, Armenian and Georgian names. */
        GIVEN_FIRST,
        /** The order can't be known from the name; greetings use it whole. */
        UNKNOWN
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NICKNAME = Pattern.compile("\"([^\"]*)\"|“([^”]*)”|\\(([^)]*)\\)");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?|(?:\\p{L}\\.){2,}|\\p{Lu}{2}");
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "mx", "miss", "dr", "prof", "professor",
        "sir", "dame", "rev", "revd", "reverend");
    private static final Set<String> BY_GIVEN_NAME = Set.of("sir", "dame");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "2nd", "3rd");
    private static final Set<String> PARTICLES = Set.of("van", "von", "vander", "vanden", "de", "der", "den", "del",
        "della", "delle", "dei", "degli", "di", "da", "das", "dos", "do", "du", "la", "le", "les", "lo", "ter", "ten",
        "te", "zu", "bin", "binti", "bint", "ibn", "al", "el", "ap");
    /** Post-nominals recognised without a comma before them, with the spelling suggested for each. */
    private static final Map<String, String> POST_NOMINALS = Map.ofEntries(Map.entry("phd", "PhD"),
        Map.entry("dphil", "DPhil"), Map.entry("edd", "EdD"), Map.entry("md", "MD"), Map.entry("mba", "MBA"),
        Map.entry("rn", "RN"), Map.entry("dds", "DDS"), Map.entry("jd", "JD"), Map.entry("esq", "Esq."),
        Map.entry("cpa", "CPA"), Map.entry("pmp", "PMP"), Map.entry("cfa", "CFA"), Map.entry("mph", "MPH"),
        Map.entry("msc", "MSc"), Map.entry("bsc", "BSc"), Map.entry("llm", "LLM"), Map.entry("frcs", "FRCS"),
        Map.entry("obe", "OBE"), Map.entry("mbe", "MBE"), Map.entry("cbe", "CBE"));

    /** Normalises blank parts to null. */
    public PersonName {
        typed = typed == null ? "" : typed.strip();
        honorific = Text.optional(honorific);
        given = Text.optional(given);
        middle = Text.optional(middle);
        surname = Text.optional(surname);
        suffix = Text.optional(suffix);
        postNominals = Text.optional(postNominals);
        nickname = Text.optional(nickname);
        order = order == null ? Order.UNKNOWN : order;
    }

    /** Takes a typed name apart; a missing or blank name gives an empty one. */
    public static PersonName parse(String typed) {
        String t = typed == null ? "" : SPACES.matcher(typed.strip()).replaceAll(" ");
        if (t.isEmpty()) {
            return new PersonName("", null, null, null, null, null, null, null, Order.UNKNOWN);
        }
        Pieces p = Pieces.of(t);
        String honorific = p.honorifics.isEmpty() ? null : String.join(" ", p.honorifics);
        String suffix = p.suffixes.isEmpty() ? null : String.join(" ", p.suffixes);
        String post = p.letters.isEmpty() ? null : String.join(", ", p.letters);
        if (!knownOrder(String.join(" ", p.core()))) {
            return new PersonName(t, honorific, null, null, null, suffix, post, p.nickname, Order.UNKNOWN);
        }
        String[] parts = p.reversedSurname != null
            ? new String[] {String.join(" ", p.tokens), p.reversedSurname, null}
            : split(p.tokens, honorific != null);
        List<String> givenWords = words(parts[0] == null ? "" : parts[0]);
        List<String> middle = new ArrayList<>(words(parts[2] == null ? "" : parts[2]));
        while (givenWords.size() > 1 && isInitial(givenWords.get(givenWords.size() - 1))) {
            middle.add(0, givenWords.remove(givenWords.size() - 1));
        }
        return new PersonName(t, honorific, String.join(" ", givenWords), String.join(" ", middle), parts[1],
            suffix, post, p.nickname, Order.GIVEN_FIRST);
    }

    /** The typed name cut into its pieces before deciding which word is the given name. */
    private static final class Pieces {
        String nickname;
        final List<String> honorifics = new ArrayList<>();
        List<String> tokens;
        String reversedSurname;
        final List<String> suffixes = new ArrayList<>();
        final List<String> letters = new ArrayList<>();

        static Pieces of(String t) {
            Pieces p = new Pieces();
            Matcher nick = NICKNAME.matcher(t);
            StringBuilder rest = new StringBuilder();
            while (nick.find()) {
                String inside = firstGroup(nick).strip();
                if (p.nickname == null && !inside.isEmpty() && inside.chars().noneMatch(c -> c == '/')) {
                    p.nickname = inside;
                }
                nick.appendReplacement(rest, " ");
            }
            nick.appendTail(rest);
            List<String> segments = new ArrayList<>();
            for (String seg : rest.toString().split(",")) {
                if (!seg.isBlank()) {
                    segments.add(SPACES.matcher(seg.strip()).replaceAll(" "));
                }
            }
            while (segments.size() > 1) {
                List<String> after = words(segments.get(segments.size() - 1));
                if (!after.stream().allMatch(w -> isSuffix(w) || looksLikePostNominal(w))) {
                    break;
                }
                for (int i = after.size() - 1; i >= 0; i--) {
                    (isSuffix(after.get(i)) ? p.suffixes : p.letters).add(0, after.get(i));
                }
                segments.remove(segments.size() - 1);
            }
            String main = segments.isEmpty() ? "" : segments.get(0);
            if (segments.size() == 2 && isSurnameOnly(segments.get(0)) && words(segments.get(1)).size() <= 3) {
                p.reversedSurname = segments.get(0);
                main = segments.get(1);
            }
            p.tokens = words(main);
            while (p.tokens.size() > (p.reversedSurname == null ? 1 : 0) && isHonorific(p.tokens.get(0))) {
                String h = p.tokens.remove(0);
                if (p.honorifics.stream().noneMatch(x -> key(x).equals(key(h)))) {
                    p.honorifics.add(h);
                }
            }
            if (p.reversedSurname == null) {
                p.trailing();
            }
            return p;
        }

        /** Moves suffixes and known post-nominals typed without a comma ("Robert King III", "Ana Lima PhD"). */
        private void trailing() {
            boolean moved = true;
            while (moved && tokens.size() > 1) {
                String last = tokens.get(tokens.size() - 1);
                moved = true;
                if (isSuffix(last)) {
                    suffixes.add(0, last);
                } else if (POST_NOMINALS.containsKey(key(last))) {
                    letters.add(0, last);
                } else {
                    moved = false;
                }
                if (moved) {
                    tokens.remove(tokens.size() - 1);
                }
            }
        }

        /** The words of the name itself, given names first when the name was typed "Surname, Given". */
        List<String> core() {
            List<String> out = new ArrayList<>(tokens);
            if (reversedSurname != null) {
                out.addAll(words(reversedSurname));
            }
            return out;
        }
    }

    /** Given, surname and middle names of a name read given name first. */
    private static String[] split(List<String> tokens, boolean titled) {
        int n = tokens.size();
        if (n == 0) {
            return new String[3];
        }
        if (n == 1) {
            return titled ? new String[] {null, tokens.get(0), null} : new String[] {tokens.get(0), null, null};
        }
        if (isParticle(tokens.get(0)) && (isParticle(tokens.get(1)) || isLowerCaseWord(tokens.get(0)))) {
            return new String[] {null, String.join(" ", tokens), null};
        }
        for (int i = 1; i < n - 1; i++) {
            if (isParticle(tokens.get(i))) {
                return new String[] {String.join(" ", tokens.subList(0, i)), String.join(" ", tokens.subList(i, n)),
                    null};
            }
        }
        String middle = n > 2 ? String.join(" ", tokens.subList(1, n - 1)) : null;
        return new String[] {tokens.get(0), tokens.get(n - 1), middle};
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.strip())) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A word in the form it is compared in: lower case, without dots. */
    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    /** True for "Dr", "Ms.", "Professor" and the other titles that go before a name. */
    public static boolean isHonorific(String word) {
        return word != null && HONORIFICS.contains(key(word.strip()));
    }

    /** "Carter", "van der Berg": one word, perhaps after particles, as the surname before "Surname, Given". */
    private static boolean isSurnameOnly(String segment) {
        List<String> w = words(segment);
        if (w.isEmpty() || isHonorific(w.get(0))) {
            return false;
        }
        for (int i = 0; i < w.size() - 1; i++) {
            if (!isParticle(w.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(key(word));
    }

    /** True for the particles that belong to a surname and keep their lower case: "van", "der", "de", "la"... */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isInitial(String word) {
        return INITIAL.matcher(word).matches();
    }

    private static boolean isLowerCaseWord(String word) {
        return word.codePoints().noneMatch(Character::isUpperCase);
    }

    /** Letters after a comma that read as a degree or a membership: known ones, or short words with capitals. */
    private static boolean looksLikePostNominal(String word) {
        if (POST_NOMINALS.containsKey(key(word))) {
            return true;
        }
        String letters = word.replace(".", "");
        long upper = letters.codePoints().filter(Character::isUpperCase).count();
        return letters.length() >= 2 && letters.length() <= 6 && letters.codePoints().allMatch(Character::isLetter)
            && upper >= 2;
    }

    /** False for scripts and spellings where the given name is not reliably first. */
    private static boolean knownOrder(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letter = true;
            if (isVietnamese(cp)) {
                return false;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.LATIN && script != UnicodeScript.CYRILLIC && script != UnicodeScript.GREEK
                && script != UnicodeScript.ARMENIAN && script != UnicodeScript.GEORGIAN) {
                return false;
            }
        }
        return letter;
    }

    /** Letters only Vietnamese uses: ơ, ư and the stacked tone marks of the Latin Extended Additional block. */
    private static boolean isVietnamese(int cp) {
        return cp >= 0x1EA0 && cp <= 0x1EF9 || cp == 0x01A0 || cp == 0x01A1 || cp == 0x01AF || cp == 0x01B0;
    }

    /** True when nothing was typed. */
    public boolean isEmpty() {
        return typed.isEmpty();
    }

    /** The name without its title, nickname and post-nominals: "James Carter Jr." for "Mr. James Carter Jr.". */
    public String fullName() {
        if (order == Order.UNKNOWN) {
            Pieces p = Pieces.of(typed);
            List<String> core = p.core();
            core.addAll(p.suffixes);
            return core.isEmpty() ? typed : String.join(" ", core);
        }
        List<String> out = new ArrayList<>();
        for (String p : new String[] {given, middle, surname, suffix}) {
            if (p != null) {
                out.add(p);
            }
        }
        return out.isEmpty() ? typed : String.join(" ", out);
    }

    /**
     * How a note greets this person, spelled as typed.
     *
     * <ul>
     *   <li>Warm or brief: the nickname, else the given name ("Dr. Anke Schröder" → "Anke", "James Carter Jr." →
     *   "James"); when there is no given name to use ("Prof. Rao", "J. Smith"), the formal greeting.</li>
     *   <li>Formal: the typed title and the surname ("Dr. Schröder", "Ms Raman" keeping the typed dot style; "Sir" and
     *   "Dame" go with the given name: "Sir Ian"); without a title, the full name without post-nominals ("Rahul
     *   Menon"), never a title guessed from a first name.</li>
     *   <li>Names whose order can't be known, and single names, are used whole either way.</li>
     * </ul>
     *
     * @param formal true for the formal tone
     * @return the greeting name; empty when the name is empty
     */
    public String greeting(boolean formal) {
        if (isEmpty()) {
            return "";
        }
        if (!formal && order == Order.GIVEN_FIRST) {
            if (nickname != null) {
                return nickname;
            }
            if (given != null && !isInitial(given.split(" ")[0])) {
                return given;
            }
        }
        return formalGreeting();
    }

    private String formalGreeting() {
        if (honorific == null) {
            return fullName();
        }
        String last = honorific.substring(honorific.lastIndexOf(' ') + 1);
        if (order == Order.GIVEN_FIRST && BY_GIVEN_NAME.contains(key(last)) && given != null) {
            return honorific + " " + given;
        }
        if (order == Order.GIVEN_FIRST && surname != null) {
            return honorific + " " + surname;
        }
        String whole = fullName();
        return whole.equals(typed) ? typed : honorific + " " + whole;
    }

    /** True when the name has letters with case and all of them are lower case ("maria garcia"). */
    public boolean isAllLowerCase() {
        boolean cased = false;
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp);
        }
        return cased;
    }

    /** True when the name has at least two letters with case and none of them is lower case ("MARIA GARCIA"). */
    public boolean isAllUpperCase() {
        int cased = 0;
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                cased++;
            }
        }
        return cased >= 2;
    }

    /**
     * The capitals a name typed entirely in lower case probably needs: "maria garcia" → "Maria Garcia", "o'brien" →
     * "O'Brien", "jean-luc van der berg" → "Jean-Luc van der Berg", "mcdonald" → "McDonald", "ana lima, phd" → "Ana
     * Lima, PhD". A name with any capital letter is returned exactly as typed: its owner chose those capitals, and
     * "deSouza" or "bell hooks" are not ours to correct. This is a suggestion to show, never a change to make.
     */
    public String capitalised() {
        if (!isAllLowerCase()) {
            return typed;
        }
        String[] tokens = typed.split(" ", -1);
        StringBuilder out = new StringBuilder();
        boolean seenName = false;
        boolean afterComma = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            int a = 0;
            int b = token.length();
            while (a < b && "\"“(".indexOf(token.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && ",\"”)".indexOf(token.charAt(b - 1)) >= 0) {
                b--;
            }
            String word = token.substring(a, b);
            boolean last = i == tokens.length - 1 || token.endsWith(",");
            String fixed;
            if (word.isEmpty() || word.indexOf('/') >= 0) {
                fixed = word;
            } else if (!seenName && isHonorific(word)) {
                fixed = upperFirst(word);
            } else if (seenName && (afterComma || last) && isSuffix(word)) {
                fixed = key(word).startsWith("j") || key(word).startsWith("s") ? upperFirst(word)
                    : word.toUpperCase(Locale.ROOT);
            } else if (seenName && (afterComma || last) && POST_NOMINALS.containsKey(key(word))) {
                fixed = POST_NOMINALS.get(key(word));
            } else if (isParticle(word) && i < tokens.length - 1 && !token.endsWith(",")) {
                fixed = word;
                seenName = true;
            } else {
                fixed = capitaliseWord(word);
                seenName = true;
            }
            out.append(i == 0 ? "" : " ").append(token, 0, a).append(fixed).append(token.substring(b));
            afterComma |= token.endsWith(",");
        }
        return out.toString();
    }

    private static String upperFirst(String word) {
        int cp = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(cp))
            .append(word.substring(Character.charCount(cp))).toString();
    }

    /** Capitals after hyphens, after a one-letter prefix with an apostrophe (O'Brien, D'Souza) and after "Mc". */
    private static String capitaliseWord(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        int segment = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-') {
                sb.appendCodePoint(cp);
                start = true;
                segment = 0;
                continue;
            }
            if ((cp == '\'' || cp == '’') && segment == 1) {
                sb.appendCodePoint(cp);
                start = true;
                segment = 0;
                continue;
            }
            if (Character.isLetter(cp)) {
                sb.appendCodePoint(start ? Character.toTitleCase(cp) : cp);
                start = false;
                segment++;
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        if (s.length() > 3 && s.startsWith("Mc") && Character.isLowerCase(s.charAt(2))) {
            s = "Mc" + Character.toUpperCase(s.charAt(2)) + s.substring(3);
        }
        return s;
    }
}
