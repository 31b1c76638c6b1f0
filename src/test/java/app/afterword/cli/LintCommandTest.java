// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LintCommandTest {
    private static final String GOOD = """
        Subject: Thank you: Senior Product Designer interview

        Dear Daniel,

        Thank you for the conversation about sharing design tokens between the web and mobile teams. Your \
        account of the token pipeline breaking on the Android release was a useful warning.

        I have turned research into design-system components before, and I would enjoy working with your team on \
        a shared token source as your Senior Product Designer.

        I look forward to hearing about the next steps.

        Best regards,
        Sam Okafor
        +1 312 555 0147
        """;

    @TempDir
    Path dir;
    Path data;
    Path interview;

    @BeforeEach
    void files() throws IOException {
        data = dir.resolve("data");
        interview = dir.resolve("interview.json");
        try (InputStream in = getClass().getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            Files.write(interview, in.readAllBytes());
        }
    }

    private Path note(String text) throws IOException {
        Path p = dir.resolve("note-" + text.hashCode() + ".txt");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CliRun lint(String text, String... more) throws IOException {
        String[] args = new String[4 + more.length];
        args[0] = "lint";
        args[1] = note(text).toString();
        args[2] = "--interview";
        args[3] = interview.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.run(data, args);
    }

    @Test
    void aGoodNoteExitsZeroAndSaysSo() throws IOException {
        CliRun r = lint(GOOD, "--to", "Daniel O'Brien", "--send-at", "2026-11-24T15:00");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains(": Nothing to fix").doesNotContain("ERROR").doesNotContain("WARNING");
    }

    @Test
    void aNoteWithErrorsExitsOneAndExplainsEachFinding() throws IOException {
        CliRun r = lint(GOOD.replace("Dear Daniel,", "Dear Hiring Manager,"), "--to", "Daniel",
            "--send-at", "2026-11-24T15:00");
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).contains("ERROR   A2  line 3, col 1-19: \"Dear Hiring Manager\"")
            .contains("Why: ").contains("Try: Dear Daniel,");
    }

    @Test
    void jsonListsEveryFindingWithOffsetsIntoTheFile() throws IOException {
        String text = GOOD.replace("Dear Daniel,", "Dear Hiring Manager,");
        CliRun r = lint(text, "--to", "Daniel O'Brien", "--send-at", "2026-11-24T15:00", "--format", "json");
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        JsonNode list = new Json().mapper().readTree(r.out());
        assertThat(list.isArray()).isTrue();
        JsonNode a2 = null;
        for (JsonNode f : list) {
            assertThat(f.has("rule") && f.has("severity") && f.has("start") && f.has("end") && f.has("message")
                && f.has("why") && f.has("suggestion")).as(f.toString()).isTrue();
            if (f.get("rule").asText().equals("A2")) {
                a2 = f;
            }
        }
        assertThat(a2).isNotNull();
        assertThat(a2.get("severity").asText()).isEqualTo("error");
        assertThat(text.substring(a2.get("start").asInt(), a2.get("end").asInt())).isEqualTo("Dear Hiring Manager");
    }

    @Test
    void subjectFindingsPointIntoTheSubjectLineOfTheFile() throws IOException {
        String text = GOOD.replace("Subject: Thank you: Senior Product Designer interview", "Subject: Hello");
        CliRun r = lint(text, "--to", "Daniel O'Brien", "--kind", "follow-up", "--format", "json", "--no-workspace");
        JsonNode list = new Json().mapper().readTree(r.out());
        JsonNode s2 = null;
        for (JsonNode f : list) {
            if (f.get("rule").asText().equals("S2")) {
                s2 = f;
            }
        }
        assertThat(s2).as(r.out()).isNotNull();
        assertThat(s2.get("part").asText()).isEqualTo("subject");
        assertThat(text.substring(s2.get("start").asInt(), s2.get("end").asInt())).isEqualTo("Hello");
    }

    @Test
    void panelNotesCanBeComparedFromFiles() throws IOException {
        Path copy = note(GOOD.replace("Dear Daniel,", "Dear María José,"));
        CliRun r = lint(GOOD, "--to", "Daniel O'Brien", "--compare", "María José Ortega=" + copy);
        assertThat(r.out()).contains("P1").contains("the one to María José Ortega");
    }

    @Test
    void theNoteCanComeFromStandardInput() {
        CliRun r = CliRun.withInput(data, GOOD, "lint", "-", "--interview", interview.toString(), "--to",
            "Daniel O'Brien");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).startsWith("standard input: ");
    }

    @Test
    void otherInterviewsInTheWorkspaceFeedTheLeakCheck() throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, """
            {"company": "Northwind Freight", "role": "Data Analyst", "start": "2026-11-10T14:00:00-05:00",
             "interviewers": [{"name": "Tom Hallberg"}]}
            """);
        assertThat(CliRun.run(data, "interview", "add", other.toString()).exit()).isEqualTo(Cli.OK);
        CliRun r = lint(GOOD.replace("Dear Daniel,", "Dear Daniel,\n\nNorthwind is lucky to have you."), "--to",
            "Daniel O'Brien");
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).contains("N8").contains("Northwind Freight, Data Analyst");
        CliRun without = lint(GOOD.replace("Dear Daniel,", "Dear Daniel,\n\nNorthwind is lucky to have you."),
            "--to", "Daniel O'Brien", "--no-workspace");
        assertThat(without.out()).doesNotContain("N8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown kind|--kind|apology|--kind: 'apology' is not a note kind",
        "unknown medium|--medium|fax|--medium: 'fax' is not a medium",
        "unknown recipient|--to|Zed|--to: 'Zed' is not one of the interviewers",
        "bad time|--send-at|tomorrow|--send-at: 'tomorrow' is not a date and time",
        "bad zone|--zone|Mars/Olympus|--zone: 'Mars/Olympus' is not a time zone"})
    void badOptionsExitTwoWithAMessageNamingTheOption(String name, String option, String value, String message)
        throws IOException {
        CliRun r = "--to".equals(option) ? lint(GOOD, option, value) : lint(GOOD, "--to", "Daniel O'Brien", option,
            value);
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
    }

    @Test
    void aPanelNoteWithoutRecipientAsksForOne() throws IOException {
        CliRun r = lint(GOOD);
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--to").contains("Priya Raman-Iyer");
    }

    @Test
    void missingOrBrokenFilesExitTwo() throws IOException {
        CliRun missing = CliRun.run(data, "lint", dir.resolve("nope.txt").toString(), "--interview",
            interview.toString(), "--to", "Daniel");
        assertThat(missing.exit()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("does not exist");

        Path badInterview = dir.resolve("bad.json");
        Files.writeString(badInterview, "{\"company\": \"Acme\"}");
        CliRun bad = CliRun.run(data, "lint", note(GOOD).toString(), "--interview", badInterview.toString());
        assertThat(bad.exit()).isEqualTo(Cli.USAGE);
        assertThat(bad.err()).contains("role is missing");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Dear Mar\u00eda".getBytes(StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = CliRun.run(data, "lint", latin1.toString(), "--interview", interview.toString(), "--to",
            "Daniel");
        assertThat(notUtf8.exit()).isEqualTo(Cli.USAGE);
        assertThat(notUtf8.err()).contains("is not UTF-8 text");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsDoNotConfuseTheOffsets() throws IOException {
        String crlf = "\uFEFF" + GOOD.replace("Dear Daniel,", "Dear Hiring Manager,").replace("\n", "\r\n");
        CliRun r = lint(crlf, "--to", "Daniel O'Brien", "--format", "json", "--no-workspace");
        JsonNode list = new Json().mapper().readTree(r.out());
        String asRead = crlf.substring(1);
        boolean found = false;
        for (JsonNode f : list) {
            if (f.get("rule").asText().equals("A2")) {
                found = true;
                assertThat(asRead.substring(f.get("start").asInt(), f.get("end").asInt()))
                    .isEqualTo("Dear Hiring Manager");
            }
        }
        assertThat(found).as(r.out()).isTrue();
    }
}
