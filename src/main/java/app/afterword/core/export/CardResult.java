// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered card and what the user must know before printing it: whether it fits and which characters the font could
 * not draw.
 *
 * @param pdf      the PDF bytes
 * @param size     the card size it was laid out for
 * @param fit      the line budget and any overflow
 * @param replaced characters drawn as U+FFFD, as "U+4E2D 中" entries; empty when every character was drawn
 */
public record CardResult(byte[] pdf, CardSize size, CardFit fit, List<String> replaced) {

    /** Copies the list. */
    public CardResult {
        replaced = List.copyOf(replaced);
    }

    /** The file and its notes for the user. */
    public Rendered toRendered() {
        List<String> notes = new ArrayList<>();
        if (!fit.fits()) {
            notes.add(fit.describe(size));
        }
        if (!replaced.isEmpty()) {
            notes.add("The card font has no shape for " + String.join(", ", replaced) + "; they are printed as "
                + "\uFFFD. Write them by hand or choose other characters.");
        }
        return new Rendered(pdf, notes);
    }
}
