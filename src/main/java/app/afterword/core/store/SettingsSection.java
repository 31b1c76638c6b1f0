// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

/**
 * One part of {@code settings.json}, owned by the feature that uses it (proofreading, schedule, etiquette...). Each
 * part is read on its own, so a damaged part resets to its defaults without touching the others.
 *
 * @param key      the field name in settings.json
 * @param type     a record bound by Jackson
 * @param defaults the values used when the part is missing or damaged
 * @param <T>      the record type
 */
public record SettingsSection<T>(String key, Class<T> type, T defaults) {
    /** Requires all parts. */
    public SettingsSection {
        if (key == null || type == null || defaults == null) {
            throw new IllegalArgumentException("key, type and defaults are required");
        }
    }
}
