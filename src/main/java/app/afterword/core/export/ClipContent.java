// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;

/**
 * What goes on the clipboard: always plain text, and HTML when the target can keep paragraphs (a mail composer).
 * Built in the core so the desktop and the command line copy exactly the same text.
 *
 * @param plain the plain text; never null
 * @param html  an HTML fragment, or null when only plain text makes sense (a subject line)
 */
public record ClipContent(String plain, String html) {

    /** Requires the plain text. */
    public ClipContent {
        if (plain == null) {
            throw new IllegalArgumentException("plain text is required");
        }
    }

    /** The note's body as plain text and HTML, paragraphs kept. */
    public static ClipContent note(Draft draft) {
        return new ClipContent(NoteText.plain(draft.body()), NoteText.htmlFragment(draft.body()));
    }

    /** The subject on its own, as plain text (empty when the note has no subject). */
    public static ClipContent subject(Draft draft) {
        return new ClipContent(draft.subject() == null ? "" : draft.subject(), null);
    }
}
