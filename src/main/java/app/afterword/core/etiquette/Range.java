// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

/** A stretch of the note's text, end exclusive; the analysis passes these around before they become spans. */
record Range(int start, int end) {

    Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    String of(String text) {
        return text.substring(start, end);
    }

    boolean contains(Range other) {
        return other.start >= start && other.end <= end;
    }

    boolean overlaps(Range other) {
        return other.start < end && start < other.end;
    }

    int length() {
        return end - start;
    }

    Span body() {
        return Span.body(start, Math.max(end, start + 1));
    }
}
