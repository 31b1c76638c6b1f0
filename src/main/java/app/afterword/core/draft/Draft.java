// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.List;

/**
 * One note for one person, ready to proofread, check, edit and send.
 *
 * @param recipient  the interviewer's name exactly as in the interview
 * @param templateId the template it was drafted from
 * @param subject    the e-mail subject; null for media without one (card, LinkedIn note)
 * @param body       the note text, paragraphs separated by one blank line
 * @param cc         who an e-mail of it copies: names of people in the interview or e-mail addresses; empty for none
 */
public record Draft(String recipient, NoteKind kind, Medium medium, String templateId, String subject,
                    String body, List<String> cc) {

    /** Requires the recipient, kind, medium and body. */
    public Draft {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is missing");
        }
        if (kind == null || medium == null) {
            throw new IllegalArgumentException("kind and medium are required");
        }
        if (body == null) {
            throw new IllegalArgumentException("body is missing");
        }
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        cc = cc == null ? List.of() : cc.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    /** A note that copies no one. */
    public Draft(String recipient, NoteKind kind, Medium medium, String templateId, String subject, String body) {
        this(recipient, kind, medium, templateId, subject, body, List.of());
    }

    /** The same note with edited text. */
    public Draft withText(String newSubject, String newBody) {
        return new Draft(recipient, kind, medium, templateId, newSubject, newBody, cc);
    }

    /** The same note copying others (names of people in the interview or e-mail addresses). */
    public Draft withCc(List<String> copies) {
        return new Draft(recipient, kind, medium, templateId, subject, body, copies);
    }
}
