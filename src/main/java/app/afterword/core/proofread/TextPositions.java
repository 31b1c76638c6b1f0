// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.Arrays;

/**
 * Turns char offsets into the line and column a person looks for. Lines end at LF, CRLF or a lone CR; columns count
 * code points, so an accented letter or an emoji is one column.
 */
final class TextPositions {
    private final String text;
    private final int[] lineStarts;

    TextPositions(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 1;
        if (text.indexOf('\r') < 0) {
            // the usual case, found with indexOf, which is fast even before the JIT compiles this
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts = add(starts, n++, i + 1);
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts = add(starts, n++, i + 1);
                }
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    private static int[] add(int[] starts, int at, int start) {
        int[] out = at < starts.length ? starts : Arrays.copyOf(starts, starts.length * 2);
        out[at] = start;
        return out;
    }

    /** The line of the offset, from 1. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The column of the offset, from 1, in code points. */
    int column(int offset) {
        int o = clamp(offset);
        int start = lineStarts[line(o) - 1];
        return text.codePointCount(start, o) + 1;
    }

    /** The offset moved into the text and off the second half of a surrogate pair (towards the start). */
    int clampStart(int offset) {
        int o = clamp(offset);
        if (o > 0 && o < text.length() && Character.isLowSurrogate(text.charAt(o))
            && Character.isHighSurrogate(text.charAt(o - 1))) {
            o--;
        }
        return o;
    }

    /** The end offset moved into the text and off the second half of a surrogate pair (towards the end). */
    int clampEnd(int offset) {
        int o = clamp(offset);
        if (o > 0 && o < text.length() && Character.isLowSurrogate(text.charAt(o))
            && Character.isHighSurrogate(text.charAt(o - 1))) {
            o++;
        }
        return o;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
