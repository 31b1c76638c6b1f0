// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.model.Phrase;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Phrase p = slot == Slot.IDEA ? phrases.analyseOffer(typed)
            : slot == Slot.RAPPORT ? phrases.analyse(typed, "") : phrases.analyse(typed);
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
                : "Reads as a whole sentence, so notes leave it out: write what you did or what you know, e.g. "
                    + example(slot) + ".";
            case CLARIFICATION -> "Reads as: \"… I wanted to add one point: "
                + (p.asClause() != null ? p.asClause() : p.toString()) + ".\"";
            case IDEA -> p.asNoun() != null ? "Reads as: \"… I put together " + p.asNoun() + " …\""
                : "Reads as: \"… one idea I had: " + p + ".\"";
            case RAPPORT -> "Reads as: \"… " + (p.asNoun() != null ? "I also enjoyed talking about " + p.asNoun()
                : "I enjoyed finding out that " + p) + ".\"";
        };
    }

    /**
     * The items of an interview that the bundled templates leave out of their sentences, each with why and how to
     * word it so it fits: "Skill “I'm comfortable with SQL and dbt” reads as a whole sentence, so notes leave it
     * out; write what you did or what you know, e.g. …". Empty when every item fits.
     */
    public List<String> leftOut(Interview interview) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> topics = new ArrayList<>(interview.topics());
        interview.interviewers().forEach(p -> topics.addAll(p.topics()));
        for (String t : topics) {
            note(out, seen, Slot.TOPIC, "Topic", phrases.analyse(t));
        }
        for (String s : interview.skills()) {
            note(out, seen, Slot.SKILL, "Skill", phrases.analyse(s));
        }
        for (String i : interview.ideas()) {
            note(out, seen, Slot.IDEA, "Idea", phrases.analyseOffer(i));
        }
        for (Interviewer p : interview.interviewers()) {
            Phrase r = phrases.analyse(p.rapport());
            if (r != null && r.shape().equals("long") && seen.add(r.asTyped())) {
                out.add("The personal note about " + p.name() + " is too long for a sentence (" + r.words()
                    + " words), so notes leave it out; a few words work best, e.g. " + example(Slot.RAPPORT) + ".");
            }
        }
        return out;
    }

    private static void note(List<String> out, Set<String> seen, Slot slot, String label, Phrase p) {
        if (p == null || p.asNoun() != null || !seen.add(label + p.asTyped())) {
            return;
        }
        String quoted = "“" + shorten(p.asTyped()) + "”";
        if (p.shape().equals("long")) {
            out.add(label + " " + quoted + " is too long for a sentence (" + p.words() + " words), so notes leave "
                + "it out; a few words work best, e.g. " + example(slot) + ".");
        } else {
            out.add(label + " " + quoted + " reads as " + (p.shape().equals("question") ? "a question"
                : "a whole sentence") + ", so notes leave it out; to have it named, write it as, e.g. "
                + example(slot) + ".");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57).strip() + "…";
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

}
