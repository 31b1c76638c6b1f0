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

    private static final String REJECTED = "<>:\"/\\|?*";
    private static final Pattern RESERVED = Pattern.compile(
        "(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$|clock\\$)");
    private static final Set<Character> TRIM = Set.of(' ', '.', '-');

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
            if (type == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F) {
                return;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                appendOnce(out, ' ');
            } else if (cp < 0x80 && REJECTED.indexOf(cp) >= 0 || Character.isISOControl(cp)
                || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                appendOnce(out, '-');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return trim(out.toString());
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
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
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
        String cutName = trim(name.substring(0, cut));
        return cutName.isEmpty() ? "note" : cutName;
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
