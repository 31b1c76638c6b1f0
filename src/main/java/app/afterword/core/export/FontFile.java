// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A TrueType font's bytes, read once and embedded into every card. The app ships DejaVu Sans (Bitstream Vera licence,
 * see {@code fonts/LICENSE-DejaVu.txt}) so cards print the same on every machine and cover Latin, Greek, Cyrillic,
 * Hebrew and many symbols.
 */
public final class FontFile {
    /** The bundled font's class-path location. */
    public static final String BUNDLED = "/app/afterword/fonts/DejaVuSans.ttf";

    private final String name;
    private final byte[] bytes;

    /** A font from bytes (tests may use another font). */
    public FontFile(String name, byte[] bytes) {
        if (name == null || bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("font name and bytes are required");
        }
        this.name = name;
        this.bytes = bytes.clone();
    }

    /** The font that ships with the app. */
    public static FontFile bundled() {
        try (InputStream in = FontFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The card font " + BUNDLED + " is missing from the application.");
            }
            return new FontFile("DejaVu Sans", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The card font could not be read", e);
        }
    }

    /** The font's name, for messages. */
    public String name() {
        return name;
    }

    /** The font bytes, shared: callers only read them. */
    byte[] bytes() {
        return bytes;
    }
}
