// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.BoundedMap;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a note into the pieces the checker sees, and applies the pre-guards on the way: text past the note cap,
 * over-long sentences and symbol soup are set aside as "not proofread", long runs of one character are shortened,
 * and paragraphs longer than the unit cap are split between sentences.
 *
 * <p>It runs on every keystroke pause, often before the JIT has compiled it, so it does little per note: lines are
 * found with {@link String#indexOf(int, int)}, and the cutting of a paragraph is remembered by the paragraph's text,
 * so only the paragraph that changed is cut again. A remembered piece keeps its text, which lets the service's
 * finding cache match it without hashing the paragraph again. Thread-safe.
 */
final class Segmenter {

    /** A stretch set aside, before positions are turned into lines and columns. */
    record Skip(int offset, int length, NotProofread.Reason reason) {
    }

    /** The pieces to check and the stretches set aside, both in text order. */
    record Plan(List<Unit> units, List<Skip> skips) {
        Plan {
            units = List.copyOf(units);
            skips = List.copyOf(skips);
        }
    }

    private static final int MIN_SYMBOLS = 4;

    /** What {@link #guard} counts as a word: a run of chars that are neither whitespace nor space chars. */
    static final Pattern WORD = Pattern.compile("[^\\p{Z}\\x{9}-\\x{D}\\x{1C}-\\x{1F}]+");

    /**
     * What {@link #isSymbol} counts, less the whitespace that {@link #guard} skips before asking: everything but
     * letters, marks, numbers, punctuation and separators, and the variation selectors. Written as a negation so that
     * a letter, the usual char, is settled by the first test.
     */
    static final Pattern SYMBOL = Pattern.compile(
        "[[^\\p{L}\\p{M}\\p{N}\\p{P}\\p{Z}\\x{9}-\\x{D}\\x{1C}-\\x{1F}][\\x{FE00}-\\x{FE0F}]]");

    /** Paragraphs whose cutting is remembered; a note has a handful, and an editor or two is open at a time. */
    static final int REMEMBERED_PARAGRAPHS = 128;

    private final ProofreadLimits limits;
    /** A run of one character longer than the cap, which {@link #unit} shortens. */
    private final Pattern run;
    private final Map<String, Plan> remembered = BoundedMap.leastRecentlyUsed(REMEMBERED_PARAGRAPHS);

    Segmenter(ProofreadLimits limits) {
        this.limits = limits;
        this.run = Pattern.compile("(.)\\1{" + limits.maxRun() + "}", Pattern.DOTALL);
    }

    synchronized Plan plan(String text) {
        List<Unit> units = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        int end = text.length();
        Skip tooLong = null;
        if (end > limits.maxNoteChars()) {
            int cut = cutPoint(text, limits.maxNoteChars());
            tooLong = new Skip(cut, end - cut, NotProofread.Reason.NOTE_TOO_LONG);
            end = cut;
        }
        int pos = 0;
        int paraStart = -1;
        int paraEnd = -1;
        int nextCr = text.indexOf('\r');
        while (pos < end) {
            if (nextCr >= 0 && nextCr < pos) {
                nextCr = text.indexOf('\r', pos);
            }
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (nextCr >= 0 && nextCr < lineEnd) {
                lineEnd = nextCr;
            }
            int first = firstVisible(text, pos, lineEnd);
            if (first < 0) {
                if (paraStart >= 0) {
                    paragraph(text, paraStart, paraEnd, units, skips);
                    paraStart = -1;
                }
            } else {
                if (paraStart < 0) {
                    paraStart = first;
                }
                paraEnd = lastVisibleEnd(text, pos, lineEnd);
            }
            pos = lineEnd;
            if (pos < end && text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < end && text.charAt(pos) == '\n') {
                pos++;
            }
        }
        if (paraStart >= 0) {
            paragraph(text, paraStart, paraEnd, units, skips);
        }
        if (tooLong != null) {
            skips.add(tooLong);
        }
        skips.sort(Comparator.comparingInt(Skip::offset));
        return new Plan(units, skips);
    }

    /** Adds the pieces and stretches set aside of the paragraph at [start, end), cut now or remembered. */
    private void paragraph(String text, int start, int end, List<Unit> units, List<Skip> skips) {
        String paragraph = text.substring(start, end);
        Plan cut = remembered.get(paragraph);
        if (cut == null) {
            cut = cut(paragraph);
            remembered.put(paragraph, cut);
        }
        for (Unit u : cut.units()) {
            units.add(u.movedBy(start));
        }
        for (Skip s : cut.skips()) {
            skips.add(new Skip(s.offset() + start, s.length(), s.reason()));
        }
    }

    /**
     * The pieces and stretches set aside of one paragraph, with positions from its start. A paragraph that no guard
     * can stop, the usual kind, is one piece; finding that out takes a few scans by compiled regular expressions,
     * where cutting it sentence by sentence would walk it char by char.
     */
    Plan cut(String text) {
        if (passesWhole(text)) {
            if (!run.matcher(text).find()) {
                return new Plan(List.of(Unit.plain(0, text)), List.of());
            }
            List<Skip> skips = new ArrayList<>();
            Unit unit = unit(text, 0, text.length(), skips);
            return new Plan(List.of(unit), skips);
        }
        return cutBySentence(text);
    }

    /**
     * True when the whole paragraph fits one piece and no sentence of it can be set aside: no sentence of it can have
     * more chars, words or symbols than the paragraph has.
     */
    private boolean passesWhole(String text) {
        if (text.length() > limits.maxUnitChars() || text.length() > limits.maxSentenceChars()) {
            return false;
        }
        return atMost(SYMBOL.matcher(text), MIN_SYMBOLS - 1)
            && ((text.length() + 1) / 2 <= limits.maxSentenceWords()
                || atMost(WORD.matcher(text), limits.maxSentenceWords()));
    }

    private static boolean atMost(Matcher m, int most) {
        int found = 0;
        while (m.find()) {
            if (++found > most) {
                return false;
            }
        }
        return true;
    }

    /** The paragraph cut sentence by sentence, each sentence screened on its own. */
    Plan cutBySentence(String text) {
        List<Unit> units = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int groupStart = -1;
        int groupEnd = -1;
        int from = sentences.first();
        for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            int s = firstVisible(text, from, to);
            if (s < 0) {
                continue;
            }
            int e = lastVisibleEnd(text, s, to);
            NotProofread.Reason reason = guard(text, s, e);
            if (reason != null) {
                if (groupStart >= 0) {
                    units.add(unit(text, groupStart, groupEnd, skips));
                    groupStart = -1;
                }
                skips.add(new Skip(s, e - s, reason));
                continue;
            }
            if (groupStart >= 0 && e - groupStart > limits.maxUnitChars()) {
                units.add(unit(text, groupStart, groupEnd, skips));
                groupStart = -1;
            }
            if (groupStart < 0) {
                groupStart = s;
            }
            groupEnd = e;
        }
        if (groupStart >= 0) {
            units.add(unit(text, groupStart, groupEnd, skips));
        }
        return new Plan(units, skips);
    }

    /** Why the sentence must not reach the checker, or null when it may. */
    private NotProofread.Reason guard(String text, int start, int end) {
        if (end - start > limits.maxSentenceChars()) {
            return NotProofread.Reason.SENTENCE_TOO_LONG;
        }
        int words = 0;
        int symbols = 0;
        int visible = 0;
        boolean inWord = false;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                words++;
                inWord = true;
            }
            visible++;
            if (isSymbol(cp)) {
                symbols++;
            }
        }
        if (words > limits.maxSentenceWords()) {
            return NotProofread.Reason.SENTENCE_TOO_LONG;
        }
        if (symbols >= MIN_SYMBOLS && symbols > limits.maxSymbolShare() * visible) {
            return NotProofread.Reason.MOSTLY_SYMBOLS;
        }
        return null;
    }

    static boolean isSymbol(int cp) {
        switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.SURROGATE:
            case Character.FORMAT:
            case Character.CONTROL:
                return true;
            case Character.NON_SPACING_MARK:
                return cp >= 0xFE00 && cp <= 0xFE0F;
            default:
                return false;
        }
    }

    /** The piece for [start, end), with runs of one character longer than the cap shortened. */
    private Unit unit(String text, int start, int end, List<Skip> skips) {
        int max = limits.maxRun();
        StringBuilder checked = null;
        List<int[]> cuts = new ArrayList<>();
        int removed = 0;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            int j = i;
            int count = 0;
            while (j < end && text.codePointAt(j) == cp) {
                j += n;
                count++;
            }
            if (count > max) {
                if (checked == null) {
                    checked = new StringBuilder(end - start).append(text, start, i);
                }
                int keepEnd = i + max * n;
                checked.append(text, i, keepEnd);
                removed += j - keepEnd;
                cuts.add(new int[] {checked.length(), removed});
                if (!Character.isWhitespace(cp)) {
                    skips.add(new Skip(keepEnd, j - keepEnd, NotProofread.Reason.REPEATED_CHARACTERS));
                }
            } else if (checked != null) {
                checked.append(text, i, j);
            }
            i = j;
        }
        if (checked == null) {
            return Unit.plain(start, text.substring(start, end));
        }
        int[] cutAt = cuts.stream().mapToInt(c -> c[0]).toArray();
        int[] removedSoFar = cuts.stream().mapToInt(c -> c[1]).toArray();
        return new Unit(start, end - start, checked.toString(), cutAt, removedSoFar);
    }

    /** Where to stop a note that is over the cap: at the last whitespace before it, never inside a surrogate pair. */
    static int cutPoint(String text, int max) {
        int cut = max;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        for (int i = cut; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return cut;
    }

    private static int firstVisible(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastVisibleEnd(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (!Character.isWhitespace(text.charAt(i - 1)) && !Character.isSpaceChar(text.charAt(i - 1))) {
                return i;
            }
        }
        return from;
    }
}
