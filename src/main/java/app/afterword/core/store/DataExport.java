// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Export everything": one zip of the user's files in the data folder (interviews, working copies, edited notes,
 * progress, own templates, settings with the personal dictionary), as they are stored, so they can be read, kept or
 * moved to another machine. The lock, temporary files and backup copies are left out; files the start-up repair
 * moved to quarantine only when asked. Entries come in path order so two exports of the same data list the same
 * entries. The zip is written beside its target and moved in place at the end, so a failed export never leaves a
 * half file under the chosen name.
 *
 * <p>Run it where nothing else writes the folder (the app's IO lane, or the command line, which holds the lock).
 */
public final class DataExport {

    /**
     * What an export wrote.
     *
     * @param file    the zip
     * @param entries the entry names, in order
     * @param bytes   the zip's size
     * @param links   links found in the data folder, by entry name: never followed, so not in the zip
     */
    public record Result(Path file, List<String> entries, long bytes, List<String> links) {
        /** Copies the lists. */
        public Result {
            entries = List.copyOf(entries);
            links = List.copyOf(links);
        }
    }

    private final Path folder;

    /** An export of the data folder {@code folder}. */
    public DataExport(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The entry names the zip would hold, in order. */
    public List<String> entries(boolean withQuarantine) throws IOException {
        return DataInventory.DataFiles.list(folder, false, withQuarantine).stream()
            .map(f -> DataInventory.DataFiles.entryName(folder, f)).toList();
    }

    /**
     * Writes the zip.
     *
     * @param target         the zip file to write
     * @param withQuarantine also export the damaged files the start-up repair set aside
     * @param overwrite      replace {@code target} when it exists
     * @throws DataException saying why nothing was written
     */
    public Result writeZip(Path target, boolean withQuarantine, boolean overwrite) throws DataException {
        Path zip = target.toAbsolutePath().normalize();
        if (zip.startsWith(folder) || insideFolder(zip)) {
            throw new DataException("Choose a place outside the data folder " + folder + " for the export: a copy "
                + "inside it would be exported and deleted with the data.", null);
        }
        if (Files.isDirectory(zip)) {
            throw new DataException(zip + " is a folder. Give the name of the zip file to write, such as "
                + zip.resolve("afterword-data.zip") + ".", null);
        }
        if (!overwrite && Files.exists(zip)) {
            throw new DataException(zip + " already exists. Choose another name, or allow replacing it "
                + "(--overwrite on the command line).", null);
        }
        Path dir = zip.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DataException("The folder " + dir + " does not exist. Create it first, or choose another.",
                null);
        }
        List<Path> files;
        List<String> links;
        try {
            files = DataInventory.DataFiles.list(folder, false, withQuarantine);
            links = DataInventory.DataFiles.links(folder).stream()
                .map(l -> DataInventory.DataFiles.entryName(folder, l)).toList();
        } catch (IOException e) {
            throw new DataException("The data folder " + folder + " could not be read (" + reason(e) + "). Nothing "
                + "was exported.", e);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + zip.getFileName() + ".", AtomicWriter.TEMP_SUFFIX);
            List<String> names = write(tmp, files);
            move(tmp, zip, overwrite);
            tmp = null;
            return new Result(zip, names, Files.size(zip), links);
        } catch (IOException e) {
            throw new DataException("The export could not be written to " + zip + " (" + reason(e) + "). Nothing "
                + "was saved there; check that the folder is writable and has space.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // A hidden temporary file stays; it holds nothing that is not also in the data folder.
                    tmp = null;
                }
            }
        }
    }

    /** True when the zip's folder, links resolved, is the data folder or inside it (an alias of it). */
    private boolean insideFolder(Path zip) {
        Path parent = zip.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        try {
            return parent.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> write(Path tmp, List<Path> files) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream raw = Channels.newOutputStream(ch);
            ZipOutputStream out = new ZipOutputStream(raw);
            for (Path f : files) {
                String name = DataInventory.DataFiles.entryName(folder, f);
                ZipEntry entry = new ZipEntry(name);
                FileTime modified = Files.getLastModifiedTime(f);
                entry.setLastModifiedTime(modified);
                out.putNextEntry(entry);
                Files.copy(f, out);
                out.closeEntry();
                names.add(name);
            }
            out.finish();
            out.flush();
            ch.force(true);
        }
        return names;
    }

    private static void move(Path tmp, Path zip, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                Files.move(tmp, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, zip, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (overwrite) {
                Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, zip);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("the file appeared while exporting", e);
        }
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
