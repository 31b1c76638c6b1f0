// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.SeededWorkspace;
import app.afterword.core.store.Workspace;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects an independent fault-and-attack run found on the command line, one test each, named after the defect:
 * symlinks, full disks, special files, hostile names and terminal escapes.
 */
class FaultAndAttackTest {

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

    private static CliRun runWithArgsOnly(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(env, new PrintWriter(out, true), new PrintWriter(err, true),
            new ByteArrayInputStream(new byte[0]));
        int code = cli.run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private long filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).count();
        }
    }

    // 1
    @Test
    void symlinkedDataFolderIsResolvedAndNamed() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), data);
        CliRun show = CliRun.run(link, "data", "show");
        assertThat(show.exit()).as(show.err()).isEqualTo(Cli.OK);
        assertThat(show.out()).contains("Data folder: " + data.toRealPath()).contains("interviews")
            .doesNotContain("Nothing is stored").contains("reached through " + link);

        Path zip = tmp.resolve("all.zip");
        CliRun export = CliRun.run(link, "data", "export", zip.toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(export.out()).contains("Exported 6 files").contains(data.toRealPath().toString());

        CliRun delete = CliRun.run(link, "data", "delete", "--yes");
        assertThat(delete.exit()).as(delete.err()).isEqualTo(Cli.OK);
        assertThat(delete.out()).contains("Deleted 6 files");
        assertThat(filesIn(data)).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    // 2
    @Test
    void icsNeverReplacesAFileWithoutOverwriteNorDeletesABakItDidNotMake() throws Exception {
        Path ics = tmp.resolve("plan.ics");
        Files.writeString(ics, "my own calendar");
        Files.writeString(tmp.resolve("plan.ics.bak"), "my own backup");
        CliRun refused = CliRun.run(data, "plan", sampleId, "--ics", ics.toString());
        assertThat(refused.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(refused.err()).contains("already exists").contains("--overwrite");
        assertThat(Files.readString(ics)).isEqualTo("my own calendar");
        assertThat(Files.readString(tmp.resolve("plan.ics.bak"))).isEqualTo("my own backup");

        CliRun replaced = CliRun.run(data, "agenda", "--ics", ics.toString(), "--overwrite");
        assertThat(replaced.exit()).as(replaced.err()).isEqualTo(Cli.OK);
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
        assertThat(Files.readString(tmp.resolve("plan.ics.bak"))).isEqualTo("my own calendar");
    }
}
