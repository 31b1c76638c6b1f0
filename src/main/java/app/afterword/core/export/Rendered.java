// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.util.List;

/**
 * The bytes of one exported file and what the user should know about them (a missing address, a card that overflows).
 * Kept apart from writing so every format is tested without touching a disk.
 *
 * @param bytes the file content
 * @param notes sentences for the user; empty when there is nothing to say
 */
public record Rendered(byte[] bytes, List<String> notes) {

    /** Requires the bytes; copies the notes. */
    public Rendered {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes are required");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
