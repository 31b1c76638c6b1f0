// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One person the candidate met (or who referred them). Each note to them is their own, built from what was discussed
 * with them ({@code topics}) and the personal connection made ({@code rapport}); their {@link Part} decides which
 * notes they receive.
 *
 * @param name      the person's name; required, spelled as they spell it
 * @param title     job title, for the envelope and for formal greetings
 * @param topics    what the candidate talked about with this person in particular
 * @param rapport   a personal connection (a shared interest, a story), one line
 * @param addressAs how the person is greeted when the candidate chose it ("Anke", "Dr. Cho"), one line; null leaves
 *                  the greeting to the tone of the note (see {@link #greetingName(boolean)})
 * @param part      the part they played (interviewer, hiring manager, recruiter...); null means interviewer
 */
public record Interviewer(String name, String title, String email, String linkedin, List<String> topics,
                          String rapport, String addressAs, Part part, Map<String, JsonNode> extra) {

    /** Requires a name; trims the rest; refuses a greeting that would break the greeting line. */
    public Interviewer {
        name = Text.required(name, "name");
        title = Text.optional(title);
        email = Text.optional(email);
        linkedin = Text.optional(linkedin);
        topics = Text.items(topics);
        rapport = Text.optional(rapport);
        addressAs = Text.optional(addressAs);
        if (addressAs != null && Text.hasControlCharacter(addressAs)) {
            throw new IllegalArgumentException("addressAs must be one line without control characters");
        }
        part = part == null ? Part.INTERVIEWER : part;
        extra = Extra.copy(extra);
    }

    /** An interviewer (the part) with a chosen greeting and the fields this version does not know. */
    public Interviewer(String name, String title, String email, String linkedin, List<String> topics,
                       String rapport, String addressAs, Map<String, JsonNode> extra) {
        this(name, title, email, linkedin, topics, rapport, addressAs, Part.INTERVIEWER, extra);
    }

    /** An interviewer without a chosen greeting, with the fields this version does not know. */
    public Interviewer(String name, String title, String email, String linkedin, List<String> topics,
                       String rapport, Map<String, JsonNode> extra) {
        this(name, title, email, linkedin, topics, rapport, null, Part.INTERVIEWER, extra);
    }

    /** An interviewer with just the documented fields before the chosen greeting. */
    public Interviewer(String name, String title, String email, String linkedin, List<String> topics,
                       String rapport) {
        this(name, title, email, linkedin, topics, rapport, null, Part.INTERVIEWER, Map.of());
    }

    /** The first word of the name, for a warm greeting ("Dear Ana"); see {@link #greetingName(boolean)}. */
    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** The name taken apart: title, given name, surname, suffix and post-nominals. */
    public PersonName personName() {
        return PersonName.parse(name);
    }

    /**
     * The name a note greets this person with ("Dear …,"). The greeting the candidate chose ({@link #addressAs()})
     * always wins. Otherwise a warm or brief note uses the given name ("Dr. Anke Schröder" → "Anke") and a formal one
     * the typed title and surname ("Dr. Schröder") or, without a title, the full name without post-nominals; names
     * whose parts can't be told apart are used whole. The spelling is as typed. See {@link PersonName#greeting}.
     *
     * @param formal true for a formal note
     */
    public String greetingName(boolean formal) {
        return addressAs != null ? addressAs : personName().greeting(formal);
    }

    /** This interviewer greeted as {@code greeting}; null or blank leaves it to the tone of the note. */
    public Interviewer withAddressAs(String greeting) {
        return new Interviewer(name, title, email, linkedin, topics, rapport, greeting, part, extra);
    }

    /** This person in another part; null makes them an interviewer. */
    public Interviewer withPart(Part newPart) {
        return new Interviewer(name, title, email, linkedin, topics, rapport, addressAs, newPart, extra);
    }
}
