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

    private Path data;
    private Path sample;

    @BeforeEach
    void setUp() throws IOException {
        data = tmp.resolve("data");
        sample = tmp.resolve("sample.json");
        try (InputStream in = getClass().getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            Files.write(sample, in.readAllBytes());
        }
    }

    @Test
    void validFileIsReportedOk() {
        CliRun r = CliRun.run(data, "interview", "validate", sample.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("OK: Brightline Transit, Senior Product Designer, 3 interviewers.\n");
    }

    @Test
    void invalidFileListsEveryProblemAndExitsOne() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"company\": \"Acme\", \"format\": \"telepathy\", \"interviewers\": [{}]}");
        CliRun r = CliRun.run(data, "interview", "validate", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
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
        CliRun r = CliRun.run(data, "interview", "validate", notJson.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not valid JSON at line 1, column").doesNotContain("Exception");

        CliRun missing = CliRun.run(data, "interview", "validate", tmp.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist; check the path.");
    }

    @Test
    void validateReadsStandardInput() throws IOException {
        CliRun r = CliRun.withInput(data, Files.readString(sample), "interview", "validate", "-");
        assertThat(r.exit()).isZero();
    }

    @Test
    void addListShowRemoveWorkOnTheWorkspace() {
        CliRun added = CliRun.run(data, "interview", "add", sample.toString());
        assertThat(added.exit()).isZero();
        String id = "brightline-transit-senior-product-designer-2026-11-24";
        assertThat(added.out()).startsWith("Added " + id + ":");

        CliRun list = CliRun.run(data, "interview", "list");
        assertThat(list.out()).contains(id).contains("Brightline Transit").contains("2026-11-24")
            .contains("STATUS");

        CliRun show = CliRun.run(data, "interview", "show", id);
        assertThat(show.out()).contains("María José Ortega, Director of Design").contains("Decision by: 2026-12-04");
        assertThat(show.out()).contains("<mj.ortega@brightline.example> (hiring manager)\n")
            .contains("  Follow-ups to: María José Ortega\n").doesNotContain("(interviewer)");

        CliRun json = CliRun.run(data, "interview", "show", id, "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"" + id + "\"").contains("\"company\" : \"Brightline Transit\"");

        assertThat(CliRun.run(data, "interview", "remove", id).exit()).isZero();
        assertThat(CliRun.run(data, "interview", "list").out()).contains("No interviews yet");
    }

    @Test
    void addingAnInvalidFileAddsNothing() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"company\": \"Acme\"}");
        CliRun r = CliRun.run(data, "interview", "add", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("was not added");
        assertThat(CliRun.run(data, "interview", "list").out()).contains("No interviews yet");
    }

    @Test
    void listReportsWhatTheRecoveryScanRepaired() throws IOException {
        CliRun.run(data, "interview", "add", sample.toString());
        Path file = tmp.resolve("data/interviews/brightline-transit-senior-product-designer-2026-11-24.json");
        Files.writeString(file, "{ torn");
        CliRun r = CliRun.run(data, "interview", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Repaired at start:").contains("was damaged").contains("quarantine/");
    }

    @Test
    void unknownIdIsExplained() {
        CliRun r = CliRun.run(data, "interview", "show", "nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("There is no interview with id 'nope'");
    }

    @Test
    void unknownCommandOrOptionPrintsUsageAndExitsTwo() {
        CliRun r = CliRun.run(data, "frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("Usage: afterword");
        CliRun opt = CliRun.run(data, "interview", "list", "--colour");
        assertThat(opt.exit()).isEqualTo(2);
        assertThat(opt.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void versionAndHelpExitZero() {
        CliRun v = CliRun.run(data, "--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("Afterword ");
        CliRun h = CliRun.run(data, "--help");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("interview");
    }

    @Test
    void dataDirOptionOverridesTheEnvironment() {
        Path other = tmp.resolve("other");
        assertThat(CliRun.run(data, "--data-dir", other.toString(), "interview", "add", sample.toString()).exit())
            .isZero();
        assertThat(Files.isDirectory(other.resolve("interviews"))).isTrue();
        assertThat(CliRun.run(data, "interview", "list", "--data-dir", other.toString()).out()).contains("Brightline");
    }
}
