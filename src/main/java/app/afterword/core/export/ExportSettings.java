// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.DraftSettings;
import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The user's export choices, the {@code "export"} part of settings.json. LinkedIn does not publish its limit and it
 * differs by account (200 free, 300 Premium), and no card size is standard, so both are settings. Missing values take
 * their defaults, so a settings file from an older version keeps working.
 *
 * <p>The LinkedIn limit is set once, in the drafting settings ({@link DraftSettings#linkedinLimitIn}); reading this
 * section takes it from there, so the export, the drafts and the checks never disagree.
 *
 * @param linkedinLimit the connection-note limit in characters (200 by default; 300 for Premium)
 * @param cardSize      the card size handwritten notes are laid out for
 * @param folded        true for folded cards (note on the inside right panel), false for flat cards
 * @param envelope      true to add the envelope page (full name, title, company) to card PDFs
 */
public record ExportSettings(Integer linkedinLimit, CardSize cardSize, Boolean folded, Boolean envelope) {

    /** Smallest accepted LinkedIn limit. */
    public static final int MIN_LINKEDIN_LIMIT = 50;
    /** Largest accepted LinkedIn limit (a message to a connection). */
    public static final int MAX_LINKEDIN_LIMIT = LinkedInNote.MESSAGE_LIMIT;

    /** The defaults: 200-character LinkedIn notes, flat A6 cards with an envelope page. */
    public static final ExportSettings DEFAULTS = new ExportSettings(LinkedInNote.DEFAULT_LIMIT, CardSize.A6, false,
        true);

    /** The settings.json section these settings live in. */
    public static final SettingsSection<ExportSettings> SECTION = new SettingsSection<>("export",
        ExportSettings.class, DEFAULTS, (own, root) -> {
            ObjectNode upgraded = own instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
            if (own != null && !own.isObject()) {
                return own;
            }
            upgraded.put("linkedinLimit", DraftSettings.linkedinLimitIn(root));
            return upgraded;
        });

    /** Fills missing values with defaults and checks the LinkedIn limit's range. */
    public ExportSettings {
        linkedinLimit = linkedinLimit == null ? LinkedInNote.DEFAULT_LIMIT : linkedinLimit;
        if (linkedinLimit < MIN_LINKEDIN_LIMIT || linkedinLimit > MAX_LINKEDIN_LIMIT) {
            throw new IllegalArgumentException("linkedinLimit must be between " + MIN_LINKEDIN_LIMIT + " and "
                + MAX_LINKEDIN_LIMIT + " (200 for free accounts, 300 for Premium)");
        }
        cardSize = cardSize == null ? CardSize.A6 : cardSize;
        folded = folded != null && folded;
        envelope = envelope == null || envelope;
    }

    /** These settings with another LinkedIn limit. */
    public ExportSettings withLinkedinLimit(int limit) {
        return new ExportSettings(limit, cardSize, folded, envelope);
    }

    /** These settings with other card choices. */
    public ExportSettings withCard(CardSize size, boolean isFolded, boolean withEnvelope) {
        return new ExportSettings(linkedinLimit, size, isFolded, withEnvelope);
    }
}
