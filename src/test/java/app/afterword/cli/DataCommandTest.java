// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.SeededWorkspace;
import app.afterword.core.store.Workspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    @TempDir
    Path tmp;
    private Path data;
    private String sampleId;

    @BeforeEach
    void seed() throws Exception {
        data = tmp.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            sampleId = SeededWorkspace.seed(ws);
        }
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.walk(data)) {
            return s.filter(Files::isRegularFile).map(p -> data.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void exportWritesTheZipAndSaysWhere() throws Exception {
        Path zip = tmp.resolve("mine.zip");
        CliRun r = CliRun.run(data, "data", "export", zip.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("Exported 6 files").contains(zip.toString());
        assertThat(entries(zip)).contains("interviews/" + sampleId + ".json", "settings.json",
            "templates/user-short-card.vtl");
    }

    @Test
    void exportRefusesToReplaceAFileWithoutOverwrite() throws Exception {
        Path zip = tmp.resolve("mine.zip");
        Files.writeString(zip, "old");
        CliRun refused = CliRun.run(data, "data", "export", zip.toString());
        assertThat(refused.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(refused.err()).contains("already exists").doesNotContain("Exception");
        assertThat(Files.readString(zip)).isEqualTo("old");
        assertThat(CliRun.run(data, "data", "export", zip.toString(), "--overwrite").exit()).isEqualTo(Cli.OK);
        assertThat(entries(zip)).contains("settings.json");
    }

    @Test
    void deleteWithoutYesSaysWhatWouldGoAndDeletesNothing() throws Exception {
        List<String> before = files();
        CliRun r = CliRun.run(data, "data", "delete");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("This would delete everything in " + data).contains("interviews")
            .contains("1 file").contains("afterword data delete --yes");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void deleteWithYesEmptiesTheDataFolder() throws Exception {
        CliRun r = CliRun.run(data, "data", "delete", "--yes");
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("Deleted");
        assertThat(files()).containsExactly(".lock");
        CliRun show = CliRun.run(data, "data", "show");
        assertThat(show.out()).contains("Nothing is stored.");
    }

    @Test
    void deleteRefusesAFolderThatIsNotAfterwords() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        CliRun r = CliRun.run(home, "data", "delete", "--yes");
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.err()).contains("not an Afterword data folder").doesNotContain("Exception");
        assertThat(home.resolve("notes.txt")).hasContent("mine");
        assertThat(home.resolve(".lock")).doesNotExist();
    }

    @Test
    void showListsEachKind() {
        CliRun r = CliRun.run(data, "data", "show");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("Data folder: " + data).contains("interviews").contains("progress")
            .contains("templates").contains("Total: 6 files");
    }
}
