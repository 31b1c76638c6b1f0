// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The start-up repair: removes temporary files left by an interrupted save, moves any file that does not read back
 * into {@code quarantine/} (never deleting it), restores the backup generation when it reads back, and says what it
 * did in one sentence per file.
 */
final class Recovery {

    /** Reads one stored document into a record. */
    interface Decoder<T> {
        T decode(Path file, JsonNode node) throws RecordFormatException, NewerVersionException;
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Path root;
    private final Path quarantine;
    private final Json json;
    private final AtomicWriter writer;
    private final Clock clock;

    Recovery(Path root, Json json, AtomicWriter writer, Clock clock) {
        this.root = root;
        this.quarantine = root.resolve("quarantine");
        this.json = json;
        this.writer = writer;
        this.clock = clock;
    }

    /** Deletes temporary files below {@code dir}; returns how many. */
    int removeTempFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(AtomicWriter::isTemp).toList()) {
                Files.deleteIfExists(p);
                removed++;
            }
        }
        return removed;
    }

    /** Backups whose main file is missing. */
    List<Path> orphanBackups(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json" + AtomicWriter.BACKUP_SUFFIX))
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .filter(p -> !Files.exists(p.resolveSibling(p.getFileName().toString()
                    .substring(0, p.getFileName().toString().length() - AtomicWriter.BACKUP_SUFFIX.length()))))
                .sorted().toList();
        }
    }

    <T> Optional<T> loadOrRestore(Path file, Decoder<T> decoder, List<String> notices) {
        String shown = root.relativize(file).toString();
        String reason;
        try {
            return Optional.of(decode(file, decoder));
        } catch (NewerVersionException e) {
            notices.add(shown + " was written by a newer version of Afterword (format " + e.version()
                + "); it is left untouched. Update Afterword to open it.");
            return Optional.empty();
        } catch (JsonFileException | RecordFormatException e) {
            reason = e.getMessage();
        } catch (IOException e) {
            notices.add(shown + " could not be read (" + e.getClass().getSimpleName() + "); it was skipped.");
            return Optional.empty();
        }
        String moved = quarantineFile(file);
        Path bak = AtomicWriter.backupOf(file);
        if (Files.exists(bak)) {
            try {
                T value = decode(bak, decoder);
                String saved = savedAt(bak);
                writer.write(file, Files.readAllBytes(bak), shown);
                notices.add(shown + " was damaged (" + reason + "); restored the previous version from its backup"
                    + saved + ". Changes saved after that version are lost. The damaged file is in " + moved + ".");
                return Optional.of(value);
            } catch (JsonFileException | RecordFormatException | NewerVersionException | IOException
                     | SaveException e) {
                notices.add(shown + " was damaged (" + reason + ") and its backup could not be used either; "
                    + "both are kept, the damaged file in " + moved + ".");
                return Optional.empty();
            }
        }
        notices.add(shown + " was damaged (" + reason + ") and has no backup; it was moved to " + moved + ".");
        return Optional.empty();
    }

    <T> Optional<T> restoreOrphan(Path target, Decoder<T> decoder, List<String> notices) {
        Path bak = AtomicWriter.backupOf(target);
        String shown = root.relativize(target).toString();
        try {
            T value = decode(bak, decoder);
            writer.write(target, Files.readAllBytes(bak), shown);
            notices.add(shown + " was missing; restored it from its backup.");
            return Optional.of(value);
        } catch (JsonFileException | RecordFormatException | NewerVersionException | IOException
                 | SaveException e) {
            return Optional.empty();
        }
    }

    /** " (saved 2026-11-24 14:02)", or nothing when the time can't be read. */
    private String savedAt(Path file) {
        try {
            return " (saved " + LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone())
                .format(SAVED) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private <T> T decode(Path file, Decoder<T> decoder)
        throws IOException, JsonFileException, RecordFormatException, NewerVersionException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, (int) Json.MAX_DOCUMENT_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            throw new JsonFileException("the file is larger than any Afterword record");
        } catch (BoundedRead.NotAFileException e) {
            throw new JsonFileException("it is not a regular file");
        }
        JsonNode node = json.parse(bytes);
        if (!node.isObject()) {
            throw new RecordFormatException("the file does not hold a record");
        }
        return decoder.decode(file, node);
    }

    /** Moves a damaged file out of the way; returns where it went, relative to the data folder. */
    String quarantineFile(Path file) {
        try {
            Workspace.createOwnFolder(quarantine);
            String stamp = LocalDateTime.now(clock).format(STAMP);
            String base = stamp + "-" + file.getParent().getFileName() + "-" + file.getFileName();
            Path dest = quarantine.resolve(base);
            for (int n = 2; Files.exists(dest); n++) {
                dest = quarantine.resolve(base + "." + n);
            }
            Files.move(file, dest, StandardCopyOption.ATOMIC_MOVE);
            return root.relativize(dest).toString();
        } catch (IOException e) {
            return root.relativize(file) + " (it could not be moved)";
        }
    }
}
