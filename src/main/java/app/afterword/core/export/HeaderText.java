// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and encodes values bound for e-mail headers, where a line break would start a new header. */
final class HeaderText {
    /** Longest display name accepted; longer names are almost certainly pasted text. */
    static final int MAX_NAME = 200;
    /** An RFC 2047 encoded word: =?charset?B|Q?text?= (a language tag may follow the charset). */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=");
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
        requireOneLineAsTyped(value, field);
        String decoded = decodeEncodedWords(value);
        if (!decoded.equals(value)) {
            // A mail client decodes "=?UTF-8?B?...?=" before showing it: what it decodes to must pass too.
            requireOneLineAsTyped(decoded, field + " (as a mail app decodes it)");
        }
    }

    /** True when the value holds something a mail client would decode as an RFC 2047 encoded word. */
    static boolean looksEncoded(String value) {
        return value != null && ENCODED_WORD.matcher(value).find();
    }

    /** The value with every RFC 2047 encoded word decoded, wherever it stands; words that don't decode stay. */
    static String decodeEncodedWords(String value) {
        Matcher m = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word;
            try {
                word = MimeUtility.decodeWord(m.group());
            } catch (ParseException | UnsupportedEncodingException | RuntimeException e) {
                word = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void requireOneLineAsTyped(String value, String field) throws ExportException {
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
