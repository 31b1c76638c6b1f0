// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a note is for: the thank-you right after the interview, one of the follow-ups that come later, or one of the
 * notes the rest of a search needs (a thank-you after a later round, to a recruiter or to the person who referred
 * you; a reply to a rejection; the notes around an offer; a withdrawal).
 */
public enum NoteKind {
    THANK_YOU, FOLLOW_UP, VALUE_ADD, CLARIFICATION, CLOSE_LOOP, NETWORK,
    SECOND_ROUND, RECRUITER_THANKS, REFERRAL_THANKS, REJECTION_REPLY, COMPETING_OFFER, TIME_TO_DECIDE, ACCEPT_OFFER,
    DECLINE_OFFER, WITHDRAW;

    /** The spelling used on the command line and in files ("thank-you", "close-loop"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the kind reads in a sentence after "a" ("a close-the-loop note"), without the article. */
    public String label() {
        return switch (this) {
            case THANK_YOU -> "thank-you note";
            case FOLLOW_UP -> "status follow-up";
            case VALUE_ADD -> "value-add note";
            case CLARIFICATION -> "clarification note";
            case CLOSE_LOOP -> "close-the-loop note";
            case NETWORK -> "networking note";
            case SECOND_ROUND -> "thank-you after a later round";
            case RECRUITER_THANKS -> "thank-you to a recruiter";
            case REFERRAL_THANKS -> "thank-you to the person who referred you";
            case REJECTION_REPLY -> "reply to a rejection";
            case COMPETING_OFFER -> "note about a competing offer";
            case TIME_TO_DECIDE -> "request for time to decide on an offer";
            case ACCEPT_OFFER -> "note accepting an offer";
            case DECLINE_OFFER -> "note declining an offer";
            case WITHDRAW -> "note withdrawing from the process";
        };
    }

    /**
     * True for a thank-you to someone who interviewed you, after the first round or a later one: the rules for a
     * thank-you (prompt, specific, one point of fit) apply to it, and it is the timeline's thank-you step.
     */
    public boolean thanksForInterview() {
        return this == THANK_YOU || this == SECOND_ROUND;
    }

    /**
     * True for the notes the follow-up plan counts as its steps: the thank-yous and the notes that follow them up.
     * The other kinds answer something that happened (an offer, a rejection) or thank someone outside the panel,
     * so sending one moves no step of the plan.
     */
    public boolean onFollowUpPlan() {
        return switch (this) {
            case THANK_YOU, SECOND_ROUND, FOLLOW_UP, VALUE_ADD, CLARIFICATION, CLOSE_LOOP, NETWORK -> true;
            case RECRUITER_THANKS, REFERRAL_THANKS, REJECTION_REPLY, COMPETING_OFFER, TIME_TO_DECIDE, ACCEPT_OFFER,
                DECLINE_OFFER, WITHDRAW -> false;
        };
    }

    /** "thank-you, follow-up, ...", for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(NoteKind::id).toList());
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<NoteKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(text == null ? "" : text.strip()))
            .findFirst();
    }
}
