// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a note: greeting, paragraphs, sentences, sign-off and words, each as offsets into the original text
 * (so findings point at the text the user typed, line endings and all). Letters are written to be read, not parsed,
 * so the rules here are forgiving: a greeting is the first line if it opens with a salutation or is a short line
 * ending in a comma; the sign-off is the closing line ("Best regards,") and everything after it.
 *
 * <p>Words are counted once, here, the way a reader counts them ({@link #countWords(CharSequence, int, int)}): the
 * length rules and the editor's word count both use it, so "The note has 89 words" and "89 words" agree.
 */
final class NoteText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r]*\\n");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "ms", "mrs", "mx", "dr", "prof", "st", "jr", "sr",
        "vs", "e.g", "i.e", "eg", "ie", "inc", "ltd", "co", "no", "approx", "dept", "cf", "a.m", "p.m");
    private static final int MAX_GREETING_WORDS = 8;
    /** Up to four capitalised words (titles with or without a dot) and then a comma, colon or dash. */
    private static final Pattern NAME_LED = Pattern.compile(
        "(\\p{Lu}[\\p{L}'’\\-]*\\.?(?:[ \\t]+\\p{Lu}[\\p{L}'’\\-]*\\.?){0,3})[ \\t]*[,:—–]");
    private static final int MAX_CLOSING_WORDS = 6;

    private final String text;
    private final Range greeting;
    private final Range signOff;
    private final List<Range> paragraphs;
    private final List<Range> contentParagraphs;
    private final List<Range> sentences;
    private final List<Range> words;

    NoteText(String text, List<Pattern> salutations, List<Pattern> closings) {
        this(text, salutations, closings, w -> false);
    }

    /**
     * The shape of a note whose reader's names are known: a first line that opens with one of them (or a title such
     * as "Mr.") and a comma or dash also counts as the greeting, as in "Sarah, thank you for the tour."
     *
     * @param isName true for a word that is part of a recipient's name
     */
    NoteText(String text, List<Pattern> salutations, List<Pattern> closings, Predicate<String> isName) {
        this.text = text;
        this.words = matches(WORD, text, 0, text.length());
        this.paragraphs = paragraphs(text);
        this.greeting = findGreeting(salutations, isName);
        this.signOff = findSignOff(closings);
        int contentStart = greeting == null ? 0 : greeting.end();
        int contentEnd = signOff == null ? text.length() : signOff.start();
        List<Range> content = new ArrayList<>();
        List<Range> found = new ArrayList<>();
        for (Range p : paragraphs) {
            int s = Math.max(p.start(), contentStart);
            int e = Math.min(p.end(), contentEnd);
            Range r = trim(s, e);
            if (r != null && hasLetter(r)) {
                content.add(r);
                found.addAll(sentences(r));
            }
        }
        this.contentParagraphs = List.copyOf(content);
        this.sentences = List.copyOf(found);
    }

    String text() {
        return text;
    }

    /** The greeting ("Dear Ana,"), or null when the note opens without one. */
    Range greeting() {
        return greeting;
    }

    /** The closing line and the signature after it, or null when there is none. */
    Range signOff() {
        return signOff;
    }

    /** All paragraphs, greeting and sign-off included. */
    List<Range> paragraphs() {
        return paragraphs;
    }

    /** Paragraphs of the message itself, without greeting and sign-off. */
    List<Range> contentParagraphs() {
        return contentParagraphs;
    }

    /** Sentences of the message itself. */
    List<Range> sentences() {
        return sentences;
    }

    /** Every word of the note. */
    List<Range> words() {
        return words;
    }

    /** Words of the greeting and the message, not counting the sign-off and signature. */
    int wordCount() {
        return countWords(text, 0, signOff == null ? text.length() : signOff.start());
    }

    /**
     * How many words a reader sees between {@code from} and {@code to}: runs of characters between spaces (line
     * breaks, tabs and no-break spaces included) or em dashes, that hold at least one letter or digit. So "e-mail",
     * "don't", "5%", "ana@example.com", "linkedin.com/in/ana" and "2019–2021" are one word each, "design—and" is two,
     * and a dash, bullet or emoji standing alone is none. Accents written as combining marks stay inside their word.
     * Scripts written without spaces (Chinese, Japanese) count one word per run, as typed.
     */
    static int countWords(CharSequence s, int from, int to) {
        int n = 0;
        boolean inToken = false;
        boolean counted = false;
        int i = Math.max(0, from);
        int end = Math.min(to, s.length());
        while (i < end) {
            int cp = Character.codePointAt(s, i);
            if (isWordBreak(cp)) {
                inToken = false;
            } else {
                if (!inToken) {
                    inToken = true;
                    counted = false;
                }
                if (!counted && Character.isLetterOrDigit(cp)) {
                    n++;
                    counted = true;
                }
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean isWordBreak(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u2014' || cp == '\u2015'
            || cp == '\u2E3A' || cp == '\u2E3B';
    }

    /** The first sentence of the message, or null. */
    Range firstSentence() {
        return sentences.isEmpty() ? null : sentences.get(0);
    }

    /** The last paragraph of the message, or null. */
    Range lastContentParagraph() {
        return contentParagraphs.isEmpty() ? null : contentParagraphs.get(contentParagraphs.size() - 1);
    }

    private static List<Range> matches(Pattern p, String text, int from, int to) {
        List<Range> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Range(m.start(), m.end()));
        }
        return List.copyOf(out);
    }

    private List<Range> paragraphs(String t) {
        List<Range> out = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(t);
        int start = 0;
        while (m.find()) {
            Range r = trim(start, m.start());
            if (r != null) {
                out.add(r);
            }
            start = m.end();
        }
        Range last = trim(start, t.length());
        if (last != null) {
            out.add(last);
        }
        return List.copyOf(out);
    }

    private Range trim(int s, int e) {
        int a = s;
        int b = e;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return a < b ? new Range(a, b) : null;
    }

    private boolean hasLetter(Range r) {
        for (int i = r.start(); i < r.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private Range findGreeting(List<Pattern> salutations, Predicate<String> isName) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        Range first = paragraphs.get(0);
        int lineEnd = text.indexOf('\n', first.start());
        Range line = trim(first.start(), lineEnd < 0 || lineEnd > first.end() ? first.end() : lineEnd);
        if (line == null) {
            return null;
        }
        String l = line.of(text);
        int salutationEnd = salutationEnd(l, salutations);
        if (salutationEnd >= 0) {
            int cut = delimiter(l, salutationEnd);
            if (cut >= 0) {
                return new Range(line.start(), line.start() + cut + 1);
            }
            if (countWords(l) <= MAX_GREETING_WORDS) {
                return line;
            }
            return new Range(line.start(), line.start() + capitalisedRun(l, salutationEnd));
        }
        char last = l.charAt(l.length() - 1);
        if ((last == ',' || last == ':') && countWords(l) <= 6) {
            return line;
        }
        int named = nameLed(l, isName);
        return named < 0 ? null : new Range(line.start(), line.start() + named);
    }

    /**
     * The end of a greeting made of the reader's name alone at the start of a line ("Sarah, thank you…", "Mr. Rao —
     * thank you…"), just after its comma or dash; -1 when the line does not open that way.
     */
    private static int nameLed(String line, Predicate<String> isName) {
        Matcher m = NAME_LED.matcher(line);
        if (!m.lookingAt()) {
            return -1;
        }
        boolean known = false;
        boolean title = false;
        Matcher w = WORD.matcher(m.group(1));
        while (w.find()) {
            String word = Names.stripPossessive(w.group());
            title |= Names.isHonorific(word);
            known |= isName.test(word);
        }
        return known || title && countWords(m.group(1)) >= 2 ? m.end() : -1;
    }

    private static int salutationEnd(String line, List<Pattern> salutations) {
        for (Pattern p : salutations) {
            Matcher m = p.matcher(line);
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    private static int delimiter(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == ':' || c == '!' || c == '—' || c == '–') {
                return i;
            }
        }
        return -1;
    }

    private static int capitalisedRun(String line, int from) {
        Matcher m = WORD.matcher(line).region(from, line.length());
        int end = from;
        int taken = 0;
        while (m.find() && taken < 3 && Character.isUpperCase(line.charAt(m.start()))) {
            end = m.end();
            taken++;
        }
        return end;
    }

    private static int countWords(String s) {
        return countWords(s, 0, s.length());
    }

    private Range findSignOff(List<Pattern> closings) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        int floor = greeting == null ? 0 : greeting.end();
        int from = paragraphs.size() >= 2 ? paragraphs.get(paragraphs.size() - 2).start() : paragraphs.get(0).start();
        from = Math.max(from, floor);
        List<Range> lines = lines(from, text.length());
        for (int i = lines.size() - 1; i >= 0; i--) {
            Range line = lines.get(i);
            String l = line.of(text);
            if (isClosing(l, closings)) {
                return new Range(line.start(), trimmedEnd());
            }
        }
        return signatureOnly(floor);
    }

    private boolean isClosing(String line, List<Pattern> closings) {
        if (countWords(line) > MAX_CLOSING_WORDS) {
            return false;
        }
        String stripped = line.strip();
        char last = stripped.charAt(stripped.length() - 1);
        if (last == '.' || last == '?') {
            return false;
        }
        for (Pattern p : closings) {
            if (p.matcher(stripped).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A last paragraph that is only a name and contact lines counts as the signature. */
    private Range signatureOnly(int floor) {
        Range last = paragraphs.get(paragraphs.size() - 1);
        if (paragraphs.size() < 2 || last.start() < floor) {
            return null;
        }
        List<Range> lines = lines(last.start(), last.end());
        if (lines.size() > 4) {
            return null;
        }
        for (Range line : lines) {
            String l = line.of(text).strip();
            char end = l.charAt(l.length() - 1);
            if (countWords(l) > MAX_CLOSING_WORDS + 2 || end == '.' && !l.contains("@") || end == '?') {
                return null;
            }
        }
        return last;
    }

    private int trimmedEnd() {
        int b = text.length();
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private List<Range> lines(int from, int to) {
        List<Range> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                Range r = trim(start, i);
                if (r != null) {
                    out.add(r);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private List<Range> sentences(Range paragraph) {
        List<Range> out = new ArrayList<>();
        int start = paragraph.start();
        int i = paragraph.start();
        int end = paragraph.end();
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < end && ".!?…\"'”’)".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                boolean atEnd = j >= end;
                boolean breakAfter = atEnd || Character.isWhitespace(text.charAt(j));
                if (breakAfter && !(c == '.' && j == i + 1 && isAbbreviation(start, i))) {
                    Range r = trim(start, j);
                    if (r != null && hasLetter(r)) {
                        out.add(r);
                    }
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        Range rest = trim(start, end);
        if (rest != null && hasLetter(rest)) {
            out.add(rest);
        }
        return out;
    }

    private boolean isAbbreviation(int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && !Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        String token = text.substring(k, dot).toLowerCase(Locale.ROOT).replaceAll("^[(\"'“‘]+", "");
        if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
            return Character.isUpperCase(text.charAt(dot - 1));
        }
        return ABBREVIATIONS.contains(token);
    }
}
