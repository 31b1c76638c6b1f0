// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notes as the person edited them in the review step, for one interview: kept so an edit survives going back,
 * changing step and restarting. Edits belong to the template they were made on; drafting with another template
 * starts from its fresh text.
 *
 * @param templateId the template the notes were drafted from
 * @param notes      each recipient's edited note, by name as in the interview
 */
public record NoteEdits(String templateId, Map<String, Edited> notes) {

    /** Copies the map, keeping its order. */
    public NoteEdits {
        notes = notes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /**
     * One edited note.
     *
     * @param subject the subject line, or null
     * @param body    the text
     */
    public record Edited(String subject, String body) {
    }
}
