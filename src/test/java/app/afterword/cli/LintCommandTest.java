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
import java.util.ArrayList;
import java.util.List;
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
        "unknown recipient|--to|Zed|--to: There is no interviewer named 'Zed'",
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

    /** What {@code afterword draft INTERVIEW ARGS…} prints, as a user would save it with {@code > note.txt}. */
    private String drafted(String... args) {
        String[] all = new String[2 + args.length];
        all[0] = "draft";
        all[1] = interview.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun r = CliRun.run(data, all);
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        return r.out();
    }

    private static List<String> rules(CliRun r) throws IOException {
        List<String> out = new ArrayList<>();
        new Json().mapper().readTree(r.out()).forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    @Test
    void aDraftedNoteReadsItsToAndSubjectLines() throws IOException {
        String note = drafted("--to", "daniel");
        assertThat(note).startsWith("To: Daniel O'Brien <daniel.obrien@brightline.example>\nSubject: ");

        CliRun r = lint(note, "--send-at", "2026-11-24T15:00", "--format", "json");

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Cli.OK);
        assertThat(rules(r)).as("greeting found, subject read, header lines are no paragraphs")
            .doesNotContain("A1", "S1", "L3");
    }

    @Test
    void headerLinesAreNotCountedAsParagraphs() throws IOException {
        String note = drafted("--to", "daniel");
        int closing = note.lastIndexOf("\n\n");
        String fourParagraphs = note.substring(0, closing) + "\n\nI also enjoyed the tour of the depot."
            + note.substring(closing);

        CliRun r = lint(fourParagraphs, "--send-at", "2026-11-24T15:00", "--format", "json");

        assertThat(rules(r)).as(r.out()).doesNotContain("L3", "A1");
        CliRun five = lint(fourParagraphs.replace("I also enjoyed", "The tour was good.\n\nI also enjoyed"),
            "--send-at", "2026-11-24T15:00");
        assertThat(five.out()).contains("The message runs to 5 paragraphs");
    }

    @Test
    void aFileOfSeveralDraftedNotesIsCheckedNoteByNote() throws IOException {
        String notes = drafted();

        CliRun r = lint(notes, "--send-at", "2026-11-24T15:00");

        assertThat(r.exit()).as(r.out() + r.err()).isNotEqualTo(Cli.USAGE);
        assertThat(r.out()).contains(", note 1 of 3 (to María José Ortega, from line 1): ",
            ", note 2 of 3 (to Daniel O'Brien, from line ", ", note 3 of 3 (to Priya Raman-Iyer, from line ")
            .doesNotContain(" A1 ", " S1 ", " L3 ");
        CliRun json = lint(notes, "--send-at", "2026-11-24T15:00", "--format", "json");
        for (JsonNode f : new Json().mapper().readTree(json.out())) {
            assertThat(f.get("note").asInt()).isBetween(1, 3);
            assertThat(f.get("to").asText()).isIn("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        }
    }

    @Test
    void toPicksOneNoteOfSeveralAndSaysWhichOne() throws IOException {
        CliRun r = lint(drafted(), "--to", "priya", "--send-at", "2026-11-24T15:00");

        assertThat(r.out()).contains(", note 3 of 3 (to Priya Raman-Iyer, from line ").doesNotContain("note 1 of 3")
            .doesNotContain("note 2 of 3");

        String two = drafted("--to", "maria") + "\n" + "-".repeat(72) + "\n\n" + drafted("--to", "daniel");
        CliRun none = lint(two, "--to", "priya");
        assertThat(none.exit()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("None of the 2 notes in ", " is to Priya Raman-Iyer",
            "María José Ortega, Daniel O'Brien").doesNotContain("Exception");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkInAFileOfSeveralNotes() throws IOException {
        String notes = "\uFEFF" + drafted().replace("Dear Daniel,", "Dear Hiring Manager,")
            .replace("\n", "\r\n");

        CliRun r = lint(notes, "--send-at", "2026-11-24T15:00", "--format", "json", "--no-workspace");

        String asRead = notes.substring(1);
        List<String> a2 = new ArrayList<>();
        for (JsonNode f : new Json().mapper().readTree(r.out())) {
            assertThat(f.get("rule").asText()).as(f.toString()).isNotIn("A1", "S1", "L3");
            if (f.get("rule").asText().equals("A2")) {
                assertThat(f.get("note").asInt()).isEqualTo(2);
                a2.add(asRead.substring(f.get("start").asInt(), f.get("end").asInt()));
            }
        }
        assertThat(a2).containsExactly("Dear Hiring Manager");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "To: and Subject: lines|To: Daniel O'Brien <daniel.obrien@brightline.example>\\nSubject: {s}\\n\\n",
        "lower case, no blank line below|to: daniel o'brien\\nsubject: {s}\\n",
        "blank lines above|\\n\\n  \\nSubject: {s}\\nTo: Daniel\\n\\n",
        "only an address|To: <daniel.obrien@brightline.example>\\nSubject: {s}\\n\\n",
        "Subject: but no To: (with --to)|Subject: {s}\\n\\n"})
    void headerLinesAsPeopleWriteThem(String name, String header) throws IOException {
        String body = GOOD.substring(GOOD.indexOf("Dear Daniel,"));
        String note = header.replace("\\n", "\n").replace("{s}", "Thank you: Senior Product Designer interview") + body;
        String[] to = header.contains("To:") || header.contains("to:") ? new String[0]
            : new String[] {"--to", "Daniel"};
        String[] args = new String[to.length + 2];
        System.arraycopy(to, 0, args, 0, to.length);
        args[to.length] = "--send-at";
        args[to.length + 1] = "2026-11-24T15:00";

        CliRun r = lint(note, args);

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains(": Nothing to fix").doesNotContain("WARNING").doesNotContain("ERROR");
    }

    @Test
    void aToLineNamingNoInterviewerExitsTwoNamingTheLine() throws IOException {
        CliRun r = lint("To: Dana Scully\n" + GOOD);

        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains(" line 1: \"To: Dana Scully\" names no one in the interview.",
            "María José Ortega, Daniel O'Brien, Priya Raman-Iyer", "Correct the To: line, or say who the note is for "
                + "with --to").doesNotContain("Exception");
    }

    @Test
    void optionsWinOverTheHeaderLines() throws IOException {
        String note = "To: María José Ortega\nSubject: Hello\n\n" + GOOD.substring(GOOD.indexOf("Dear Daniel,"));

        CliRun r = lint(note, "--to", "Daniel O'Brien", "--subject", "Thank you: Senior Product Designer interview",
            "--send-at", "2026-11-24T15:00");

        assertThat(r.exit()).as(r.out()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains(": Nothing to fix");
        assertThat(r.err()).contains("says \"To: María José Ortega\"; it is checked as the note to Daniel O'Brien");
    }

    @Test
    void anEmptyNoteOrOneWithOnlyHeaderLinesExitsTwo() throws IOException {
        CliRun empty = lint("\n  \n", "--to", "Daniel");
        assertThat(empty.exit()).isEqualTo(Cli.USAGE);
        assertThat(empty.err()).contains("holds no note: it is empty");

        CliRun headersOnly = lint("To: Daniel O'Brien\nSubject: Thanks\n\n");
        assertThat(headersOnly.exit()).isEqualTo(Cli.USAGE);
        assertThat(headersOnly.err()).contains("the note has no text below its To: and Subject: lines");
    }
}
