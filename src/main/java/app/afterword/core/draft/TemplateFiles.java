// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a template file into template text, or says in plain words why it can't: empty, too large,
 * not UTF-8, binary, or with a line no template needs. Line endings become {@code \n}; a UTF-8 byte-order mark is
 * dropped. Nothing here trusts the file's name.
 */
public final class TemplateFiles {

    /** The largest template file accepted. */
    public static final int MAX_BYTES = 256 * 1024;
    /** The longest line accepted. */
    public static final int MAX_LINE = 10_000;

    private TemplateFiles() {
    }

    /**
     * Decodes a template file.
     *
     * @param what the file's name as the user knows it, for messages
     * @throws DraftException with the reason the file can't be a template
     */
    public static String decode(byte[] bytes, String what) throws DraftException {
        if (bytes == null || bytes.length == 0) {
            throw new DraftException(what + " is empty; a template needs some text.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DraftException(what + " is " + bytes.length / 1024 + " KiB; a template can be at most "
                + MAX_BYTES / 1024 + " KiB.");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
            || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw new DraftException(what + " is saved as UTF-16; save it as UTF-8 and import it again.");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new DraftException(what + " is not UTF-8 text; it may be a binary file, or saved in another "
                + "encoding. Save it as UTF-8 and import it again.");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        int lineLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineLength = 0;
                continue;
            }
            if (++lineLength > MAX_LINE) {
                throw new DraftException(what + ": line " + line + " is longer than " + MAX_LINE
                    + " characters; break it into shorter lines.");
            }
            if (c == 0) {
                throw new DraftException(what + " contains NUL characters; it looks like a binary file, not a "
                    + "template.");
            }
            if (Character.isISOControl(c) && c != '\t') {
                throw new DraftException(what + ": line " + line + " contains a control character (U+"
                    + String.format("%04X", (int) c) + "); remove it and import again.");
            }
        }
        if (text.isBlank()) {
            throw new DraftException(what + " is empty; a template needs some text.");
        }
        return text.endsWith("\n") ? text : text + "\n";
    }
}
