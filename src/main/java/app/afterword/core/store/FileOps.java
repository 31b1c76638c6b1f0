// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file-system steps a save is made of. Saving goes through this seam so tests can fail or "crash" at any single
 * step and prove that the previous version of every file survives.
 */
public interface FileOps {

    /** Creates an empty, owner-only temporary file in {@code dir}. */
    Path createTempFile(Path dir, String prefix, String suffix) throws IOException;

    /** Writes all bytes to {@code file} and forces them to the storage device. */
    void writeAndForce(Path file, byte[] bytes) throws IOException;

    /** Copies {@code from} over {@code to} and forces the copy to the storage device. */
    void copyAndForce(Path from, Path to) throws IOException;

    /** Atomically replaces {@code to} with {@code from}. */
    void atomicMove(Path from, Path to) throws IOException;

    /** Makes a rename in {@code dir} durable (a no-op where the platform cannot). */
    void forceDirectory(Path dir) throws IOException;

    /** Deletes the file if it is there. */
    void deleteIfExists(Path file) throws IOException;
}
