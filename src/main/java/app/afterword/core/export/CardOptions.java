// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * How a card is printed.
 *
 * @param size     the card (panel) size
 * @param folded   true for a folded card: the page is the open card, two panels wide, with the note on the inside
 *                 right panel and the fold marked
 * @param envelope true to add a page with the envelope line (full name, title, company)
 */
public record CardOptions(CardSize size, boolean folded, boolean envelope) {

    /** Requires a size. */
    public CardOptions {
        if (size == null) {
            throw new IllegalArgumentException("card size is required");
        }
    }

    /** The options stored in the export settings. */
    public static CardOptions from(ExportSettings settings) {
        return new CardOptions(settings.cardSize(), settings.folded(), settings.envelope());
    }
}
