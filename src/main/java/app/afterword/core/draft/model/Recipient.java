// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.model;

import java.util.List;

/**
 * {@code $interviewer} in a template: the one person this note is for. It carries that person's own topics and
 * rapport, so each note of a panel is built from its own conversation rather than from a shared paragraph.
 *
 * @param name      the full name exactly as written in the interview
 * @param greeting  how the note greets them: the name they are addressed by, chosen by the person or by the
 *                  note's tone ("Anke" when warm, "Dr. Schröder" when formal or on a card)
 * @param firstName the first word of the name
 * @param title     job title, or null
 * @param email     e-mail address, or null
 * @param linkedin  LinkedIn profile, or null
 * @param topics    what was discussed with this person in particular, said to them (may be empty)
 * @param topic     the topic this note recalls: the person's own first topic, else a shared topic given to this
 *                  person so that panel notes recall different things; null when the interview has none
 * @param ownTopic  true when {@code topic} is one of this person's own topics, so a note may say "what you said
 *                  about…"; false for a shared topic (discussed with everyone, not said by this person), a
 *                  question they asked, or none
 * @param rapport   the personal connection, said to them ("your story about..."), or null
 */
public record Recipient(String name, String greeting, String firstName, String title, String email, String linkedin,
                        List<Phrase> topics, Phrase topic, boolean ownTopic, Phrase rapport) {

    /** Requires a name; copies the list. */
    public Recipient {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (greeting == null || greeting.isBlank()) {
            greeting = name;
        }
        topics = List.copyOf(topics == null ? List.of() : topics);
    }

    /** The name, so {@code $interviewer} on its own prints the name. */
    @Override
    public String toString() {
        return name;
    }
}
