// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.store.SaveException;
import java.util.Optional;

/** Where the review step keeps edited notes, one record per interview; called on the IO lane. */
public interface NoteEditsStore {

    /** The edits saved for an interview, if any. */
    Optional<NoteEdits> load(String interviewId);

    /** Saves the edits of an interview. */
    void save(String interviewId, NoteEdits edits) throws SaveException;
}
