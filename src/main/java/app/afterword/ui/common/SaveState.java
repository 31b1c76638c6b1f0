// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.core.store.SaveException;
import java.time.Instant;

/**
 * Where the person's input stands with the disk, for the line in the header ("Saved 14:02", "Not saved — disk
 * full").
 *
 * @param at      when the last save finished (SAVED), or null
 * @param reason  why the last save failed (FAILED), or null
 * @param message the full explanation of a failure, or null
 */
public record SaveState(Kind kind, Instant at, SaveException.Reason reason, String message) {

    /** The states. */
    public enum Kind {
        /** Everything typed is on disk ({@code at} may be null when nothing needed saving yet). */
        SAVED,
        /** There are edits that will be saved after a short pause. */
        PENDING,
        /** A save is running. */
        SAVING,
        /** The last save failed; the edits are kept in memory and will be saved again. */
        FAILED
    }

    /** Everything is saved; {@code at} may be null. */
    public static SaveState saved(Instant at) {
        return new SaveState(Kind.SAVED, at, null, null);
    }

    /** Edits wait for the pause before saving. */
    public static SaveState pending() {
        return new SaveState(Kind.PENDING, null, null, null);
    }

    /** A save is running. */
    public static SaveState saving() {
        return new SaveState(Kind.SAVING, null, null, null);
    }

    /** The last save failed. */
    public static SaveState failed(SaveException.Reason reason, String message) {
        return new SaveState(Kind.FAILED, null, reason, message);
    }
}
