// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "Delete everything": removes every file in the open data folder (records, backups, quarantine, leftovers) but keeps
 * the folder and the lock the running app holds, so the app carries on with no data. Because a wrong
 * {@code --data-dir} could point at a home folder, it first checks that the folder holds only what Afterword makes,
 * and refuses, deleting nothing, when anything else is there.
 */
public final class DataDeletion {

    /** Folder names Afterword makes: the stores' lower-case names. */
    private static final Pattern STORE_FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    /** Extensions of the files Afterword writes in its folders. */
    private static final Set<String> KNOWN_EXTENSIONS = Set.of("json", "bak", "tmp", "vtl", "log", "txt");
    private static final int MAX_DEPTH = 3;
    private static final int SHOWN = 5;

    private final Workspace workspace;

    /** A deletion of the open workspace's data. */
    public DataDeletion(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Checks that the data folder holds only what Afterword makes.
     *
     * @throws DataException naming what Afterword did not make
     */
    public void check() throws DataException {
        check(workspace.directory());
    }

    /**
     * Checks that {@code folder} is an Afterword data folder: it has the lock file, and every entry in it is one
     * Afterword makes.
     *
     * @throws DataException naming what Afterword did not make
     */
    public static void check(Path folder) throws DataException {
        if (!Files.isRegularFile(folder.resolve(".lock"), LinkOption.NOFOLLOW_LINKS)) {
            throw new DataException(folder + " is not an Afterword data folder (it has no .lock file). Nothing was "
                + "deleted.", null);
        }
        List<String> strangers = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                if (!isOurs(folder, p)) {
                    strangers.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new DataException("The data folder " + folder + " could not be read (" + DataExport.reason(e)
                + "). Nothing was deleted.", e);
        }
        if (!strangers.isEmpty()) {
            String shown = String.join(", ", strangers.subList(0, Math.min(SHOWN, strangers.size())))
                + (strangers.size() > SHOWN ? " and " + (strangers.size() - SHOWN) + " more" : "");
            throw new DataException(folder + " does not look like an Afterword data folder: it holds " + shown
                + ", which Afterword did not make. Nothing was deleted. Check the folder (--data-dir or "
                + DataDirectory.ENV + "), or move those files out first.", null);
        }
    }

    private static boolean isOurs(Path folder, Path p) throws IOException {
        String name = p.getFileName().toString();
        if (Files.isSymbolicLink(p)) {
            return false;
        }
        if (Files.isRegularFile(p)) {
            return name.equals(".lock") || name.equals("settings.json") || name.equals("settings.json.bak")
                || AtomicWriter.isTemp(p);
        }
        if (!Files.isDirectory(p) || !STORE_FOLDER.matcher(name).matches()) {
            return false;
        }
        if (name.equals(DataInventory.QUARANTINE)) {
            return true;
        }
        try (Stream<Path> s = Files.walk(p, MAX_DEPTH)) {
            return s.filter(q -> !q.equals(p)).allMatch(q -> !Files.isSymbolicLink(q)
                && (Files.isDirectory(q) || Files.isRegularFile(q) && KNOWN_EXTENSIONS.contains(extension(q))));
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Deletes every file and folder in the data folder except the lock, then empties what the workspace holds in
     * memory and makes its stores' folders again. Run it where nothing else writes the folder (the app's IO lane).
     *
     * @return what was there before
     * @throws DataException when the folder is not Afterword's (nothing deleted), or a file could not be deleted
     *                       (the ones before it are gone; running it again finishes the job)
     */
    public DataInventory deleteEverything() throws DataException {
        Path folder = workspace.directory();
        check(folder);
        DataInventory before;
        try {
            before = DataInventory.of(folder);
        } catch (IOException e) {
            throw new DataException("The data folder " + folder + " could not be read (" + DataExport.reason(e)
                + "). Nothing was deleted.", e);
        }
        DataException failed = null;
        synchronized (workspace) {
            try {
                List<Path> all;
                try (Stream<Path> s = Files.walk(folder)) {
                    all = s.filter(p -> !p.equals(folder) && !p.equals(folder.resolve(".lock")))
                        .sorted(Comparator.comparingInt(Path::getNameCount).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                        .toList();
                }
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                failed = new DataException("Some files in " + folder + " could not be deleted ("
                    + DataExport.reason(e) + "). Close programs that use them and delete again.", e);
            }
            try {
                workspace.emptied();
            } catch (IOException e) {
                failed = failed != null ? failed : new DataException("The data was deleted, but its folders could "
                    + "not be made again (" + DataExport.reason(e) + "). Restart Afterword.", e);
            }
        }
        if (failed != null) {
            throw failed;
        }
        return before;
    }
}
