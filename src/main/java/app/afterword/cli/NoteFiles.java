// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a note a person gives on the command line: strict UTF-8 text, at most 1 MB, without a byte-order mark. */
final class NoteFiles {
    /** Largest note file read, in bytes; notes are a few hundred words. */
    static final int MAX_BYTES = 1 << 20;

    private NoteFiles() {
    }

    /**
     * Reads {@code file}, or standard input for "-".
     *
     * @param what how the command names this input in messages ("NOTE", "--compare Ana"), or null
     */
    static String read(CliContext c, String file, String what) {
        String name = "-".equals(file) ? "standard input" : file;
        String prefix = what == null ? "" : what + ": ";
        byte[] bytes;
        try {
            if ("-".equals(file)) {
                bytes = readCapped(c.in());
            } else {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    throw usage(prefix + file + " is a folder; give the path of a note (a text file).");
                }
                if (Files.size(path) > MAX_BYTES) {
                    throw tooLarge(prefix, name);
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = readCapped(in);
                }
            }
        } catch (NoSuchFileException e) {
            throw usage(prefix + "There is no file " + file + ": it does not exist. Check the path.");
        } catch (AccessDeniedException e) {
            throw usage(prefix + "Afterword may not read " + file + ". Check its permissions.");
        } catch (InvalidPathException e) {
            throw usage(prefix + "'" + file + "' is not a valid path.");
        } catch (IOException e) {
            throw usage(prefix + "Could not read " + name + " (" + e.getClass().getSimpleName() + ").");
        }
        if (bytes == null) {
            throw tooLarge(prefix, name);
        }
        return decode(bytes, prefix + name);
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
    }

    private static CliException tooLarge(String prefix, String name) {
        return usage(prefix + name + " is larger than 1 MB, which is far too long for a note.");
    }

    private static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw usage(name + " looks like a binary file, not a note. Give a plain text file.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw usage(name + " is not UTF-8 text. Save it as UTF-8 and try again.");
        }
    }

    private static CliException usage(String message) {
        return new CliException(message, Cli.USAGE);
    }
}
