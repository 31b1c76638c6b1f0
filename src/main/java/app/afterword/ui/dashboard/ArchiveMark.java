// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import java.time.Instant;

/**
 * That an interview is archived: kept out of the agenda and the default list, and never deleted. The interview file
 * has no such flag, so Home keeps one small record per archived interview in its own folder ({@value #FOLDER}),
 * under the interview's id; unarchiving removes it.
 *
 * @param schemaVersion the record format version
 * @param archivedAt    when it was archived
 */
public record ArchiveMark(int schemaVersion, Instant archivedAt) {

    /** The workspace folder of archive marks. */
    public static final String FOLDER = "archive";
    /** The format version written. */
    public static final int SCHEMA_VERSION = 1;

    /** Requires the time. */
    public ArchiveMark {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        if (archivedAt == null) {
            throw new IllegalArgumentException("archivedAt is missing");
        }
    }

    /** A mark made at {@code at}. */
    public static ArchiveMark at(Instant at) {
        return new ArchiveMark(SCHEMA_VERSION, at);
    }
}
