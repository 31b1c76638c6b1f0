// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.interview.Candidate;
import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The job seeker's own details, kept once in the settings so every interview file need not repeat them. Where an
 * interview names the candidate, the interview wins; the profile only fills gaps.
 *
 * @param name      full name for the signature
 * @param email     personal e-mail address
 * @param phone     phone number
 * @param linkedin  LinkedIn profile address
 * @param signature a sign-off block written by the user, used instead of the name and contact lines
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileSettings(String name, String email, String phone, String linkedin, String signature) {

    /** No details yet. */
    public static final ProfileSettings EMPTY = new ProfileSettings(null, null, null, null, null);

    /** The "profile" section of settings.json. */
    public static final SettingsSection<ProfileSettings> SECTION =
        new SettingsSection<>("profile", ProfileSettings.class, EMPTY);

    /** The profile as a candidate, to fill the gaps of an interview's candidate. */
    public Candidate toCandidate() {
        return new Candidate(name, email, phone, linkedin, signature);
    }
}
