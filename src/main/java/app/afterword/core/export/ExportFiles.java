// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.SaveException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Writes exported files: atomically (a crash or a full disk never leaves a half file under the final name), and never
 * over an existing file unless the user said so. When a file is replaced, the version before is kept beside it as
 * {@code name.bak}, as everywhere in the app.
 */
public final class ExportFiles {
    private final AtomicWriter writer;

    /** Writes through the given atomic writer (normally over {@code RealFileOps}). */
    public ExportFiles(AtomicWriter writer) {
        if (writer == null) {
            throw new IllegalArgumentException("writer is required");
        }
        this.writer = writer;
    }

    /** Creates the folder if needed. */
    public void prepareFolder(Path dir) throws ExportException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException(dir + " is a file, not a folder. Choose a folder to export into.");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(dir + " is a file, not a folder. Choose a folder to export into.", e);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new ExportException("Couldn't create the folder " + dir + reason(e) + ". Choose another folder.", e);
        }
    }

    /**
     * Writes {@code bytes} as {@code dir/fileName}.
     *
     * @param fileName  a name from {@link FileNames}; it must not contain a path separator
     * @param overwrite true only when the user agreed to replace an existing file
     * @return {@link Outcome#EXISTS} (and nothing written) when the file exists and {@code overwrite} is false
     * @throws ExportException when the file could not be written; no partial file is left under its name
     */
    public Written write(Path dir, String fileName, byte[] bytes, boolean overwrite) throws ExportException {
        if (fileName == null || fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\")
            || fileName.equals(".") || fileName.equals("..")) {
            throw new IllegalArgumentException("fileName must be a plain file name");
        }
        Path target = dir.resolve(fileName);
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExportException("Couldn't write " + fileName + ": a folder with that name is already in " + dir
                + ". Rename or move it, or choose another folder.");
        }
        if (exists && !overwrite) {
            return new Written(target, Outcome.EXISTS);
        }
        try {
            writer.write(target, bytes, fileName);
        } catch (SaveException e) {
            throw new ExportException(message(e, fileName, dir), e);
        }
        return new Written(target, exists ? Outcome.REPLACED : Outcome.WRITTEN);
    }

    private static String message(SaveException e, String fileName, Path dir) {
        String start = "Couldn't write " + fileName;
        String end = " Nothing was left half-written.";
        return switch (e.reason()) {
            case DISK_FULL -> start + ": the disk is full. Free some space or choose another folder." + end;
            case NOT_ALLOWED -> start + ": the folder " + dir + " is read-only or not writable for you. Choose "
                + "another folder." + end;
            case FOLDER_GONE -> start + ": the folder " + dir + " is no longer there (was a drive removed?). "
                + "Reconnect it or choose another folder." + end;
            case NOT_A_FILE -> start + ": " + dir.resolve(fileName) + " is a link, a device or a named pipe, not a "
                + "file Afterword replaces. Choose another name.";
            case NOT_ATOMIC -> start + ": the folder " + dir + " cannot replace files safely (some network shares "
                + "can't). Choose a folder on a local disk." + end;
            default -> start + reason(e.getCause()) + "." + end;
        };
    }

    private static String reason(Throwable e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return " (" + fse.getReason() + ")";
        }
        return e == null ? "" : " (" + e.getClass().getSimpleName() + ")";
    }

    /** What happened to one file. */
    public enum Outcome {
        /** A new file was written. */
        WRITTEN,
        /** An existing file was replaced, with consent; the old one is kept as {@code .bak}. */
        REPLACED,
        /** The file exists and was left alone; ask the user before replacing it. */
        EXISTS
    }

    /**
     * One file's result.
     *
     * @param path    the file's path
     * @param outcome what happened
     */
    public record Written(Path path, Outcome outcome) {
    }
}
