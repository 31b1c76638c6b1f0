// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * One piece of a note sent to the checker: usually a whole paragraph. {@code checked} is the text the checker sees;
 * it differs from the note only where long runs of one character were cut, and {@link #toNote(int)} maps positions
 * back across those cuts.
 *
 * @param offset  where the piece starts in the note
 * @param length  how many chars of the note it covers
 * @param checked the text given to the checker
 * @param cutAt   positions in {@code checked} right after each cut, ascending
 * @param removed chars removed by each cut and all cuts before it
 */
record Unit(int offset, int length, String checked, int[] cutAt, int[] removed) {

    Unit {
        if (cutAt.length != removed.length) {
            throw new IllegalArgumentException("one removed count per cut");
        }
        cutAt = cutAt.clone();
        removed = removed.clone();
    }

    /** A piece checked as it is, with nothing cut. */
    static Unit plain(int offset, String text) {
        return new Unit(offset, text.length(), text, new int[0], new int[0]);
    }

    /** The same piece, {@code by} chars further into the note. */
    Unit movedBy(int by) {
        return by == 0 ? this : new Unit(offset + by, length, checked, cutAt, removed);
    }

    /** The note position of a position in {@link #checked}. */
    int toNote(int checkedPos) {
        int extra = 0;
        for (int i = 0; i < cutAt.length && cutAt[i] <= checkedPos; i++) {
            extra = removed[i];
        }
        return offset + Math.min(checkedPos + extra, length);
    }

    /** Where the piece ends in the note (exclusive). */
    int end() {
        return offset + length;
    }
}
