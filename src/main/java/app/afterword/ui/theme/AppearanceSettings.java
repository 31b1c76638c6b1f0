// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import app.afterword.core.store.SettingsSection;

/**
 * The "appearance" part of settings.json.
 *
 * @param theme "system", "light" or "dark"
 */
public record AppearanceSettings(String theme) {

    /** The settings part, following the system by default. */
    public static final SettingsSection<AppearanceSettings> SECTION = new SettingsSection<>("appearance",
        AppearanceSettings.class, new AppearanceSettings(ThemeChoice.SYSTEM.key()));

    /** The chosen look. */
    public ThemeChoice choice() {
        return ThemeChoice.parse(theme);
    }
}
