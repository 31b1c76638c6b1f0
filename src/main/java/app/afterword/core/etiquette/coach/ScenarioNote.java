// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette.coach;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One of the two versions of a coach scenario's note (the weak one or the strong one), with everything that decides
 * how it is judged: when it goes out, as what, and which notes went before it.
 *
 * @param subject       the subject line, or null
 * @param text          the note
 * @param kind          what the note is for
 * @param medium        where it goes
 * @param sendAt        the planned send time
 * @param followUpsSent follow-ups already sent before this one
 * @param lastSentAt    when the previous note went out, or null
 * @param otherDrafts   the notes written to the other people in the same situation (a panel)
 */
public record ScenarioNote(String subject, String text, NoteKind kind, Medium medium, OffsetDateTime sendAt,
                           int followUpsSent, OffsetDateTime lastSentAt, List<Draft> otherDrafts) {

    /** Requires the text, kind and medium. */
    public ScenarioNote {
        if (text == null || text.isBlank() || kind == null || medium == null) {
            throw new IllegalArgumentException("a scenario note needs text, kind and medium");
        }
        otherDrafts = otherDrafts == null ? List.of() : List.copyOf(otherDrafts);
    }
}
