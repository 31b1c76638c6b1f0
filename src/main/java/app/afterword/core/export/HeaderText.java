// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Checks and encodes values bound for e-mail headers, where a line break would start a new header. */
final class HeaderText {
    /** Longest display name accepted; longer names are almost certainly pasted text. */
    static final int MAX_NAME = 200;
    /** Longest e-mail address (RFC 5321 path limit). */
    static final int MAX_ADDRESS = 254;

    private HeaderText() {
    }

    /**
     * Rejects line breaks and control characters in a header value, naming the field.
     *
     * @param field how the user knows the field ("the subject", "the name of interviewer 2")
     */
    static void requireOneLine(String value, String field) throws ExportException {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new ExportException(capitalize(field) + " has a line break in it. E-mail headers must be one "
                    + "line: remove the line break and export again.");
            }
            if (c != '\t' && Character.isISOControl(c)) {
                throw new ExportException(capitalize(field) + " contains an invisible control character (U+"
                    + String.format("%04X", (int) c) + "). Retype it and export again.");
            }
        }
    }

    /**
     * RFC 2047 "B" encoded-words for the whole value, each at most 75 characters and holding whole characters only,
     * joined by folding white space. Used when a value has a run too long to fold at spaces.
     */
    static String encodedWords(String value) {
        StringBuilder out = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int chunkBytes = 0;
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (chunkBytes + size > 45) {
                appendWord(out, chunk);
                chunk.setLength(0);
                chunkBytes = 0;
            }
            chunk.append(ch);
            chunkBytes += size;
            i += Character.charCount(cp);
        }
        appendWord(out, chunk);
        return out.toString();
    }

    private static void appendWord(StringBuilder out, StringBuilder chunk) {
        if (chunk.length() == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append("\r\n ");
        }
        out.append("=?UTF-8?B?")
            .append(Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)))
            .append("?=");
    }

    /** The length of the longest line (without its CRLF) in the bytes, in octets. */
    static int longestLine(byte[] bytes) {
        int longest = 0;
        int current = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current++;
            }
        }
        return Math.max(longest, current);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
