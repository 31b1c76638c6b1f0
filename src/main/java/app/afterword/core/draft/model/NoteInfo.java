// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.model;

/**
 * {@code $note} in a template: what is being written and the choices made for this one note. The drafter spreads
 * skills, ideas and wording variants across a panel so that no two interviewers receive the same note.
 *
 * @param kind          the kind's id: "thank-you", "follow-up", "value-add", "clarification", "close-loop",
 *                      "network", "second-round", "recruiter-thanks", "referral-thanks", "rejection-reply",
 *                      "competing-offer", "time-to-decide", "accept-offer", "decline-offer" or "withdraw"
 * @param medium        "email", "card", "linkedin-note" or "linkedin-message"
 * @param tone          "formal", "warm" or "brief"
 * @param variant       this recipient's place in the panel, from 0; templates pick their wording with it
 * @param brevity       0 normally; 1 and 2 ask a length-limited note for its shorter forms
 * @param limit         the character limit of the medium (a LinkedIn connection note), or 0 for none
 * @param skill         the skill this note restates, or null
 * @param idea          the idea this note offers, or null
 * @param clarification the point this note clarifies, or null
 */
public record NoteInfo(String kind, String medium, String tone, int variant, int brevity, int limit, Phrase skill,
                       Phrase idea, Phrase clarification) {

    /** Requires kind, medium and tone. */
    public NoteInfo {
        if (kind == null || medium == null || tone == null) {
            throw new IllegalArgumentException("kind, medium and tone are required");
        }
        if (variant < 0 || brevity < 0 || limit < 0) {
            throw new IllegalArgumentException("variant, brevity and limit can't be negative");
        }
    }

    /** The kind, for a template that prints {@code $note}. */
    @Override
    public String toString() {
        return kind;
    }
}
