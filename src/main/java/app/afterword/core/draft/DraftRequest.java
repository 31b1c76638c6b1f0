// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

/**
 * What to draft: a kind, medium and tone (or one template by id), for everyone or for one interviewer. Any part
 * left null takes its default: a warm thank-you e-mail to every interviewer.
 *
 * @param kind       the kind of note, or null for a thank-you
 * @param medium     where it goes, or null for e-mail
 * @param tone       the voice, or null for warm
 * @param templateId one template by id; when given it decides kind, medium and tone
 * @param recipient  one interviewer's name (ignoring case), or null for every interviewer
 */
public record DraftRequest(NoteKind kind, Medium medium, Tone tone, String templateId, String recipient) {

    /** A warm thank-you e-mail to every interviewer. */
    public static final DraftRequest DEFAULT = new DraftRequest(null, null, null, null, null);

    /** Trims the text parts; blanks become null. */
    public DraftRequest {
        templateId = templateId == null || templateId.isBlank() ? null : templateId.strip();
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
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
        return new DraftRequest(kind, medium, tone, id, recipient);
    }

    /** The same request for one interviewer only. */
    public DraftRequest to(String name) {
        return new DraftRequest(kind, medium, tone, templateId, name);
    }
}
