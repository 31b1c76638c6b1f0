// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Normalising helpers shared by the interview records, so every record treats blanks the same way. */
public final class Text {
    /** The longest text one field may hold; the file reader and the records share it, so what saves also loads. */
    public static final int MAX_CHARS = 100_000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    private static String capped(String value) {
        if (value.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a text field is longer than " + MAX_CHARS + " characters");
        }
        return value;
    }

    /** Trims the value; a blank or missing value becomes null, so templates can test it with {@code #if}. */
    public static String optional(String value) {
        if (value == null) {
            return null;
        }
        String stripped = capped(value).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** True when the value has visible content. */
    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** An immutable copy without blank entries; a missing list becomes empty. */
    public static List<String> items(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            String s = optional(v);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Requires visible content, naming the field in the message. */
    public static String required(String value, String field) {
        String s = optional(value);
        if (s == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return s;
    }

    /**
     * True when the value holds a line break or another control character (tab, NUL, U+2028...): such text can't
     * stand in a one-line field like a greeting without breaking the line it is written into.
     */
    public static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                return true;
            }
        }
        return false;
    }

    /** Null-safe equality that ignores case, for names typed by people. */
    public static boolean sameName(String a, String b) {
        return Objects.equals(a == null ? null : a.strip().toLowerCase(java.util.Locale.ROOT),
            b == null ? null : b.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Lower case, accents removed, curly apostrophes straightened: the one form in which two spellings of a word or a
     * name are compared ("María" and "maria", "O’Brien" and "o'brien"), by the drafting and etiquette checks alike.
     */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
    }
}
