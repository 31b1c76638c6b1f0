// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The "window" part of settings.json: where the window was and how large, when the app last closed, so the next
 * start opens it there again (if that still fits a screen).
 *
 * @param x         the window's left edge on the desktop, or null when never recorded
 * @param y         its top edge
 * @param width     its width, frame included
 * @param height    its height, frame included
 * @param maximized true when it filled the screen; the other values are then its size before that
 */
public record WindowSettings(Double x, Double y, Double width, Double height, Boolean maximized) {

    /** The settings part; nothing recorded by default. */
    public static final SettingsSection<WindowSettings> SECTION = new SettingsSection<>("window",
        WindowSettings.class, new WindowSettings(null, null, null, null, null));

    /** The largest settings file {@link #peek} reads. */
    private static final long PEEK_LIMIT = 1 << 20;

    /** True when a place and size were recorded. */
    public boolean hasPlace() {
        return x != null && y != null && width != null && height != null && width > 0 && height > 0;
    }

    /** True when the window filled the screen. */
    public boolean filledScreen() {
        return Boolean.TRUE.equals(maximized);
    }

    /**
     * The window's place in {@code settingsFile}, read with a streaming parser before the data folder is open (the
     * window is placed before it shows). Anything unexpected gives "nothing recorded".
     */
    public static WindowSettings peek(Path settingsFile) {
        WindowSettings none = SECTION.defaults();
        try {
            if (!Files.isRegularFile(settingsFile) || Files.size(settingsFile) > PEEK_LIMIT) {
                return none;
            }
            try (InputStream in = Files.newInputStream(settingsFile);
                 JsonParser p = new JsonFactory().createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return none;
                }
                Map<String, Object> found = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    boolean window = SECTION.key().equals(p.currentName());
                    if (p.nextToken() == JsonToken.START_OBJECT && window) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            JsonToken value = p.nextToken();
                            if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                                found.put(name, p.getDoubleValue());
                            } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                                found.put(name, value == JsonToken.VALUE_TRUE);
                            }
                            p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    return none;
                }
                return new WindowSettings(number(found, "x"), number(found, "y"), number(found, "width"),
                    number(found, "height"), found.get("maximized") instanceof Boolean b ? b : null);
            }
        } catch (IOException | RuntimeException e) {
            return none;
        }
    }

    private static Double number(Map<String, Object> found, String key) {
        return found.get(key) instanceof Double d && Double.isFinite(d) ? d : null;
    }
}
