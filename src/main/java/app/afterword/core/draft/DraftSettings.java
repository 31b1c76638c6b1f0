// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How notes are drafted. LinkedIn allows 200 characters in a connection note on free accounts and 300 on paid ones
 * (no official page states it), so the limit is the user's to set; dates follow the user's habit.
 *
 * @param linkedinNoteLimit characters allowed in a LinkedIn connection note, 50 to 300 (0 means the default, 200)
 * @param dayFirstDates     "24 November" instead of "November 24"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftSettings(int linkedinNoteLimit, boolean dayFirstDates) {

    /** LinkedIn's limit for free accounts. */
    public static final int DEFAULT_LINKEDIN_NOTE_LIMIT = 200;

    /** The defaults: 200 characters, month-first dates. */
    public static final DraftSettings DEFAULTS = new DraftSettings(DEFAULT_LINKEDIN_NOTE_LIMIT, false);

    /** The "drafting" section of settings.json. */
    public static final SettingsSection<DraftSettings> SECTION =
        new SettingsSection<>("drafting", DraftSettings.class, DEFAULTS);

    /** Applies the default limit for 0 and requires 50 to 300 otherwise. */
    public DraftSettings {
        if (linkedinNoteLimit == 0) {
            linkedinNoteLimit = DEFAULT_LINKEDIN_NOTE_LIMIT;
        }
        if (linkedinNoteLimit < 50 || linkedinNoteLimit > 300) {
            throw new IllegalArgumentException("linkedinNoteLimit must be between 50 and 300 characters, not "
                + linkedinNoteLimit);
        }
    }
}
