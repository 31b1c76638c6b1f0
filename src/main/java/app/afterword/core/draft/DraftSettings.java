// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How notes are drafted. LinkedIn allows 200 characters in a connection note on free accounts and 300 on paid ones
 * (no official page states it), so the limit is the user's to set; dates follow the user's habit.
 *
 * <p>This section is the one source of the LinkedIn limit: drafting, the etiquette check and the export all read it
 * ({@link #linkedinLimitIn(JsonNode)}). Earlier versions kept it in three places; a settings file that has no limit
 * here takes the one it kept under "export", else the one under "etiquette", so nobody loses a limit they set.
 *
 * @param linkedinNoteLimit characters allowed in a LinkedIn connection note, 50 to 300 (0 means the default, 200)
 * @param dayFirstDates     "24 November" instead of "November 24"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftSettings(int linkedinNoteLimit, boolean dayFirstDates) {

    /** LinkedIn's limit for free accounts. */
    public static final int DEFAULT_LINKEDIN_NOTE_LIMIT = 200;

    /** LinkedIn's limit for Premium accounts. */
    public static final int PREMIUM_LINKEDIN_NOTE_LIMIT = 300;

    /** The defaults: 200 characters, month-first dates. */
    public static final DraftSettings DEFAULTS = new DraftSettings(DEFAULT_LINKEDIN_NOTE_LIMIT, false);

    /** The key of this section in settings.json. */
    public static final String KEY = "drafting";

    /** The "drafting" section of settings.json, taking the LinkedIn limit an older file kept elsewhere. */
    public static final SettingsSection<DraftSettings> SECTION =
        new SettingsSection<>(KEY, DraftSettings.class, DEFAULTS, (own, root) -> {
            if (own != null && !own.isObject()) {
                return own;
            }
            ObjectNode upgraded = own == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) own;
            if (explicitLimit(own) == null) {
                upgraded.put("linkedinNoteLimit", linkedinLimitIn(root));
            }
            if (!upgraded.has("dayFirstDates")) {
                upgraded.put("dayFirstDates", false);
            }
            return upgraded;
        });

    private static Integer explicitLimit(JsonNode drafting) {
        JsonNode n = drafting == null ? null : drafting.get("linkedinNoteLimit");
        return n != null && n.canConvertToInt() && n.asInt() != 0 ? n.asInt() : null;
    }

    private static boolean inRange(int limit) {
        return limit >= 50 && limit <= 300;
    }

    /**
     * The LinkedIn connection-note limit a whole settings file sets: the "drafting" value; else, for a file written
     * before it moved there, the "export" value, else the "etiquette" one (the Premium limit when the account was
     * marked Premium); else the default. A value out of range is skipped.
     *
     * @param root the settings file's root object (may be null)
     */
    public static int linkedinLimitIn(JsonNode root) {
        if (root == null) {
            return DEFAULT_LINKEDIN_NOTE_LIMIT;
        }
        Integer own = explicitLimit(root.get(KEY));
        if (own != null && inRange(own)) {
            return own;
        }
        JsonNode export = root.path("export").path("linkedinLimit");
        if (export.canConvertToInt() && inRange(export.asInt())) {
            return export.asInt();
        }
        JsonNode etiquette = root.path("etiquette");
        boolean premium = etiquette.path("linkedinPremium").asBoolean(false);
        JsonNode chars = etiquette.path(premium ? "linkedinNotePremiumChars" : "linkedinNoteChars");
        if (chars.canConvertToInt() && inRange(chars.asInt())) {
            return chars.asInt();
        }
        return premium ? PREMIUM_LINKEDIN_NOTE_LIMIT : DEFAULT_LINKEDIN_NOTE_LIMIT;
    }

    /** These settings with another LinkedIn limit. */
    public DraftSettings withLinkedinNoteLimit(int limit) {
        return new DraftSettings(limit, dayFirstDates);
    }

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
