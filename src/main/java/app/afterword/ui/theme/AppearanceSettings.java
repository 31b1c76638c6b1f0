// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The "appearance" part of settings.json.
 *
 * @param theme "system", "light" or "dark"
 */
public record AppearanceSettings(String theme) {

    /** The settings part, following the system by default. */
    public static final SettingsSection<AppearanceSettings> SECTION = new SettingsSection<>("appearance",
        AppearanceSettings.class, new AppearanceSettings(ThemeChoice.SYSTEM.key()));

    /** The largest settings file {@link #peek} reads; a larger one is left to the settings store. */
    private static final long PEEK_LIMIT = 1 << 20;

    /** The chosen look. */
    public ThemeChoice choice() {
        return ThemeChoice.parse(theme);
    }

    /**
     * The look chosen in {@code settingsFile}, read with a streaming parser and without the settings store, so the
     * window's first frame can have the right colours before the data folder is open. Anything unexpected (no file, a
     * damaged one, no choice) gives "follow the system"; the settings store's value replaces this one once it is read.
     */
    public static ThemeChoice peek(Path settingsFile) {
        try {
            if (!Files.isRegularFile(settingsFile) || Files.size(settingsFile) > PEEK_LIMIT) {
                return ThemeChoice.SYSTEM;
            }
            try (InputStream in = Files.newInputStream(settingsFile);
                 JsonParser p = new JsonFactory().createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return ThemeChoice.SYSTEM;
                }
                ThemeChoice found = ThemeChoice.SYSTEM;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    boolean appearance = SECTION.key().equals(p.currentName());
                    if (p.nextToken() == JsonToken.START_OBJECT && appearance) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            boolean theme = "theme".equals(p.currentName());
                            if (p.nextToken() == JsonToken.VALUE_STRING && theme) {
                                found = ThemeChoice.parse(p.getText());
                            }
                            p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                // a torn file (one the settings store would restore from its backup) tells nothing
                return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null ? found : ThemeChoice.SYSTEM;
            }
        } catch (IOException | RuntimeException e) {
            return ThemeChoice.SYSTEM;
        }
    }
}
