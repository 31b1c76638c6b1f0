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

    /** A new interview the app holds only as typed: left on the People step with an e-mail that is not one. */
    private void unfinishedCopy(String key, String interviewId) throws IOException {
        Files.createDirectories(data.resolve("working-copies"));
        Files.writeString(data.resolve("working-copies").resolve(key + ".json"), """
            {"schemaVersion": 1, %s"step": "people", "savedAt": "2026-12-07T16:45:00Z",
             "company": "Fjordlight Health", "role": "Staff Backend Engineer", "date": "7 Dec 2026",
             "people": [{"name": "aoife ní bhriain", "email": "aoife at fjordlight"}]}"""
            .formatted(interviewId == null ? "" : "\"interviewId\": \"" + interviewId + "\", "));
    }

    @Test
    void listShowsAnUnfinishedInterviewAsUnfinishedAndMarksTheSample() throws IOException {
        unfinishedCopy("new-20261207-164500-000", null);
        CliRun onlyUnfinished = CliRun.run(data, "interview", "list");
        assertThat(onlyUnfinished.out()).doesNotContain("No interviews yet")
            .contains("new-20261207-164500-000").contains("Fjordlight Health").contains("7 Dec 2026")
            .contains("unfinished (step 2 of 6)")
            .contains("The unfinished interview is kept as typed; open Afterword to finish or delete it.");

        Files.writeString(sample, Files.readString(sample).replaceFirst("\\{", "{\"sample\": true,"));
        assertThat(CliRun.run(data, "interview", "add", sample.toString()).exit()).isZero();
        String list = CliRun.run(data, "interview", "list").out();
        assertThat(list.lines().filter(l -> l.contains("Brightline Transit"))).singleElement().asString()
            .endsWith("new (sample)");
        assertThat(list.lines().filter(l -> l.contains("Fjordlight Health"))).singleElement().asString()
            .endsWith("unfinished (step 2 of 6)");
    }

    @Test
    void removingAnInterviewTakesItsWorkingCopySoItDoesNotComeBackAsUnfinished() throws IOException {
        CliRun added = CliRun.run(data, "interview", "add", sample.toString());
        String id = "brightline-transit-senior-product-designer-2026-11-24";
        assertThat(added.out()).startsWith("Added " + id);
        unfinishedCopy(id, id);
        assertThat(CliRun.run(data, "interview", "list").out()).doesNotContain("unfinished");

        assertThat(CliRun.run(data, "interview", "remove", id).exit()).isZero();
        assertThat(Files.exists(data.resolve("working-copies").resolve(id + ".json"))).isFalse();
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
