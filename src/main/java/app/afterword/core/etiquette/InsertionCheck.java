// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.PersonName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A11: the seams a careless insertion leaves in an edited note or a user's template. A detail typed in the interview
 * as a sentence or a résumé line ends up in a slot made for a few words ("my experience with Led a team…", "our
 * conversation about We talked about…"); a detail that ends with its own full stop or question mark doubles the
 * punctuation around it ("Acme Inc..", "what comes next?,"); a name typed without capitals shows up that way in the
 * note ("Dear maria garcia,", "omar's"). Each reads as a form letter with the blanks filled in by a machine.
 *
 * <p>Verbs and pronouns are recognised with LanguageTool's English dictionary ({@link WordClasses}), word by word,
 * and only for the word after one of a handful of prepositions, so the check stays cheap.
 */
final class InsertionCheck implements Check {
    private static final Set<String> SLOT_WORDS = Set.of("about", "with", "in", "on", "of", "for");
    private static final Set<String> VERB_TAGS = Set.of("VB", "VBD", "VBN", "VBP", "VBZ", "MD");
    private static final Set<String> OBJECT_TAGS = Set.of("DT", "CD", "PRP$");
    /** Words that follow a capitalised name or title, not a verb's object ("with Drew and", "about Found in"). */
    private static final Set<String> LINKING_WORDS = Set.of("and", "or", "nor", "but", "from", "of", "at", "to", "in",
        "on", "with", "for", "by", "as", "who", "that", "which", "and/or");
    private static final Pattern PUNCTUATION_RUN = Pattern.compile("[.,;:!?]{2,}");
    private static final Pattern ADDRESS_DOT = Pattern.compile("\\p{L}\\.\\p{L}{2}");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "ltd", "llc", "plc", "co", "corp", "bros", "jr",
        "sr", "etc", "st", "dr", "mr", "ms", "mrs", "mx", "prof", "no", "vs", "approx", "dept", "esq", "ph.d");

    private final WordClasses classes;

    InsertionCheck(WordClasses classes) {
        this.classes = classes;
    }

    @Override
    public void run(Note note, Findings out) {
        clauses(note, out);
        punctuation(note, out);
        nameCase(note, out);
    }

    // ----- a clause in a noun slot -----

    private void clauses(Note note, Findings out) {
        Set<String> known = new java.util.HashSet<>();
        note.interview().interviewers().forEach(i -> Names.parts(i).forEach(x -> known.add(Names.fold(x))));
        Names.parts(note.interview().candidate().name()).forEach(x -> known.add(Names.fold(x)));
        Names.parts(note.interview().company()).forEach(x -> known.add(Names.fold(x)));
        Names.parts(note.interview().role()).forEach(x -> known.add(Names.fold(x)));
        List<Range> words = note.text.words();
        Range greeting = note.text.greeting();
        Range signOff = note.text.signOff();
        for (int i = 0; i + 2 < words.size(); i++) {
            Range slot = words.get(i);
            Range first = words.get(i + 1);
            Range second = words.get(i + 2);
            if (greeting != null && greeting.contains(slot) || signOff != null && signOff.contains(first)
                || !SLOT_WORDS.contains(slot.of(note.body).toLowerCase(Locale.ROOT))
                || !onlySpaceBetween(note.body, slot, first) || !onlySpaceBetween(note.body, first, second)) {
                continue;
            }
            String word = first.of(note.body);
            String next = second.of(note.body);
            if (!known.contains(Names.fold(word)) && startsClause(note, slot, word, next)) {
                Range clause = new Range(first.start(), clauseEnd(note.body, first.start()));
                String slotWord = slot.of(note.body);
                out.add(Rule.A11, Severity.WARNING, clause.body(), "\"" + shortened(clause.of(note.body))
                    + "\" reads as a sentence dropped in after \"" + slotWord + "\".",
                    "A detail pasted in as its own sentence or résumé line breaks the sentence around it; the reader "
                        + "sees a form with its blanks filled in, not a note written to them.",
                    "Rewrite it to fit after \"" + slotWord + "\" as a short phrase (\"" + slotWord + " the roadmap\", "
                        + "\"" + slotWord + " leading a team\"), or give it a sentence of its own. In the interview, "
                        + "write topics and skills as short phrases, not sentences.");
                i += 1;
            }
        }
    }

    private boolean startsClause(Note note, Range slot, String word, String next) {
        if (slot.start() > 0 && slot.of(note.body).equalsIgnoreCase("for") && before(note.body, slot.start()) == ',') {
            return false;
        }
        Set<String> tags = classes.of(word);
        if (isSubjectPronoun(tags)) {
            return classes.of(next).stream().anyMatch(VERB_TAGS::contains);
        }
        if (!tags.contains("VBD") && !tags.contains("VBN") || tags.stream().anyMatch(t -> t.startsWith("NNP"))) {
            return false;
        }
        if (Character.isUpperCase(word.codePointAt(0)) && !isAllUpper(word)) {
            return Character.isDigit(next.codePointAt(0)) || Character.isLowerCase(next.codePointAt(0))
                && !LINKING_WORDS.contains(next);
        }
        if (tags.stream().anyMatch(t -> t.startsWith("JJ") || t.startsWith("NN"))) {
            return false;
        }
        Set<String> nextTags = classes.of(next);
        return Character.isDigit(next.codePointAt(0)) || nextTags.stream().anyMatch(t -> OBJECT_TAGS.contains(t)
            || t.startsWith("PRP$") || t.startsWith("PRP_O"));
    }

    /** "I", "we", "she", "they": a pronoun that can only be a subject ("you" and "it" can be objects too). */
    private static boolean isSubjectPronoun(Set<String> tags) {
        return tags.stream().anyMatch(t -> t.startsWith("PRP_S"))
            && tags.stream().noneMatch(t -> t.startsWith("PRP_O"));
    }

    private static boolean onlySpaceBetween(String text, Range a, Range b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char before(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? ' ' : text.charAt(i);
    }

    /** Where the inserted words end: the next punctuation mark or line break. */
    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && ".,;:!?\n\r".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static String shortened(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57).strip() + "…";
    }

    // ----- doubled punctuation -----

    private static void punctuation(Note note, Findings out) {
        Matcher m = PUNCTUATION_RUN.matcher(note.body);
        while (m.find()) {
            String run = m.group();
            if (run.chars().allMatch(c -> c == '!' || c == '?')) {
                continue;
            }
            String rest = run;
            if (run.startsWith("...")) {
                rest = run.replaceFirst("^\\.{3,}", "");
            } else if (run.charAt(0) == '.' && abbreviationBefore(note.body, m.start())) {
                rest = run.substring(1);
            }
            if (rest.length() < 2 && !(rest.equals(".") && !run.startsWith("..."))) {
                continue;
            }
            int wordStart = m.start();
            while (wordStart > 0 && !Character.isWhitespace(note.body.charAt(wordStart - 1))) {
                wordStart--;
            }
            String shown = note.body.substring(wordStart, m.end());
            out.add(Rule.A11, Severity.WARNING, Span.body(m.start(), m.end()), "\"" + shortened(shown)
                + "\" has two punctuation marks in a row.",
                "Doubled marks are the trace of a detail that brought its own full stop or question mark into a "
                    + "sentence; readers notice them as typos.",
                "Keep one mark" + (run.charAt(0) == '.' && abbreviationBefore(note.body, m.start())
                    ? ": the full stop of the abbreviation also ends the sentence." : keepOne(shown, run)));
        }
    }

    /** ", e.g. \"next?\" or \"next,\"": the two ways of keeping one mark. */
    private static String keepOne(String shown, String run) {
        String word = shortened(shown.substring(0, shown.length() - run.length()));
        char first = run.charAt(0);
        char last = run.charAt(run.length() - 1);
        return ", e.g. \"" + word + first + "\"" + (first == last ? "" : " or \"" + word + last + "\"") + ".";
    }

    /** True when the full stop at {@code dot} ends an abbreviation ("Inc", "e.g", "U.S"). */
    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && "(\"'“‘".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        String token = text.substring(k, dot);
        if (token.isEmpty()) {
            return false;
        }
        return DOTTED_ABBREVIATION.matcher(token).matches() || ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT))
            || token.length() == 1 && Character.isUpperCase(token.charAt(0));
    }

    // ----- names without capitals, or in capitals -----

    /** One person's name: its words as typed, whether it is written in mixed case, and whether it is yours. */
    private record Person(List<String> parts, boolean mixedCase, boolean candidate) {
    }

    private void nameCase(Note note, Findings out) {
        List<Person> people = new ArrayList<>();
        for (Interviewer i : note.interview().interviewers()) {
            people.add(person(i.name(), Names.parts(i), false));
        }
        String candidate = note.interview().candidate().name();
        if (candidate != null) {
            people.add(person(candidate, Names.parts(candidate), true));
        }
        List<Range> words = note.text.words();
        Range greeting = note.text.greeting();
        Range signOff = note.text.signOff();
        for (int i = 0; i < words.size(); i++) {
            Range w = words.get(i);
            for (Person p : people) {
                String part = partMatching(p, note.body, w);
                if (part == null) {
                    continue;
                }
                int last = i;
                while (last + 1 < words.size() && partMatching(p, note.body, words.get(last + 1)) != null
                    && onlySpaceBetween(note.body, words.get(last), words.get(last + 1))) {
                    last++;
                }
                boolean lower = isAllLower(w.of(note.body));
                boolean sequence = last > i;
                boolean placed = greeting != null && greeting.contains(w) || signOff != null && signOff.contains(w);
                if (!lower || sequence || placed || !isOrdinaryWord(Names.stripPossessive(w.of(note.body)))) {
                    Range span = new Range(w.start(), end(note.body, words.get(last)));
                    report(note, out, p, span, lower);
                }
                i = last;
                break;
            }
        }
    }

    private static Person person(String name, List<String> parts, boolean candidate) {
        PersonName parsed = PersonName.parse(name);
        return new Person(parts, !parsed.isAllLowerCase() && !parsed.isAllUpperCase(), candidate);
    }

    /** The part of the person's name this word is, written all in lower case or all in capitals; else null. */
    private static String partMatching(Person p, String body, Range w) {
        if (inAddress(body, w)) {
            return null;
        }
        String word = Names.stripPossessive(w.of(body));
        boolean lower = isAllLower(word);
        if (!lower && !isAllUpper(word)) {
            return null;
        }
        for (String part : p.parts()) {
            if (part.codePointCount(0, part.length()) < 2 || !part.replace('’', '\'')
                .equalsIgnoreCase(word.replace('’', '\''))) {
                continue;
            }
            boolean chosen = p.mixedCase() && (lower ? isAllLower(part) : isAllUpper(part));
            boolean particle = lower && PersonName.isParticle(part);
            boolean initials = !lower && word.codePointCount(0, word.length()) < 3;
            if (!chosen && !particle && !initials) {
                return part;
            }
        }
        return null;
    }

    /** True inside an e-mail address, a link or a handle ("sam.okafor@example.com", "linkedin.com/in/samokafor"). */
    private static boolean inAddress(String body, Range w) {
        int a = w.start();
        int b = w.end();
        while (a > 0 && !Character.isWhitespace(body.charAt(a - 1))) {
            a--;
        }
        while (b < body.length() && !Character.isWhitespace(body.charAt(b))) {
            b++;
        }
        String chunk = body.substring(a, b);
        return chunk.indexOf('@') >= 0 || chunk.indexOf('/') >= 0 || ADDRESS_DOT.matcher(chunk).find();
    }

    /** True when the dictionary knows the lower-case word as something other than a proper name ("will", "rose"). */
    private boolean isOrdinaryWord(String word) {
        return classes.of(word).stream().anyMatch(t -> !t.startsWith("NNP"));
    }

    private static int end(String body, Range w) {
        String word = w.of(body);
        return w.start() + Names.stripPossessive(word).length();
    }

    private static void report(Note note, Findings out, Person p, Range span, boolean lower) {
        String written = span.of(note.body);
        String fixed = Names.shown(lower ? written : written.toLowerCase(Locale.ROOT));
        boolean typedSo = !p.mixedCase();
        String where = p.candidate() ? " Correct it in your details too, so the next draft has it right."
            : " Correct it on the People step too, so the next draft has it right.";
        out.add(Rule.A11, Severity.WARNING, span.body(), "\"" + written + "\" is written " + (lower
            ? "in lower case." : "in capitals."),
            "A name without its capitals, or shouted in capitals, looks pasted in by a machine; people notice "
                + "their own name first.",
            "Write it as they do: " + fixed + "." + (typedSo ? where : ""));
    }

    private static boolean isAllLower(String s) {
        return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase);
    }

    private static boolean isAllUpper(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
    }
}
