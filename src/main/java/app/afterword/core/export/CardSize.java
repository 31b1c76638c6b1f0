// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The card sizes a handwritten note is laid out for. No etiquette source names one standard size, so the size is the
 * user's choice; these are the common blank note cards. Sizes are of one panel (the front of a folded card).
 */
public enum CardSize {
    /** ISO A6, 105 × 148 mm: the common European note card. */
    A6("a6", "A6 (105 × 148 mm)", 105 / 25.4f * 72, 148 / 25.4f * 72),
    /** 4.25 × 5.5 in (A2 envelope): the common North American note card. */
    US_4_25X5_5("4.25x5.5", "4.25 × 5.5 in", 4.25f * 72, 5.5f * 72),
    /** 5 × 7 in (A7 envelope): a larger card with room for a longer note. */
    US_5X7("5x7", "5 × 7 in", 5 * 72, 7 * 72);

    private final String id;
    private final String label;
    private final float width;
    private final float height;

    CardSize(String id, String label, float width, float height) {
        this.id = id;
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** The spelling used in settings and on the command line ("a6", "4.25x5.5", "5x7"). */
    @JsonValue
    public String id() {
        return id;
    }

    /** The size in words, for the page and the UI. */
    public String label() {
        return label;
    }

    /** Panel width in PDF points (1/72 in). */
    public float width() {
        return width;
    }

    /** Panel height in PDF points (1/72 in). */
    public float height() {
        return height;
    }

    /** Parses {@link #id()} spellings, ignoring case and surrounding spaces. */
    public static Optional<CardSize> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(t)).findFirst();
    }

    /** For settings files: the id, or an error naming the accepted ids. */
    @JsonCreator
    static CardSize fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("card size must be one of a6, 4.25x5.5, "
            + "5x7"));
    }
}
