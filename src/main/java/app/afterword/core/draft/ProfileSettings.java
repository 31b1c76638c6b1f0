// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.interview.Candidate;
import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The job seeker's own details, kept once in the settings so every interview file need not repeat them. Where an
 * interview names the candidate, the interview wins; the profile only fills gaps. Settings files written before a
 * field existed still load: the missing field is null.
 *
 * @param name      full name for the signature
 * @param email     personal e-mail address
 * @param phone     phone number
 * @param linkedin  LinkedIn profile address
 * @param signature a signature block written by the user, used instead of the name and contact lines
 * @param signOff   the closing line the person prefers above their name ("Kind regards,"); null leaves it to the
 *                  template
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileSettings(String name, String email, String phone, String linkedin, String signature,
                              String signOff) {

    /** No details yet. */
    public static final ProfileSettings EMPTY = new ProfileSettings(null, null, null, null, null, null);

    /** The "profile" section of settings.json. */
    public static final SettingsSection<ProfileSettings> SECTION =
        new SettingsSection<>("profile", ProfileSettings.class, EMPTY);

    /** A profile without a preferred closing line, as settings files before it had. */
    public ProfileSettings(String name, String email, String phone, String linkedin, String signature) {
        this(name, email, phone, linkedin, signature, null);
    }

    /**
     * True when notes drafted from this profile end with the person's name or their own signature block, so no note
     * goes out unsigned.
     */
    public boolean signs() {
        return !blank(name) || !blank(signature);
    }

    /** This profile with another preferred closing line. */
    public ProfileSettings withSignOff(String line) {
        return new ProfileSettings(name, email, phone, linkedin, signature, line);
    }

    /** The profile as a candidate, to fill the gaps of an interview's candidate. */
    public Candidate toCandidate() {
        return new Candidate(name, email, phone, linkedin, signature);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
