// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One person the candidate met. Each gets a note of their own, built from what was discussed with them
 * ({@code topics}) and the personal connection made ({@code rapport}).
 *
 * @param name     how the person is addressed; required, spelled as they spell it
 * @param title    job title, for the envelope and for formal greetings
 * @param topics   what the candidate talked about with this person in particular
 * @param rapport  a personal connection (a shared interest, a story), one line
 */
public record Interviewer(String name, String title, String email, String linkedin, List<String> topics,
                          String rapport, Map<String, JsonNode> extra) {

    /** Requires a name; trims the rest. */
    public Interviewer {
        name = Text.required(name, "name");
        title = Text.optional(title);
        email = Text.optional(email);
        linkedin = Text.optional(linkedin);
        topics = Text.items(topics);
        rapport = Text.optional(rapport);
        extra = Extra.copy(extra);
    }

    /** An interviewer with just the documented fields. */
    public Interviewer(String name, String title, String email, String linkedin, List<String> topics,
                       String rapport) {
        this(name, title, email, linkedin, topics, rapport, Map.of());
    }

    /** The first word of the name, for a warm greeting ("Dear Ana"). */
    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
