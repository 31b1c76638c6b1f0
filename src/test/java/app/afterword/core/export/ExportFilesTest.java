// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.RealFileOps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportFilesTest {

    @TempDir
    Path dir;

    private final ExportFiles files = new ExportFiles(new AtomicWriter(new RealFileOps()));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Stream<String> listing() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void newFileIsWritten() throws Exception {
        ExportFiles.Written w = files.write(dir, "note.txt", bytes("hello"), false);
        assertThat(w.outcome()).isEqualTo(ExportFiles.Outcome.WRITTEN);
        assertThat(w.path()).isEqualTo(dir.resolve("note.txt"));
        assertThat(Files.readString(w.path())).isEqualTo("hello");
        assertThat(listing()).containsExactly("note.txt");
    }

    @Test
    void existingFileIsLeftAloneWithoutConsent() throws Exception {
        Files.writeString(dir.resolve("note.txt"), "mine");
        ExportFiles.Written w = files.write(dir, "note.txt", bytes("new"), false);
        assertThat(w.outcome()).isEqualTo(ExportFiles.Outcome.EXISTS);
        assertThat(Files.readString(dir.resolve("note.txt"))).isEqualTo("mine");
        assertThat(listing()).containsExactly("note.txt");
    }

    @Test
    void existingFileIsReplacedWithConsentKeepingABackup() throws Exception {
        Files.writeString(dir.resolve("note.txt"), "mine");
        ExportFiles.Written w = files.write(dir, "note.txt", bytes("new"), true);
        assertThat(w.outcome()).isEqualTo(ExportFiles.Outcome.REPLACED);
        assertThat(Files.readString(dir.resolve("note.txt"))).isEqualTo("new");
        assertThat(Files.readString(dir.resolve("note.txt.bak"))).isEqualTo("mine");
    }

    @Test
    void folderWithTheFilesNameIsNeverReplaced() throws Exception {
        Files.createDirectory(dir.resolve("note.txt"));
        assertThatThrownBy(() -> files.write(dir, "note.txt", bytes("x"), true))
            .isInstanceOf(ExportException.class).hasMessageContaining("a folder with that name");
    }

    @Test
    void pathsInsteadOfNamesAreRefused() {
        assertThatThrownBy(() -> files.write(dir, "../x.txt", bytes("x"), false))
            .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> faults() {
        IOException full = new FileSystemException("x", null, "No space left on device");
        return Stream.of(
            Arguments.of(FaultyFileOps.Step.CREATE_TEMP, full, "the disk is full"),
            Arguments.of(FaultyFileOps.Step.WRITE, full, "the disk is full"),
            Arguments.of(FaultyFileOps.Step.MOVE, full, "the disk is full"),
            Arguments.of(FaultyFileOps.Step.CREATE_TEMP, new AccessDeniedException("x"), "read-only or not writable"),
            Arguments.of(FaultyFileOps.Step.WRITE, new NoSuchFileException("x"), "no longer there"),
            Arguments.of(FaultyFileOps.Step.MOVE, new IOException("Input/output error"), "Couldn't write note.txt"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("faults")
    void failedWriteLeavesNoFileAndSaysWhy(FaultyFileOps.Step step, IOException fault, String says) throws Exception {
        ExportFiles faulty = new ExportFiles(new AtomicWriter(new FaultyFileOps(step, fault)));
        assertThatThrownBy(() -> faulty.write(dir, "note.txt", bytes("hello"), false))
            .isInstanceOf(ExportException.class).hasMessageContaining(says)
            .hasMessageContaining("Nothing was left half-written");
        assertThat(listing()).isEmpty();
    }

    @Test
    void failedReplaceKeepsTheOldFileIntact() throws Exception {
        Files.writeString(dir.resolve("note.txt"), "mine");
        ExportFiles faulty = new ExportFiles(new AtomicWriter(new FaultyFileOps(FaultyFileOps.Step.WRITE,
            new FileSystemException("x", null, "No space left on device"))));
        assertThatThrownBy(() -> faulty.write(dir, "note.txt", bytes("new"), true))
            .isInstanceOf(ExportException.class);
        assertThat(Files.readString(dir.resolve("note.txt"))).isEqualTo("mine");
        assertThat(listing()).containsExactly("note.txt");
    }

    @Test
    void missingFolderIsCreated() throws Exception {
        Path out = dir.resolve("a/b");
        files.prepareFolder(out);
        assertThat(out).isDirectory();
    }

    @Test
    void fileWhereTheFolderShouldBeIsReported() throws Exception {
        Path out = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> files.prepareFolder(out))
            .isInstanceOf(ExportException.class).hasMessageContaining("is a file, not a folder");
    }
}
