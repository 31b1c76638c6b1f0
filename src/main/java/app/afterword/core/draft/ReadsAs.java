// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.model.Phrase;

/**
 * The one-line "reads as" preview under an item in the wizard: the kind of sentence the bundled templates put the
 * item into, with the item in the form they will use, or a plain word on why it will be left out. It lets a person
 * see at the point of typing that "Led a team of 5 analysts." will read as "my experience with leading a team of 5
 * analysts", without drafting a note.
 */
public final class ReadsAs {

    /** Where an item was typed, which decides the sentence it goes into. */
    public enum Slot {
        /** A topic discussed with everyone or with one person. */
        TOPIC,
        /** A skill or achievement to restate. */
        SKILL,
        /** A point to clarify. */
        CLARIFICATION,
        /** Something of value to offer. */
        IDEA,
        /** A personal connection with one interviewer. */
        RAPPORT
    }

    private final PhraseAnalyser phrases;

    /** Previews over an analyser (the drafter's, so previews and drafts agree). */
    public ReadsAs(PhraseAnalyser phrases) {
        if (phrases == null) {
            throw new IllegalArgumentException("an analyser is required");
        }
        this.phrases = phrases;
    }

    /**
     * The preview for one item, or null for a blank one.
     *
     * @param slot  where the item was typed
     * @param typed the item as typed
     */
    public String preview(Slot slot, String typed) {
        Phrase p = slot == Slot.IDEA ? phrases.analyseOffer(typed) : phrases.analyse(typed);
        if (p == null) {
            return null;
        }
        if (p.shape().equals("long")) {
            return "Too long to fit in a sentence (" + p.words() + " words), so notes leave it out. A few words "
                + "work best, e.g. " + example(slot) + ".";
        }
        return switch (slot) {
            case TOPIC -> p.asNoun() != null ? "Reads as: \"… our conversation about " + p.asNoun() + " …\""
                : "Reads as a whole sentence, so notes recall the conversation without quoting it. To have it "
                    + "named, write what you discussed, e.g. " + example(slot) + ".";
            case SKILL -> p.asNoun() != null ? "Reads as: \"… my experience with " + p.asNoun() + " …\""
                : p.asClause() != null ? "Reads as: \"" + capital(p.asClause()) + ", and …\""
                : "Notes leave it out: write it as what you did or what you know, e.g. " + example(slot) + ".";
            case CLARIFICATION -> "Reads as: \"… I wanted to add one point: "
                + (p.asClause() != null ? p.asClause() : p.toString()) + ".\"";
            case IDEA -> p.asNoun() != null ? "Reads as: \"… I put together " + p.asNoun() + " …\""
                : "Reads as: \"… one idea I had: " + p + ".\"";
            case RAPPORT -> "Reads as: \"… " + (p.asNoun() != null ? "I also enjoyed talking about " + p.asNoun()
                : "I enjoyed finding out that " + p) + ".\" (said to them: \"her\" becomes \"your\")";
        };
    }

    private static String example(Slot slot) {
        return switch (slot) {
            case TOPIC -> "\"the move to Kafka\" or \"how the team runs on-call\"";
            case SKILL -> "\"led the move to Kafka\" or \"Kafka migrations\"";
            case CLARIFICATION -> "\"the latency work was a team effort\"";
            case IDEA -> "\"a short write-up of how we cut flaky tests\"";
            case RAPPORT -> "\"her dog Max\" or \"we both grew up in Leeds\"";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
