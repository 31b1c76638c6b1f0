// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataExportTest {

    @TempDir
    Path tmp;
    private Path data;
    private Workspace ws;
    private String sampleId;

    @BeforeEach
    void seed() throws Exception {
        data = tmp.resolve("data");
        ws = Workspace.open(data);
        sampleId = SeededWorkspace.seed(ws);
    }

    @AfterEach
    void close() throws IOException {
        ws.close();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    private List<String> recordFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(data)) {
            s.filter(Files::isRegularFile)
                .map(p -> data.relativize(p).toString().replace('\\', '/'))
                .filter(n -> n.endsWith(".json") || n.endsWith(".vtl"))
                .forEach(names::add);
        }
        return names;
    }

    @Test
    void zipHoldsEveryRecordFileOfTheWorkspace() throws Exception {
        Path zip = tmp.resolve("out/everything.zip");
        Files.createDirectories(zip.getParent());
        DataExport.Result r = new DataExport(data).writeZip(zip, false, false);
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(recordFiles());
        assertThat(entries.keySet()).contains("interviews/" + sampleId + ".json", "progress/" + sampleId + ".json",
            "notes/" + sampleId + ".json", "settings.json", "templates/user-short-card.json",
            "templates/user-short-card.vtl");
        assertThat(r.entries()).containsExactlyElementsOf(entries.keySet());
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(Files.readAllBytes(data.resolve(e.getKey())));
        }
    }

    @Test
    void entriesParseBackIntoTheRecords() throws Exception {
        Path zip = tmp.resolve("all.zip");
        new DataExport(data).writeZip(zip, false, false);
        Map<String, byte[]> entries = unzip(zip);
        Json json = new Json();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".json")) {
                assertThat(json.parse(e.getValue()).isObject()).as(e.getKey()).isTrue();
            }
        }
        JsonNode interview = json.parse(entries.get("interviews/" + sampleId + ".json"));
        assertThat(interview.path("company").asText()).isEqualTo(ws.interviews().get(sampleId).orElseThrow()
            .company());
        JsonNode settings = json.parse(entries.get("settings.json"));
        assertThat(settings.path("proofreading").path("dictionary").toString()).contains("Brontë");
        assertThat(new String(entries.get("templates/user-short-card.vtl"), StandardCharsets.UTF_8))
            .contains("Thank you for the $interview.role interview.");
    }

    @Test
    void lockTemporaryFilesBackupsAndQuarantineStayOutUnlessAsked() throws Exception {
        Files.writeString(data.resolve("interviews/.leftover.json.123.tmp"), "{");
        Files.createDirectories(data.resolve("quarantine"));
        Files.writeString(data.resolve("quarantine/20261120-101010-interviews-bad.json"), "{oops");
        assertThat(data.resolve("interviews/" + sampleId + ".json.bak")).exists();

        Path plain = tmp.resolve("plain.zip");
        new DataExport(data).writeZip(plain, false, false);
        assertThat(unzip(plain).keySet()).noneMatch(n -> n.equals(".lock") || n.endsWith(".tmp")
            || n.endsWith(".bak") || n.startsWith("quarantine/"));

        Path with = tmp.resolve("with.zip");
        new DataExport(data).writeZip(with, true, false);
        assertThat(unzip(with).keySet()).contains("quarantine/20261120-101010-interviews-bad.json");
    }

    @Test
    void entryOrderIsTheSameEveryTime() throws Exception {
        Path a = tmp.resolve("a.zip");
        Path b = tmp.resolve("b.zip");
        new DataExport(data).writeZip(a, false, false);
        new DataExport(data).writeZip(b, false, false);
        List<String> first = new ArrayList<>(unzip(a).keySet());
        assertThat(first).isSorted().containsExactlyElementsOf(unzip(b).keySet());
    }

    @Test
    void existingFileIsKeptUnlessOverwriteIsAsked() throws Exception {
        Path zip = tmp.resolve("there.zip");
        Files.writeString(zip, "keep me");
        assertThatThrownBy(() -> new DataExport(data).writeZip(zip, false, false))
            .isInstanceOf(DataException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(zip)).isEqualTo("keep me");
        new DataExport(data).writeZip(zip, false, true);
        assertThat(unzip(zip)).containsKey("settings.json");
    }

    @Test
    void failedExportLeavesNoFileBehind() throws Exception {
        Path missing = tmp.resolve("no-such-folder/x.zip");
        assertThatThrownBy(() -> new DataExport(data).writeZip(missing, false, false))
            .isInstanceOf(DataException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new DataExport(data).writeZip(data.resolve("inside.zip"), false, false))
            .isInstanceOf(DataException.class).hasMessageContaining("outside the data folder");
        assertThat(data.resolve("inside.zip")).doesNotExist();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void inventoryCountsEachKindWithoutBackups() throws Exception {
        DataInventory inv = DataInventory.of(data);
        assertThat(inv.kind("interviews").files()).isEqualTo(1);
        assertThat(inv.kind("interviews").backups()).isEqualTo(1);
        assertThat(inv.kind("progress").files()).isEqualTo(1);
        assertThat(inv.kind("notes").files()).isEqualTo(1);
        assertThat(inv.kind("templates").files()).isEqualTo(2);
        assertThat(inv.kind(DataInventory.SETTINGS).files()).isEqualTo(1);
        assertThat(inv.totalFiles()).isEqualTo(new DataExport(data).entries(false).size());
        assertThat(inv.totalBytes()).isPositive();
        assertThat(inv.kinds()).extracting(DataInventory.Kind::name)
            .containsSubsequence("interviews", "notes", "progress", "templates", "settings");
    }
}
