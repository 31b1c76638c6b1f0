// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.model;

import java.util.List;

/**
 * {@code $candidate} in a template: the job seeker who signs the note, with gaps already filled from the profile.
 *
 * @param name      full name, or null when neither the interview nor the profile has one
 * @param firstName the first word of the name, or null
 * @param email     e-mail address, or null
 * @param phone     phone number, or null
 * @param linkedin  LinkedIn profile, or null
 * @param signature a sign-off block the person wrote themselves, or null
 * @param signOff   the closing line the person prefers ("Kind regards,"), or null to let the template choose
 * @param contact   the contact lines that are present, in signature order: phone, e-mail, LinkedIn
 */
public record Sender(String name, String firstName, String email, String phone, String linkedin, String signature,
                     String signOff, List<String> contact) {

    /** Copies the list. */
    public Sender {
        contact = List.copyOf(contact == null ? List.of() : contact);
    }

    /** The name (empty when unknown), so {@code $candidate} on its own prints the name. */
    @Override
    public String toString() {
        return name == null ? "" : name;
    }
}
