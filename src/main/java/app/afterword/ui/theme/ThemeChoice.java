// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import java.util.Locale;

/** What the person chose: follow the system, or always light or dark. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** The look this choice gives when the system uses {@code system}. */
    public Theme resolve(Theme system) {
        return switch (this) {
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
            default -> system;
        };
    }

    /** The settings spelling ("system"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a settings value; anything unknown means "follow the system". */
    public static ThemeChoice parse(String value) {
        for (ThemeChoice c : values()) {
            if (c.key().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return c;
            }
        }
        return SYSTEM;
    }
}
