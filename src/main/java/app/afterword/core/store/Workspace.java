// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The user's local data: one folder, owner-only, locked against a second writer, repaired at start. Interviews,
 * settings and the records of each feature (progress, drafts, templates) live in it as plain JSON files.
 *
 * <pre>
 * interviews/&lt;id&gt;.json (+ .bak)   settings.json (+ .bak)   quarantine/   .lock
 * </pre>
 */
public final class Workspace implements AutoCloseable {

    /** The settings file's name in the data folder. */
    public static final String SETTINGS_FILE = "settings.json";

    /** The folder of the wizard's working copies: each interview being edited, exactly as typed. */
    public static final String WORKING_COPIES = "working-copies";

    private final Path dir;
    private final Json json;
    private final AtomicWriter writer;
    private final Recovery recovery;
    private final WorkspaceLock lock;
    private final List<String> notices = new ArrayList<>();
    private final RecordStore<Interview> interviews;
    private final SettingsStore settings;
    private final Map<String, RecordStore<?>> stores = new LinkedHashMap<>();
    private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();

    private Workspace(Path dir, Json json, FileOps ops, Clock clock, WorkspaceLock lock) throws IOException {
        this.dir = dir;
        this.json = json;
        this.writer = new AtomicWriter(ops);
        this.recovery = new Recovery(dir, json, writer, clock);
        this.lock = lock;
        int temps = removeTempFiles();
        if (temps > 0) {
            notices.add("Removed " + temps + (temps == 1 ? " unfinished temporary file" : " unfinished temporary files")
                + " left by an interrupted save.");
        }
        this.settings = new SettingsStore(dir.resolve(SETTINGS_FILE), json, writer, recovery, notices);
        this.interviews = records("interviews", new InterviewRecordCodec());
    }

    /** Opens (creating if needed) the workspace in {@code dir} with the real file system. */
    public static Workspace open(Path dir) throws IOException, WorkspaceLockedException {
        return open(dir, new Json(), new RealFileOps(), Clock.systemDefaultZone());
    }

    /** Opens the workspace with the given collaborators (tests inject faulty file operations and clocks). */
    public static Workspace open(Path dir, Json json, FileOps ops, Clock clock)
        throws IOException, WorkspaceLockedException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UnusableFolderException("The data folder " + abs + " is a file, not a folder. Choose a folder "
                + "with --data-dir or " + DataDirectory.ENV + ", or move the file away.");
        }
        createPrivateDirectory(abs);
        abs = abs.toRealPath();
        WorkspaceLock lock = WorkspaceLock.acquire(abs);
        try {
            return new Workspace(abs, json, ops, clock, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Creates a folder Afterword owns inside the data folder (0700), refusing a link in its place: inside the data
     * folder Afterword neither follows nor creates links, it reports them and leaves them.
     */
    static void createOwnFolder(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new UnusableFolderException(dir.getFileName() + " in the data folder " + dir.getParent() + " is a "
                + "link to another place. Afterword neither follows nor creates links inside its data folder, so it "
                + "left it alone; replace the link with the folder itself (move its files in), then start again.");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnusableFolderException(dir + " should be a folder but is a file. Move it away, then start "
                + "again.");
        }
        createPrivateDirectory(dir);
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private int removeTempFiles() throws IOException {
        int removed = recovery.removeTempFiles(dir);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path sub : s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                removed += recovery.removeTempFiles(sub);
            }
        }
        return removed;
    }

    /**
     * The store for one kind of record, in its own folder; created and loaded (with recovery) on first use.
     *
     * @param folder a lower-case folder name such as "progress"
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> RecordStore<T> records(String folder, RecordCodec<T> codec) throws IOException {
        RecordStore<?> existing = stores.get(folder);
        if (existing != null) {
            return (RecordStore<T>) existing;
        }
        if (!RecordStore.isValidId(folder) || "quarantine".equals(folder)) {
            throw new IllegalArgumentException("not a store folder: " + folder);
        }
        Path sub = dir.resolve(folder);
        createOwnFolder(sub);
        RecordStore<T> store = new RecordStore<>(sub, codec, json, writer, recovery, this::recordWritten);
        store.load(notices);
        stores.put(folder, store);
        return store;
    }

    /**
     * Calls {@code listener} after every record a store writes or removes (an interview, a working copy, a note
     * recorded as sent, an archive mark), on the thread that wrote it: the window's "Saved" time follows them all.
     */
    public void onRecordWritten(Runnable listener) {
        writeListeners.add(listener);
    }

    private void recordWritten() {
        for (Runnable l : writeListeners) {
            l.run();
        }
    }

    /** The interviews. */
    public RecordStore<Interview> interviews() {
        return interviews;
    }

    /**
     * The wizard's working copies, keyed by interview id, or by a {@code new-…} key for an interview that was never
     * valid enough to be saved as one (see {@link UnfinishedInterview}).
     */
    public RecordStore<InterviewWorkingCopy> workingCopies() throws IOException {
        return records(WORKING_COPIES, new JsonRecordCodec<>(json, InterviewWorkingCopy.class,
            InterviewWorkingCopy.SCHEMA_VERSION, InterviewWorkingCopy::describe));
    }

    /** The settings. */
    public SettingsStore settings() {
        return settings;
    }

    /** The data folder, as its real path (never through a symbolic link). */
    public Path directory() {
        return dir;
    }

    /** The configured JSON mapper shared by the stores. */
    public Json json() {
        return json;
    }

    /** The atomic writer, for features that keep non-JSON files (template text) in the workspace. */
    public AtomicWriter writer() {
        return writer;
    }

    /** What the start-up repair did, one sentence each; empty when nothing needed repair. */
    public synchronized List<String> recoveryNotices() {
        return List.copyOf(notices);
    }

    /** The folders of the record stores opened so far, by folder name. */
    synchronized Map<String, Path> storeFolders() {
        Map<String, Path> out = new LinkedHashMap<>();
        stores.forEach((name, store) -> out.put(name, store.directory()));
        return out;
    }

    /**
     * Forgets everything in memory after the data folder was emptied, and makes the open stores' folders again, so
     * the running app carries on with no data.
     */
    synchronized void emptied() throws IOException {
        settings.reset();
        notices.clear();
        for (RecordStore<?> store : stores.values()) {
            store.forget();
            createOwnFolder(store.directory());
        }
    }

    /** Writes every record whose save failed earlier. */
    public synchronized void retryPending() throws SaveException {
        settings.retryPending();
        for (RecordStore<?> store : stores.values()) {
            store.retryPending();
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
