// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a note into the pieces the checker sees, and applies the pre-guards on the way: text past the note cap,
 * over-long sentences and symbol soup are set aside as "not proofread", long runs of one character are shortened,
 * and paragraphs longer than the unit cap are split between sentences. Pure and fast (microseconds for a note).
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

    private final ProofreadLimits limits;

    Segmenter(ProofreadLimits limits) {
        this.limits = limits;
    }

    Plan plan(String text) {
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
        while (pos < end) {
            int lineEnd = pos;
            while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
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

    private void paragraph(String text, int start, int end, List<Unit> units, List<Skip> skips) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text.substring(start, end));
        int groupStart = -1;
        int groupEnd = -1;
        int from = sentences.first();
        for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            int s = firstVisible(text, start + from, start + to);
            if (s < 0) {
                continue;
            }
            int e = lastVisibleEnd(text, s, start + to);
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
