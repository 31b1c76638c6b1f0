// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from interview data (company and people's names), safe on Windows, macOS and Linux: no path
 * separators or characters Windows rejects, no control or invisible direction characters (which can disguise an
 * extension), no reserved device names such as {@code CON}, no leading dot or dash, no trailing dot or space, and at
 * most {@link #MAX_BYTES} bytes of UTF-8. Letters in any script and emoji are kept, so people recognise their files.
 */
public final class FileNames {
    /** Longest name in UTF-8 bytes, extension included (file systems allow 255; this leaves room for suffixes). */
    public static final int MAX_BYTES = 200;

    /** Path separators and Windows' drive and pipe characters: replaced by a dash, as in "Acme-Inc". */
    private static final String SEPARATORS = ":/\\|";
    /** Other characters Windows rejects: replaced by a space. */
    private static final String REJECTED = "<>\"?*";
    private static final Pattern RESERVED = Pattern.compile(
        "(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$|clock\\$)");
    private static final Set<Character> TRIM = Set.of(' ', '.', '-');
    private static final int ZWJ = 0x200D;

    private FileNames() {
    }

    /** The file name for one draft in one format: "Company - Person - kind.ext". */
    public static String forDraft(Interview interview, Draft draft, ExportFormat format) {
        String stem = interview.company() + " - " + draft.recipient() + " - " + draft.kind().id()
            + (format == ExportFormat.LINKEDIN ? " - linkedin" : "");
        return safe(stem, format.extension());
    }

    /**
     * A safe file name from free text and an extension.
     *
     * @param stem      any text; blank or fully rejected text becomes "note"
     * @param extension lower-case letters and digits, without the dot
     */
    public static String safe(String stem, String extension) {
        if (extension == null || !extension.matches("[a-z0-9]{1,10}")) {
            throw new IllegalArgumentException("extension must be 1 to 10 lower-case letters or digits");
        }
        String suffix = "." + extension;
        String name = clean(stem);
        if (name.isEmpty()) {
            name = "note";
        }
        int firstDot = name.indexOf('.');
        String device = (firstDot < 0 ? name : name.substring(0, firstDot)).strip();
        if (RESERVED.matcher(device).matches()) {
            name = "_" + name;
        }
        name = truncate(name, MAX_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length);
        return name + suffix;
    }

    /** Replaces what file systems reject, drops invisible characters, collapses spaces and trims. */
    static String clean(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT || isVariationSelector(cp)) {
                // Invisible: direction overrides can disguise an extension. Emoji joiners and presentation
                // selectors are kept inside an emoji sequence only.
                if ((cp == ZWJ || isVariationSelector(cp)) && afterEmoji(out)) {
                    out.appendCodePoint(cp);
                }
                return;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || cp < 0x80 && REJECTED.indexOf(cp) >= 0) {
                appendOnce(out, ' ');
            } else if (cp < 0x80 && SEPARATORS.indexOf(cp) >= 0 || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                appendOnce(out, '-');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return trim(out.toString());
    }

    private static boolean isVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F;
    }

    private static boolean afterEmoji(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        int last = out.codePointBefore(out.length());
        int type = Character.getType(last);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
            || last >= 0x1F3FB && last <= 0x1F3FF;
    }

    private static void appendOnce(StringBuilder out, char c) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && TRIM.contains(s.charAt(start))) {
            start++;
        }
        while (end > start && (TRIM.contains(s.charAt(end - 1)) || s.charAt(end - 1) == ZWJ)) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Cuts to at most {@code maxBytes} UTF-8 bytes at a character boundary (never inside an emoji or accent). */
    static String truncate(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(name);
        int bytes = 0;
        int cut = 0;
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            int size = name.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            cut = end;
        }
        while (cut > 0 && cut < name.length() && joinsPrevious(name, cut)) {
            cut = name.offsetByCodePoints(cut, -1);
        }
        String cutName = trim(name.substring(0, cut));
        return cutName.isEmpty() ? "note" : cutName;
    }

    /**
     * True when the character at {@code at} belongs to the one before it (a joiner, a selector, a skin tone, an
     * accent, or anything right after a joiner), so cutting at {@code at} would split what people see as one
     * character. Java 17's character iterator does not know emoji sequences, hence this check.
     */
    private static boolean joinsPrevious(String s, int at) {
        int cp = s.codePointAt(at);
        int before = s.codePointBefore(at);
        int type = Character.getType(cp);
        return cp == ZWJ || before == ZWJ || isVariationSelector(cp) || cp >= 0x1F3FB && cp <= 0x1F3FF
            || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK;
    }

    /** The name with " (n)" before the extension, for a second file of the same name in one export. */
    static String numbered(String fileName, int n) {
        int dot = fileName.lastIndexOf('.');
        String suffix = " (" + n + ")";
        String stem = truncate(fileName.substring(0, dot), MAX_BYTES - suffix.length()
            - fileName.substring(dot).getBytes(StandardCharsets.UTF_8).length);
        return stem + suffix + fileName.substring(dot);
    }
}
