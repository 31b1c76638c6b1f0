// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.model;

/**
 * One item a person typed (a topic, a skill, a rapport line, a clarification, an idea), read once and offered in
 * the forms a sentence needs. People type items in every shape: résumé bullets ("Led a team of 5 analysts."),
 * first-person sentences, questions, bare nouns. A template picks the form its sentence needs and a fallback when
 * the item has no such form, so "my experience with Led a team…" can't happen.
 *
 * @param asTyped    what the person typed, trimmed, without a bullet marker: for quoting
 * @param shape      what the item is: "noun", "ing", "past", "present", "first-person", "question", "sentence" or
 *                   "long"
 * @param asNoun     a noun phrase that fits after "about", "with" or "in" ("leading a team of 5 analysts"), or null
 *                   when the item can't be read as one
 * @param asClause   a clause that can follow a colon or "that" ("I led a team of 5 analysts"), or null
 * @param asSentence a whole sentence, capital first and stop last, or null for a bare noun phrase
 * @param words      the number of words typed
 */
public record Phrase(String asTyped, String shape, String asNoun, String asClause, String asSentence, int words) {

    /** Requires the typed text and the shape. */
    public Phrase {
        if (asTyped == null || asTyped.isBlank() || shape == null) {
            throw new IllegalArgumentException("the typed text and the shape are required");
        }
        if (words < 0) {
            throw new IllegalArgumentException("words can't be negative");
        }
    }

    /** True when the item reads as a noun phrase, so a sentence can talk about it. */
    public boolean isNoun() {
        return asNoun != null;
    }

    /**
     * What {@code $phrase} prints on its own, for templates written before phrases had forms and for a sentence
     * part after a colon: the noun phrase when there is one, else the clause, else the text as typed without its
     * closing full stop.
     */
    @Override
    public String toString() {
        return asNoun != null ? asNoun : asClause != null ? asClause : asTyped.replaceAll("[\\s.;:,!…]+$", "");
    }
}
