// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.List;

/**
 * What to draft: a kind, medium and tone (or one template by id), for the people the kind goes to (see
 * {@link Audience}) or for one person. Any part left null takes its default: a warm thank-you e-mail to every
 * interviewer.
 *
 * @param kind       the kind of note, or null for a thank-you
 * @param medium     where it goes, or null for e-mail
 * @param tone       the voice, or null for warm
 * @param templateId one template by id; when given it decides kind, medium and tone
 * @param recipient  one person's name (ignoring case), or null for everyone the kind goes to
 * @param cc         who a one-recipient note copies (names or e-mail addresses), or null for the interview's choice
 */
public record DraftRequest(NoteKind kind, Medium medium, Tone tone, String templateId, String recipient,
                           List<String> cc) {

    /** A warm thank-you e-mail to every interviewer. */
    public static final DraftRequest DEFAULT = new DraftRequest(null, null, null, null, null);

    /** Trims the text parts; blanks become null. */
    public DraftRequest {
        templateId = templateId == null || templateId.isBlank() ? null : templateId.strip();
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        cc = cc == null ? null : cc.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    /** A request that copies whoever the interview's choice copies. */
    public DraftRequest(NoteKind kind, Medium medium, Tone tone, String templateId, String recipient) {
        this(kind, medium, tone, templateId, recipient, null);
    }

    /** A request for this kind, medium and tone, to everyone. */
    public static DraftRequest of(NoteKind kind, Medium medium, Tone tone) {
        return new DraftRequest(kind, medium, tone, null, null);
    }

    /** The kind, or the default. */
    public NoteKind kindOrDefault() {
        return kind == null ? NoteKind.THANK_YOU : kind;
    }

    /** The medium, or the default. */
    public Medium mediumOrDefault() {
        return medium == null ? Medium.EMAIL : medium;
    }

    /** The tone, or the default. */
    public Tone toneOrDefault() {
        return tone == null ? Tone.WARM : tone;
    }

    /** The same request with one template chosen by id. */
    public DraftRequest withTemplate(String id) {
        return new DraftRequest(kind, medium, tone, id, recipient, cc);
    }

    /** The same request for one person only. */
    public DraftRequest to(String name) {
        return new DraftRequest(kind, medium, tone, templateId, name, cc);
    }

    /** The same request copying these names or addresses instead of the interview's choice (empty: no one). */
    public DraftRequest copying(List<String> copies) {
        return new DraftRequest(kind, medium, tone, templateId, recipient, copies == null ? List.of() : copies);
    }
}
