// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a file so that, whatever happens (a crash, a kill, a full disk), the target is always one complete
 * version: the new bytes go to a temporary file in the same folder, are forced to disk, and are then moved over the
 * target in one atomic step. The version before is kept as {@code name.bak}. It replaces regular files only: a
 * symbolic link is never followed nor replaced, and a device or a named pipe is never opened.
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
        boolean exists = requireRegularOrAbsent(target, what);
        try {
            tmp = ops.createTempFile(dir, "." + name + ".", TEMP_SUFFIX);
            ops.writeAndForce(tmp, bytes);
            if (exists) {
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

    /**
     * True when {@code target} is a regular file, false when there is nothing there.
     *
     * @throws SaveException when it is a symbolic link, a folder or a special file (device, pipe, socket)
     */
    private static boolean requireRegularOrAbsent(Path target, String what) throws SaveException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | SecurityException e) {
            throw SaveException.of(what, e);
        }
        if (a.isRegularFile()) {
            return true;
        }
        String kind = a.isSymbolicLink() ? "a link to another place" : a.isDirectory() ? "a folder"
            : "not a regular file (a device, a named pipe or a socket)";
        throw new SaveException(SaveException.Reason.NOT_A_FILE, "Could not save " + what + ": " + target + " is "
            + kind + ", which Afterword never writes through or replaces. Remove it, or choose another name.", null);
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
