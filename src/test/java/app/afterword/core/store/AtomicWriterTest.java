// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicWriterTest {

    private static final byte[] V1 = "{\"schemaVersion\": 1, \"v\": 1}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] V2 = "{\"schemaVersion\": 1, \"v\": 2}\n".getBytes(StandardCharsets.UTF_8);
    /** Steps of a save over an existing file: temp, write, bak temp, copy, move bak, move target, sync dir. */
    private static final int STEPS_OF_A_REPLACE = 7;

    @TempDir
    Path dir;

    private static long tempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(AtomicWriter::isTemp).count();
        }
    }

    @Test
    void replaceKeepsThePreviousVersionAsBackup() throws Exception {
        Path target = dir.resolve("a.json");
        AtomicWriter w = new AtomicWriter(new RealFileOps());
        w.write(target, V1, "a");
        w.write(target, V2, "a");
        assertThat(Files.readAllBytes(target)).isEqualTo(V2);
        assertThat(Files.readAllBytes(AtomicWriter.backupOf(target))).isEqualTo(V1);
        assertThat(tempFiles(dir)).isZero();
    }

    @Test
    void filesAreReadableByTheOwnerOnly() throws Exception {
        Path target = dir.resolve("a.json");
        new AtomicWriter(new RealFileOps()).write(target, V1, "a");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void replaceTakesExactlyTheDocumentedSteps() throws Exception {
        Path target = dir.resolve("a.json");
        Files.write(target, V1);
        FaultyFileOps counting = new FaultyFileOps(Integer.MAX_VALUE, false, "unused");
        new AtomicWriter(counting).write(target, V2, "a");
        assertThat(counting.count()).isEqualTo(STEPS_OF_A_REPLACE);
    }

    @ParameterizedTest(name = "failure at step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void aFailedSaveLeavesThePreviousFileByteIdenticalAndNoTempFiles(int step) throws Exception {
        Path target = dir.resolve("a.json");
        Files.write(target, V1);
        AtomicWriter w = new AtomicWriter(new FaultyFileOps(step, false, "No space left on device"));
        assertThatThrownBy(() -> w.write(target, V2, "the interview with Acme"))
            .isInstanceOf(SaveException.class)
            .hasMessageContaining("the interview with Acme")
            .hasMessageContaining("disk is full")
            .satisfies(e -> assertThat(((SaveException) e).reason()).isEqualTo(SaveException.Reason.DISK_FULL));
        assertThat(Files.readAllBytes(target)).isEqualTo(V1);
        assertThat(tempFiles(dir)).isZero();
    }

    @Test
    void aFailedDirectorySyncIsReportedAsNotSaved() throws Exception {
        Path target = dir.resolve("a.json");
        Files.write(target, V1);
        AtomicWriter w = new AtomicWriter(new FaultyFileOps(STEPS_OF_A_REPLACE, false, "Input/output error"));
        assertThatThrownBy(() -> w.write(target, V2, "a")).isInstanceOf(SaveException.class);
    }

    @ParameterizedTest(name = "crash at step {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aCrashAtAnyStepLeavesAConsistentWorkspaceAfterRecovery(int step) throws Exception {
        Path records = dir.resolve("notes");
        Files.createDirectories(records);
        Path target = records.resolve("x.json");
        Files.write(target, V1);
        AtomicWriter w = new AtomicWriter(new FaultyFileOps(step, true, "crashed"));
        try {
            w.write(target, V2, "x");
        } catch (SaveException e) {
            assertThat(e.reason()).isEqualTo(SaveException.Reason.OTHER);
        }
        try (Workspace ws = Workspace.open(dir, new Json(), new RealFileOps(), Clock.systemUTC())) {
            RecordStore<com.fasterxml.jackson.databind.JsonNode> store = ws.records("notes", new NodeCodec());
            assertThat(store.get("x")).hasValueSatisfying(n -> assertThat(n.get("v").asInt()).isIn(1, 2));
            assertThat(tempFiles(records)).isZero();
        }
    }

    /** Stores raw JSON objects, for tests of the storage layer alone. */
    static final class NodeCodec implements RecordCodec<com.fasterxml.jackson.databind.JsonNode> {
        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public com.fasterxml.jackson.databind.JsonNode decode(com.fasterxml.jackson.databind.JsonNode node)
            throws RecordFormatException {
            if (!node.has("v") || !node.get("v").isInt()) {
                throw new RecordFormatException("field v is missing or not a number");
            }
            return node;
        }

        @Override
        public com.fasterxml.jackson.databind.JsonNode encode(com.fasterxml.jackson.databind.JsonNode value) {
            return value;
        }

        @Override
        public String describe(com.fasterxml.jackson.databind.JsonNode value) {
            return "the test record";
        }
    }
}
