// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tones each kind of note is written in, medium by medium, and why a tone is left out where it is. An e-mail
 * comes in every tone, except a formal thank-you to the person who referred you; a card, a connection note and a
 * LinkedIn message have one voice each. The bundled templates cover exactly these tones (a test holds them to it),
 * and where a tone is missing the app says so and why, rather than quietly drafting in another one.
 */
public final class ToneCoverage {

    /** The order tones are offered and fallen back to: warm, then formal, then brief. */
    public static final List<Tone> ORDER = List.of(Tone.WARM, Tone.FORMAL, Tone.BRIEF);

    /** Why a tone is not offered for a kind and medium. */
    public enum Gap {
        /** A handwritten card has one voice. */
        CARD,
        /** A LinkedIn connection note is too short for a second voice. */
        LINKEDIN_NOTE,
        /** A LinkedIn message is short and conversational already. */
        LINKEDIN_MESSAGE,
        /** The reader knows you, so a formal note would read as distant. */
        PERSONAL;

        /** The spelling used in message keys ("linkedin-message"). */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The reason in a few words, to follow "There is no formal … for a … :". */
        public String reason() {
            return switch (this) {
                case CARD -> "a handwritten card has one voice, a few warm lines with a formal greeting";
                case LINKEDIN_NOTE -> "a connection note has room for two sentences, too few for a second voice";
                case LINKEDIN_MESSAGE -> "LinkedIn messages are short and conversational, so they come in one "
                    + "voice; send an e-mail for a formal or brief note";
                case PERSONAL -> "the person who referred you knows you, and a formal note would read as distant";
            };
        }
    }

    private ToneCoverage() {
    }

    /** The tones a note of this kind is written in for this medium, in {@link #ORDER}. */
    public static List<Tone> tones(NoteKind kind, Medium medium) {
        List<Tone> out = new ArrayList<>();
        for (Tone t : ORDER) {
            if (gap(kind, medium, t).isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Why there is no note of this kind, medium and tone; empty when the tone is offered. */
    public static Optional<Gap> gap(NoteKind kind, Medium medium, Tone tone) {
        if (kind == null || medium == null || tone == null || tone == Tone.WARM) {
            return Optional.empty();
        }
        return switch (medium) {
            case CARD -> Optional.of(Gap.CARD);
            case LINKEDIN_NOTE -> Optional.of(Gap.LINKEDIN_NOTE);
            case LINKEDIN_MESSAGE -> Optional.of(Gap.LINKEDIN_MESSAGE);
            case EMAIL -> kind == NoteKind.REFERRAL_THANKS && tone == Tone.FORMAL ? Optional.of(Gap.PERSONAL)
                : Optional.empty();
        };
    }

    /**
     * "There is no formal LinkedIn message for a close-the-loop note: …", for the command line; empty when the tone
     * is offered.
     */
    public static Optional<String> explain(NoteKind kind, Medium medium, Tone tone) {
        return gap(kind, medium, tone).map(g -> "There is no " + tone.id() + " " + medium.label() + " for a "
            + kind.label() + ": " + g.reason() + ".");
    }

    /** The tone to draft in when {@code wanted} has no template: the first of {@code available} in {@link #ORDER}. */
    public static Optional<Tone> nearest(Tone wanted, List<Tone> available) {
        if (available.contains(wanted)) {
            return Optional.of(wanted);
        }
        return ORDER.stream().filter(available::contains).findFirst();
    }
}
