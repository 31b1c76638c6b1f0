// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * Whether a note fits the card's inside panel, in the units a person can act on: lines and characters to cut.
 *
 * @param linesAvailable lines the panel holds at handwriting size
 * @param linesNeeded    lines the note needs (blank lines between paragraphs included)
 * @param charactersOver characters on the lines that do not fit (0 when it fits)
 */
public record CardFit(int linesAvailable, int linesNeeded, int charactersOver) {

    /** True when every line fits on the panel. */
    public boolean fits() {
        return linesNeeded <= linesAvailable;
    }

    /** Lines beyond the panel (0 when it fits). */
    public int linesOver() {
        return Math.max(0, linesNeeded - linesAvailable);
    }

    /** One sentence for the user. */
    public String describe(CardSize size) {
        if (fits()) {
            return "The note fits the " + size.label() + " card: " + linesNeeded + " of " + linesAvailable
                + " lines.";
        }
        return "The note does not fit the " + size.label() + " card: it is " + plural(linesOver(), "line")
            + " (" + plural(charactersOver, "character") + ") too long. The extra lines are printed on a separate "
            + "page marked \u201cdoes not fit\u201d; shorten the note.";
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
