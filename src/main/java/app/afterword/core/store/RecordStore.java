// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One folder of records, one JSON file each. Memory is the working copy: a save updates memory first and then the
 * file, so when the disk refuses, nothing the user did is lost and {@link #retryPending()} writes it later.
 * Records from a newer app version are loaded read-only and never rewritten.
 *
 * @param <T> the record type
 */
public final class RecordStore<T> {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final Path dir;
    private final RecordCodec<T> codec;
    private final Json json;
    private final AtomicWriter writer;
    private final Recovery recovery;
    private final Runnable written;
    private final Map<String, T> records = new TreeMap<>();
    private final Set<String> readOnly = new LinkedHashSet<>();
    private final Set<String> pending = new LinkedHashSet<>();

    RecordStore(Path dir, RecordCodec<T> codec, Json json, AtomicWriter writer, Recovery recovery,
                Runnable written) {
        this.dir = dir;
        this.codec = codec;
        this.json = json;
        this.writer = writer;
        this.recovery = recovery;
        this.written = written;
    }

    /** True for a string that can name a record file. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The folder this store keeps its files in. */
    public Path directory() {
        return dir;
    }

    /** Loads every record, quarantining and restoring damaged files; what it did goes to {@code notices}. */
    synchronized void load(List<String> notices) throws IOException {
        records.clear();
        readOnly.clear();
        Workspace.createOwnFolder(dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".json".length());
            if (!isValidId(id)) {
                notices.add("Ignored " + dir.getFileName() + "/" + name + ": not a name Afterword uses.");
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                notices.add("Left " + dir.getFileName() + "/" + name + " alone: it is a link or not a regular file, "
                    + "and Afterword neither follows nor replaces links inside its data folder. Replace it with the "
                    + "file itself to use it.");
                continue;
            }
            Optional<T> value = recovery.loadOrRestore(file, this::decodeChecked, notices);
            value.ifPresent(v -> records.put(id, v));
        }
        for (Path orphan : recovery.orphanBackups(dir)) {
            String name = orphan.getFileName().toString();
            String id = name.substring(0, name.length() - ".json.bak".length());
            if (isValidId(id) && !records.containsKey(id)) {
                Path target = dir.resolve(id + ".json");
                Optional<T> value = recovery.restoreOrphan(target, this::decodeChecked, notices);
                value.ifPresent(v -> records.put(id, v));
            }
        }
    }

    private T decodeChecked(Path file, JsonNode node) throws RecordFormatException, NewerVersionException {
        int declared = codec.declaredVersion(node);
        String id = file.getFileName().toString().replace(".json", "");
        if (declared > codec.schemaVersion()) {
            try {
                T value = codec.decode(node);
                readOnly.add(id);
                return value;
            } catch (RecordFormatException e) {
                throw new NewerVersionException(declared);
            }
        }
        return codec.decode(node);
    }

    /** Every record by id, in id order. */
    public synchronized Map<String, T> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(records));
    }

    /** The record with this id. */
    public synchronized Optional<T> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** True when the record came from a newer app version and must not be rewritten. */
    public synchronized boolean isReadOnly(String id) {
        return readOnly.contains(id);
    }

    /** Ids whose latest version is in memory but not yet on disk. */
    public synchronized Set<String> pending() {
        return Set.copyOf(pending);
    }

    /** An id not used yet, built from the given words ("acme-product-designer-2026-11-20"). */
    public synchronized String newId(String words) {
        String base = Ids.slug(words);
        String id = base;
        for (int n = 2; records.containsKey(id) || Files.exists(dir.resolve(id + ".json")); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Stores the record in memory and writes it to disk.
     *
     * @throws SaveException when the disk refused; the record stays in memory and is written by a later retry
     */
    public synchronized void save(String id, T value) throws SaveException {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("not a record id: " + id);
        }
        if (readOnly.contains(id)) {
            throw new SaveException(SaveException.Reason.READ_ONLY_RECORD, "Can't save " + codec.describe(value)
                + ": it was written by a newer version of Afterword and is open read-only. Update Afterword to "
                + "change it.", null);
        }
        byte[] bytes = json.write(codec.encode(value));
        if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
            throw tooLarge(value, bytes.length);
        }
        records.put(id, value);
        pending.add(id);
        writer.write(dir.resolve(id + ".json"), bytes, codec.describe(value));
        pending.remove(id);
        written.run();
    }

    /**
     * A record whose saved form is over the read limit: it would be quarantined at the next start, so it is refused
     * now, with one limit checked on the bytes that would be written.
     */
    private SaveException tooLarge(T value, long bytes) {
        return new SaveException(SaveException.Reason.TOO_LARGE, "Can't save " + codec.describe(value) + ": saved, "
            + "it would take " + DataInventory.size(bytes) + ", and Afterword reads files of at most "
            + DataInventory.size(Json.MAX_DOCUMENT_BYTES) + ". Shorten its longest texts or lists. Nothing was saved.",
            null);
    }

    /** Writes every record whose save failed before; stops at the first failure. */
    public synchronized void retryPending() throws SaveException {
        for (String id : List.copyOf(pending)) {
            T value = records.get(id);
            if (value != null) {
                write(id, value);
            } else {
                pending.remove(id);
            }
        }
    }

    private void write(String id, T value) throws SaveException {
        writer.write(dir.resolve(id + ".json"), json.write(codec.encode(value)), codec.describe(value));
        pending.remove(id);
        written.run();
    }

    /** Deletes the record and its backup. */
    public synchronized void remove(String id) throws SaveException {
        T value = records.get(id);
        if (value == null) {
            return;
        }
        if (readOnly.contains(id)) {
            throw new SaveException(SaveException.Reason.READ_ONLY_RECORD, "Can't remove " + codec.describe(value)
                + ": it was written by a newer version of Afterword.", null);
        }
        Path file = dir.resolve(id + ".json");
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(AtomicWriter.backupOf(file));
        } catch (IOException e) {
            throw SaveException.of(codec.describe(value), e);
        }
        records.remove(id);
        pending.remove(id);
        written.run();
    }

    /** Forgets every record, after the data folder was emptied. */
    synchronized void forget() {
        records.clear();
        readOnly.clear();
        pending.clear();
    }

    /** Ids in order, for listings. */
    public synchronized List<String> ids() {
        return new ArrayList<>(records.keySet());
    }
}
