// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

/**
 * The exact stretch of text a finding is about, so an editor can underline it and a person can see what to change.
 * Offsets are UTF-16 indices (as Java strings and JavaFX text controls count), end exclusive.
 *
 * @param part  whether the offsets point into the note's body or its subject line
 * @param start first character
 * @param end   one past the last character
 */
public record Span(Part part, int start, int end) {

    /** Which text of the note a span points into. */
    public enum Part {
        BODY, SUBJECT;

        /** The spelling used in JSON output. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Requires a part and a non-empty, ordered range. */
    public Span {
        if (part == null) {
            throw new IllegalArgumentException("part is required");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end, not " + start + ".." + end);
        }
    }

    /** A span in the note's body. */
    public static Span body(int start, int end) {
        return new Span(Part.BODY, start, end);
    }

    /** A span in the subject line. */
    public static Span subject(int start, int end) {
        return new Span(Part.SUBJECT, start, end);
    }

    /** The covered text of {@code text}, clamped to its length. */
    public String of(String text) {
        int s = Math.min(start, text.length());
        int e = Math.min(end, text.length());
        return text.substring(s, e);
    }
}
