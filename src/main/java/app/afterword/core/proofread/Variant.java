// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The varieties of English a note can be proofread in. Spelling differs between them ("color" and "colour"), so the
 * variant is a setting, chosen once in the settings and changeable for one note.
 */
public enum Variant {
    /** American English, the default. */
    EN_US("en-US", "English (United States)"),
    /** British English. */
    EN_GB("en-GB", "English (United Kingdom)"),
    /** Canadian English. */
    EN_CA("en-CA", "English (Canada)"),
    /** Australian English. */
    EN_AU("en-AU", "English (Australia)"),
    /** New Zealand English. */
    EN_NZ("en-NZ", "English (New Zealand)"),
    /** South African English. */
    EN_ZA("en-ZA", "English (South Africa)");

    /** The variant used when nothing else is chosen. */
    public static final Variant DEFAULT = EN_US;

    private final String tag;
    private final String displayName;

    Variant(String tag, String displayName) {
        this.tag = tag;
        this.displayName = displayName;
    }

    /** The language tag, as in settings and on the command line ("en-GB"). */
    @JsonValue
    public String tag() {
        return tag;
    }

    /** A name to show people. */
    public String displayName() {
        return displayName;
    }

    /** The variant with this tag, ignoring case and accepting "_" for "-"; empty when there is none. */
    public static Optional<Variant> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.tag.toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }

    /**
     * The variant with this tag.
     *
     * @throws IllegalArgumentException naming the tags that exist, when there is no such variant
     */
    public static Variant parse(String tag) {
        return fromTag(tag).orElseThrow(() -> new IllegalArgumentException("'" + (tag == null ? "" : tag.strip())
            + "' is not a language Afterword proofreads. Use one of: " + tags() + "."));
    }

    /** Every tag, comma-separated, for messages and help. */
    public static String tags() {
        return Arrays.stream(values()).map(Variant::tag).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return tag;
    }
}
