// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces a file so that, whatever happens (a crash, a kill, a full disk), the target is always one complete
 * version: the new bytes go to a temporary file in the same folder, are forced to disk, and are then moved over the
 * target in one atomic step. The version before is kept as {@code name.bak}.
 */
public final class AtomicWriter {

    /** Suffix of the one backup generation kept beside each file. */
    public static final String BACKUP_SUFFIX = ".bak";
    /** Suffix of temporary files; any left at start-up are incomplete by definition. */
    public static final String TEMP_SUFFIX = ".tmp";

    private final FileOps ops;

    /** A writer over the given file operations. */
    public AtomicWriter(FileOps ops) {
        this.ops = ops;
    }

    /** The backup file kept beside {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /** True for a temporary file this writer creates. */
    public static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Writes {@code bytes} to {@code target}, keeping the previous version as a backup.
     *
     * @param what what is being saved, in words for an error message ("the interview with Acme")
     * @throws SaveException when the save failed; the previous target is then unchanged
     */
    public void write(Path target, byte[] bytes, String what) throws SaveException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path tmp = null;
        Path bakTmp = null;
        try {
            tmp = ops.createTempFile(dir, "." + name + ".", TEMP_SUFFIX);
            ops.writeAndForce(tmp, bytes);
            if (Files.exists(target)) {
                bakTmp = ops.createTempFile(dir, "." + name + BACKUP_SUFFIX + ".", TEMP_SUFFIX);
                ops.copyAndForce(target, bakTmp);
                ops.atomicMove(bakTmp, backupOf(target));
                bakTmp = null;
            }
            ops.atomicMove(tmp, target);
            tmp = null;
            ops.forceDirectory(dir);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw SaveException.of(what, e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(bakTmp);
        }
    }

    private void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            ops.deleteIfExists(p);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // The recovery scan at the next start removes leftover temporary files.
            return;
        }
    }
}
