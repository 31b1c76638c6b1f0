// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewCommandTest {

    @TempDir
    Path tmp;

    private CliRunner cli;
    private Path sample;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(tmp.resolve("data"));
        sample = tmp.resolve("sample.json");
        try (InputStream in = getClass().getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            Files.write(sample, in.readAllBytes());
        }
    }

    @Test
    void validFileIsReportedOk() {
        CliRunner.Result r = cli.run("interview", "validate", sample.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("OK: Brightline Transit, Senior Product Designer, 3 interviewers.\n");
    }

    @Test
    void invalidFileListsEveryProblemAndExitsOne() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"company\": \"Acme\", \"format\": \"telepathy\", \"interviewers\": [{}]}");
        CliRunner.Result r = cli.run("interview", "validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("has 4 problems:")
            .contains("  role is missing")
            .contains("  format: 'telepathy' is not one of onsite, video, phone.")
            .contains("  start is missing")
            .contains("  interviewers[0].name is missing");
    }

    @Test
    void unreadableOrNonJsonFileExitsTwoWithoutAStackTrace() throws IOException {
        Path notJson = tmp.resolve("notes.txt");
        Files.writeString(notJson, "Dear Ana, thank you");
        CliRunner.Result r = cli.run("interview", "validate", notJson.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is not valid JSON at line 1, column").doesNotContain("Exception");

        CliRunner.Result missing = cli.run("interview", "validate", tmp.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist; check the path.");
    }

    @Test
    void validateReadsStandardInput() throws IOException {
        CliRunner.Result r = cli.runWithInput(Files.readString(sample), "interview", "validate", "-");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void addListShowRemoveWorkOnTheWorkspace() {
        CliRunner.Result added = cli.run("interview", "add", sample.toString());
        assertThat(added.exitCode()).isZero();
        String id = "brightline-transit-senior-product-designer-2026-11-24";
        assertThat(added.out()).startsWith("Added " + id + ":");

        CliRunner.Result list = cli.run("interview", "list");
        assertThat(list.out()).contains(id).contains("Brightline Transit").contains("2026-11-24")
            .contains("STATUS");

        CliRunner.Result show = cli.run("interview", "show", id);
        assertThat(show.out()).contains("María José Ortega, Director of Design").contains("Decision by: 2026-12-04");

        CliRunner.Result json = cli.run("interview", "show", id, "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"" + id + "\"").contains("\"company\" : \"Brightline Transit\"");

        assertThat(cli.run("interview", "remove", id).exitCode()).isZero();
        assertThat(cli.run("interview", "list").out()).contains("No interviews yet");
    }

    @Test
    void addingAnInvalidFileAddsNothing() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"company\": \"Acme\"}");
        CliRunner.Result r = cli.run("interview", "add", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("was not added");
        assertThat(cli.run("interview", "list").out()).contains("No interviews yet");
    }

    @Test
    void listReportsWhatTheRecoveryScanRepaired() throws IOException {
        cli.run("interview", "add", sample.toString());
        Path file = tmp.resolve("data/interviews/brightline-transit-senior-product-designer-2026-11-24.json");
        Files.writeString(file, "{ torn");
        CliRunner.Result r = cli.run("interview", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Repaired at start:").contains("was damaged").contains("quarantine/");
    }

    @Test
    void unknownIdIsExplained() {
        CliRunner.Result r = cli.run("interview", "show", "nope");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("There is no interview with id 'nope'");
    }

    @Test
    void unknownCommandOrOptionPrintsUsageAndExitsTwo() {
        CliRunner.Result r = cli.run("frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("Usage: afterword");
        CliRunner.Result opt = cli.run("interview", "list", "--colour");
        assertThat(opt.exitCode()).isEqualTo(2);
        assertThat(opt.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void versionAndHelpExitZero() {
        CliRunner.Result v = cli.run("--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("Afterword ");
        CliRunner.Result h = cli.run("--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("interview");
    }

    @Test
    void dataDirOptionOverridesTheEnvironment() {
        Path other = tmp.resolve("other");
        assertThat(cli.run("--data-dir", other.toString(), "interview", "add", sample.toString()).exitCode())
            .isZero();
        assertThat(Files.isDirectory(other.resolve("interviews"))).isTrue();
        assertThat(cli.run("interview", "list", "--data-dir", other.toString()).out()).contains("Brightline");
    }
}
