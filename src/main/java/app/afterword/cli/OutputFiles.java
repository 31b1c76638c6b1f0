// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.export.ExportException;
import app.afterword.core.export.ExportFiles;
import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.RealFileOps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every file a command writes where the user said (a calendar, a template, a handout) goes through here, with the
 * rules of {@code export}: written atomically, never over an existing file without the user's flag, the old one kept
 * as {@code .bak}, never into a folder that isn't there unless asked, and never into a device or a named pipe.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes {@code bytes} to {@code file}.
     *
     * @param option        how the user named the file ("--ics", "FILE.pdf"), for messages
     * @param overwriteFlag the flag that allows replacing an existing file ("--overwrite")
     * @param parents       create missing parent folders (the user asked with --parents)
     * @return the file written
     */
    static Path write(String file, byte[] bytes, String option, boolean overwrite, String overwriteFlag,
                      boolean parents) {
        Path target = target(file, option);
        Path dir = target.getParent();
        ExportFiles files = new ExportFiles(new AtomicWriter(new RealFileOps()));
        try {
            if (!Files.isDirectory(dir)) {
                if (!parents) {
                    throw new CliException(option + ": the folder " + dir + " does not exist. Create it first, or "
                        + "add --parents to create it.", Cli.USAGE);
                }
                files.prepareFolder(dir);
            }
            ExportFiles.Written w = files.write(dir, target.getFileName().toString(), bytes, overwrite);
            if (w.outcome() == ExportFiles.Outcome.EXISTS) {
                throw new CliException(target + " already exists, so nothing was written. Add " + overwriteFlag
                    + " to replace it (the old file is then kept as " + target.getFileName() + ".bak).",
                    Cli.PROBLEMS);
            }
            return w.path();
        } catch (ExportException e) {
            throw new CliException(e.getMessage(), Cli.PROBLEMS);
        }
    }

    /** The absolute path to write, after refusing folders and special files. */
    static Path target(String file, String option) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CliException(option + ": '" + file + "' is not a valid path.", Cli.USAGE);
        }
        if (path.getFileName() == null || path.getParent() == null) {
            throw new CliException(option + ": give the name of a file to write, not " + path + ".", Cli.USAGE);
        }
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isDirectory()) {
                throw new CliException(option + ": " + path + " is a folder; give a file name inside it.", Cli.USAGE);
            }
            if (a.isOther()) {
                throw new CliException(option + ": " + path + " is not a regular file (a device, a named pipe or a "
                    + "socket); give the name of a file to write.", Cli.USAGE);
            }
        } catch (IOException e) {
            // Nothing there yet: the usual case.
            return path;
        }
        return path;
    }
}
