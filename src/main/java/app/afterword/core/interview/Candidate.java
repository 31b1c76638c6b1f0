// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The job seeker who signs the note. Every field is optional: a note without a phone number is still a good note,
 * and the profile in the settings fills the gaps.
 */
public record Candidate(String name, String email, String phone, String linkedin, String signature,
                        Map<String, JsonNode> extra) {

    /** A candidate with nothing filled in. */
    public static final Candidate EMPTY = new Candidate(null, null, null, null, null, Map.of());

    /** Normalises blanks to null and copies the unknown fields. */
    public Candidate {
        name = Text.optional(name);
        email = Text.optional(email);
        phone = Text.optional(phone);
        linkedin = Text.optional(linkedin);
        signature = Text.optional(signature);
        extra = Extra.copy(extra);
    }

    /** A candidate from the five documented fields. */
    public Candidate(String name, String email, String phone, String linkedin, String signature) {
        this(name, email, phone, linkedin, signature, Map.of());
    }

    /** This candidate with gaps filled from a profile (the interview file wins where both have a value). */
    public Candidate orElse(Candidate profile) {
        if (profile == null) {
            return this;
        }
        return new Candidate(pick(name, profile.name), pick(email, profile.email), pick(phone, profile.phone),
            pick(linkedin, profile.linkedin), pick(signature, profile.signature), extra);
    }

    private static String pick(String own, String fallback) {
        return own != null ? own : fallback;
    }
}
