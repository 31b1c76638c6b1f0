// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * A LinkedIn note measured the way LinkedIn's text box measures it. LinkedIn counts every character, spaces and emoji
 * included; a web text box counts UTF-16 code units (JavaScript's {@code length}, HTML's {@code maxlength}), so an
 * emoji such as 😀 counts 2 and a family emoji joined with zero-width joiners counts up to 11. We count the same units:
 * this is never less than the number of visible characters, so a note that fits here is not cut there. Line breaks
 * count 1.
 *
 * @param text   the note as it will be pasted (normalized: LF line breaks, no trailing spaces)
 * @param length its length in UTF-16 code units
 * @param limit  the limit it is measured against
 */
public record LinkedInNote(String text, int length, int limit) {

    /** Free accounts' connection-request note limit, the default. */
    public static final int DEFAULT_LIMIT = 200;
    /** Premium accounts' connection-request note limit. */
    public static final int PREMIUM_LIMIT = 300;
    /** Limit for a message to a first-degree connection. */
    public static final int MESSAGE_LIMIT = 3_000;

    /** Requires the text and a positive limit. */
    public LinkedInNote {
        if (text == null || limit < 1) {
            throw new IllegalArgumentException("text and a positive limit are required");
        }
    }

    /** Measures the note against the limit. */
    public static LinkedInNote of(String text, int limit) {
        String normal = NoteText.normalize(text);
        return new LinkedInNote(normal, count(normal), limit);
    }

    /** The length LinkedIn's counter shows for the text: UTF-16 code units, line breaks as one. */
    public static int count(String text) {
        return text == null ? 0 : text.length();
    }

    /** True when the note is within the limit. */
    public boolean fits() {
        return length <= limit;
    }

    /** Characters to cut to fit (0 when it fits). */
    public int overBy() {
        return Math.max(0, length - limit);
    }

    /** One sentence for the user, with the count. */
    public String describe() {
        if (fits()) {
            return length + " of " + limit + " characters.";
        }
        return length + " characters; the limit is " + limit + ", so it is " + CardFit.plural(overBy(), "character")
            + " too long.";
    }
}
