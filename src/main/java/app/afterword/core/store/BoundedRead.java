// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file a person named, whatever it says its size is: only a regular file is opened (a device such as
 * {@code /dev/zero}, a named pipe or a socket is refused before it can block or run on forever), and never more
 * than the limit plus one byte is read, so an endless or growing file is "too large", not an out-of-memory error.
 */
public final class BoundedRead {

    /** The path is not a regular file; the message says what it is, in words. */
    public static final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAFileException(String message) {
            super(message);
        }
    }

    /** The file holds more than the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    private BoundedRead() {
    }

    /**
     * The file's bytes.
     *
     * @throws NotAFileException  for a folder, a device, a named pipe or a socket (nothing is opened)
     * @throws TooLargeException  when it holds more than {@code max} bytes (at most {@code max + 1} are read)
     */
    public static byte[] read(Path file, int max) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isDirectory()) {
            throw new NotAFileException(file + " is a folder");
        }
        if (!a.isRegularFile()) {
            throw new NotAFileException(file + " is not a regular file (it is a device, a named pipe or a socket)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLargeException(file + " is larger than " + max + " bytes");
            }
            return bytes;
        }
    }
}
