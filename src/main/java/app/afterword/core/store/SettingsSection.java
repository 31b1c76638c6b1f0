// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One part of {@code settings.json}, owned by the feature that uses it (proofreading, schedule, etiquette...). Each
 * part is read on its own, so a damaged part resets to its defaults without touching the others.
 *
 * <p>A part may read values that an older version kept elsewhere in the file ({@link Upgrade}): when one setting
 * moves to another part, settings files written before the move keep their value and nothing is lost.
 *
 * @param key      the field name in settings.json
 * @param type     a record bound by Jackson
 * @param defaults the values used when the part is missing or damaged
 * @param upgrade  turns the stored part (and the rest of the file) into what is bound
 * @param <T>      the record type
 */
public record SettingsSection<T>(String key, Class<T> type, T defaults, Upgrade upgrade) {

    /** Rewrites a stored part before it is read, for a setting that moved. */
    @FunctionalInterface
    public interface Upgrade {
        /**
         * The part to bind.
         *
         * @param own  the stored part, or null when the file has none
         * @param root the whole settings file, read-only
         * @return the part to bind, or null for the defaults
         */
        JsonNode apply(JsonNode own, JsonNode root);
    }

    /** Requires all parts. */
    public SettingsSection {
        if (key == null || type == null || defaults == null || upgrade == null) {
            throw new IllegalArgumentException("key, type, defaults and upgrade are required");
        }
    }

    /** A part read as it is stored. */
    public SettingsSection(String key, Class<T> type, T defaults) {
        this(key, type, defaults, (own, root) -> own);
    }
}
