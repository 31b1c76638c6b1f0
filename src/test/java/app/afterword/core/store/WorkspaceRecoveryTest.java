// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkspaceRecoveryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T14:02:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace open() throws Exception {
        return Workspace.open(dir, new Json(), new RealFileOps(), CLOCK);
    }

    static Interview interview(String company) {
        return new Interview.Builder().company(company).role("Designer")
            .start(OffsetDateTime.parse("2026-11-20T10:00:00-06:00"))
            .interviewers(List.of(new Interviewer("Ana Souza", null, null, null, List.of("maps"), null)))
            .build();
    }

    /** Saves two versions, so the file has a backup holding the first. */
    private Path savedTwice() throws Exception {
        try (Workspace ws = open()) {
            ws.interviews().save("acme", interview("Acme v1"));
            ws.interviews().save("acme", interview("Acme v2"));
            ws.interviews().save("other", interview("Other"));
        }
        return dir.resolve("interviews/acme.json");
    }

    static Stream<Arguments> damagedShapes() {
        byte[] nul = new byte[64];
        return Stream.of(
            Arguments.of("empty", (Damage) bytes -> new byte[0]),
            Arguments.of("all NUL", (Damage) bytes -> nul),
            Arguments.of("truncated", (Damage) bytes -> Arrays.copyOf(bytes, bytes.length / 2)),
            Arguments.of("trailing garbage", (Damage) bytes -> concat(bytes, "}}garbage".getBytes())),
            Arguments.of("two documents", (Damage) bytes -> concat(bytes, bytes)),
            Arguments.of("wrong types", (Damage) bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"Designer\"", "12").getBytes(StandardCharsets.UTF_8)),
            Arguments.of("null for a required field", (Damage) bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace("\"Ana Souza\"", "null").getBytes(StandardCharsets.UTF_8)),
            Arguments.of("a list, not a record", (Damage) bytes -> "[1, 2]".getBytes()));
    }

    interface Damage {
        byte[] apply(byte[] original);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedShapes")
    void damagedRecordIsQuarantinedAndRestoredFromItsBackup(String shape, Damage damage) throws Exception {
        Path file = savedTwice();
        byte[] damaged = damage.apply(Files.readAllBytes(file));
        Files.write(file, damaged);
        try (Workspace ws = open()) {
            assertThat(ws.interviews().get("acme")).hasValueSatisfying(i ->
                assertThat(i.company()).isEqualTo("Acme v1"));
            assertThat(ws.interviews().get("other")).isPresent();
            assertThat(ws.recoveryNotices()).singleElement().asString()
                .startsWith("interviews/acme.json was damaged")
                .contains("restored the previous version from its backup")
                .contains("quarantine/20261127-140200-interviews-acme.json");
        }
        assertThat(Files.readAllBytes(dir.resolve("quarantine/20261127-140200-interviews-acme.json")))
            .isEqualTo(damaged);
    }

    @Test
    void damagedRecordWithoutBackupIsMovedAsideAndTheRestLoads() throws Exception {
        try (Workspace ws = open()) {
            ws.interviews().save("acme", interview("Acme"));
            ws.interviews().save("other", interview("Other"));
        }
        Files.write(dir.resolve("interviews/acme.json"), "{\"company\": \"Ac".getBytes());
        try (Workspace ws = open()) {
            assertThat(ws.interviews().ids()).containsExactly("other");
            assertThat(ws.recoveryNotices()).singleElement().asString().contains("has no backup")
                .contains("quarantine/");
        }
        try (Workspace ws = open()) {
            assertThat(ws.recoveryNotices()).isEmpty();
        }
    }

    @Test
    void damagedRecordWithDamagedBackupKeepsBothFiles() throws Exception {
        Path file = savedTwice();
        Files.write(file, new byte[0]);
        Files.write(AtomicWriter.backupOf(file), "nope".getBytes());
        try (Workspace ws = open()) {
            assertThat(ws.interviews().get("acme")).isEmpty();
            assertThat(ws.recoveryNotices()).singleElement().asString().contains("backup could not be used");
        }
        assertThat(Files.readAllBytes(AtomicWriter.backupOf(file))).isEqualTo("nope".getBytes());
    }

    @Test
    void strayTemporaryFilesAreRemovedAtStart() throws Exception {
        savedTwice();
        Files.write(dir.resolve("interviews/.acme.json.123.tmp"), "{\"half".getBytes());
        Files.write(dir.resolve(".settings.json.9.tmp"), new byte[0]);
        try (Workspace ws = open()) {
            assertThat(ws.recoveryNotices()).containsExactly(
                "Removed 2 unfinished temporary files left by an interrupted save.");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(AtomicWriter::isTemp)).isEmpty();
        }
    }

    @Test
    void missingFileIsRestoredFromAnOrphanBackup() throws Exception {
        Path file = savedTwice();
        Files.delete(file);
        try (Workspace ws = open()) {
            assertThat(ws.interviews().get("acme")).hasValueSatisfying(i ->
                assertThat(i.company()).isEqualTo("Acme v1"));
            assertThat(ws.recoveryNotices()).containsExactly("interviews/acme.json was missing; restored it from "
                + "its backup.");
        }
    }

    @Test
    void recordFromANewerVersionIsReadOnlyAndNeverRewritten() throws Exception {
        Files.createDirectories(dir.resolve("interviews"));
        Path file = dir.resolve("interviews/future.json");
        byte[] bytes = """
            {"schemaVersion": 9, "company": "Future Co", "role": "R", "start": "2026-01-05T10:00:00Z",
             "interviewers": [{"name": "X"}], "teleport": {"enabled": true}}
            """.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        try (Workspace ws = open()) {
            assertThat(ws.interviews().isReadOnly("future")).isTrue();
            Interview i = ws.interviews().get("future").orElseThrow();
            assertThatThrownBy(() -> ws.interviews().save("future", i))
                .isInstanceOf(SaveException.class).hasMessageContaining("newer version of Afterword");
            assertThatThrownBy(() -> ws.interviews().remove("future")).isInstanceOf(SaveException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void unreadableRecordFromANewerVersionIsLeftUntouched() throws Exception {
        Files.createDirectories(dir.resolve("interviews"));
        Path file = dir.resolve("interviews/future.json");
        byte[] bytes = "{\"schemaVersion\": 9, \"shape\": \"entirely different\"}".getBytes();
        Files.write(file, bytes);
        try (Workspace ws = open()) {
            assertThat(ws.interviews().get("future")).isEmpty();
            assertThat(ws.recoveryNotices()).singleElement().asString().contains("newer version");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(dir.resolve("quarantine")).doesNotExist();
    }

    record Prefs(String language, int limit) {
    }

    private static final SettingsSection<Prefs> PREFS = new SettingsSection<>("prefs", Prefs.class,
        new Prefs("en-US", 200));

    @Test
    void settingsSectionsRoundTripAndUnknownSectionsAreKept() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"schemaVersion\": 1, \"later\": {\"x\": [1]}}");
        try (Workspace ws = open()) {
            assertThat(ws.settings().get(PREFS)).isEqualTo(new Prefs("en-US", 200));
            ws.settings().put(PREFS, new Prefs("en-GB", 300));
        }
        try (Workspace ws = open()) {
            assertThat(ws.settings().get(PREFS)).isEqualTo(new Prefs("en-GB", 300));
        }
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"later\"");
    }

    @Test
    void corruptSettingsFallBackToDefaultsAndAreQuarantinedNotOverwritten() throws Exception {
        byte[] junk = "{\"prefs\": {\"language\": \"en-GB\"".getBytes();
        Files.write(dir.resolve("settings.json"), junk);
        try (Workspace ws = open()) {
            assertThat(ws.settings().get(PREFS)).isEqualTo(PREFS.defaults());
            assertThat(ws.recoveryNotices()).anySatisfy(n -> assertThat(n).startsWith("settings.json was damaged"));
            assertThat(ws.recoveryNotices()).contains("Settings were reset to their defaults.");
        }
        assertThat(Files.readAllBytes(dir.resolve("quarantine/20261127-140200-" + dir.getFileName()
            + "-settings.json"))).isEqualTo(junk);
    }

    @Test
    void aSectionOfTheWrongShapeUsesItsDefaultsAndTellsTheUser() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"prefs\": {\"limit\": \"lots\"}}");
        try (Workspace ws = open()) {
            assertThat(ws.settings().get(PREFS)).isEqualTo(PREFS.defaults());
            assertThat(ws.recoveryNotices()).contains("The prefs settings could not be read and use their defaults.");
        }
    }

    @Test
    void folderAndFilesAreOwnerOnly() throws Exception {
        savedTwice();
        assertThat(perms(dir)).isEqualTo("rwx------");
        assertThat(perms(dir.resolve("interviews"))).isEqualTo("rwx------");
        assertThat(perms(dir.resolve("interviews/acme.json"))).isEqualTo("rw-------");
        assertThat(perms(dir.resolve(".lock"))).isEqualTo("rw-------");
    }

    private static String perms(Path p) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void openingTheSameFolderTwiceInOneProcessIsAProgrammingError() throws Exception {
        try (Workspace ws = open()) {
            assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void readableIdsComeFromTheInterviewAndNeverCollide() throws Exception {
        try (Workspace ws = open()) {
            String first = ws.interviews().newId("Ångström & Söhne — Senior Designer 2026-11-20");
            assertThat(first).isEqualTo("angstrom-sohne-senior-designer-2026-11-20");
            ws.interviews().save(first, interview("A"));
            assertThat(ws.interviews().newId("Ångström & Söhne — Senior Designer 2026-11-20"))
                .isEqualTo(first + "-2");
            assertThat(ws.interviews().newId("../../etc/passwd")).isEqualTo("etc-passwd");
            assertThat(ws.interviews().newId("💼")).isEqualTo("record");
        }
    }
}
