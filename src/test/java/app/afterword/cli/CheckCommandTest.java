// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code afterword check}, with real LanguageTool (shared across the JVM's checks after the first). */
class CheckCommandTest {

    private static final String CLEAN_NOTE = """
        Dear María José,

        Thank you for taking the time to meet with me on Tuesday about the Senior Product Designer role at \
        Brightline Transit. I enjoyed hearing how your team is rebuilding the trip planner.

        Please also pass my thanks to Daniel O'Brien and Priya Raman-Iyer.

        Best regards,
        Sam Okafor
        """;

    @TempDir
    Path dir;
    private Path dataDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        dataDir = dir.resolve("data");
    }

    private int run(InputStream in, String... args) {
        Cli cli = new Cli(Map.of("AFTERWORD_DATA_DIR", dataDir.toString()), new PrintWriter(out, true),
            new PrintWriter(err, true), in);
        return cli.run(args);
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path sampleInterview() throws Exception {
        Path p = dir.resolve("interview.json");
        try (InputStream in = getClass().getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void aNoteWithMistakesPrintsEachIssueAndExitsOne() throws Exception {
        Path note = write("note.txt", "Dear Daniel,\n\nI could of explained it better. I recieved your notes.\n");

        int code = run("check", note.toString());

        assertThat(code).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString().lines()).containsSubsequence(
            "3:3  MODAL_OF  It's never correct to use 'of' after a modal verb. Use 'could have', or, in informal "
                + "register, 'could've'.  → could have, could've",
            "3:35  MORFOLOGIK_RULE_EN_US  Possible spelling mistake: “recieved”.  → received, relieved",
            "2 issues.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCleanNoteFullOfNamesIsQuietWithItsInterview() throws Exception {
        Path note = write("note.txt", CLEAN_NOTE);

        assertThat(run("check", note.toString(), "--interview", sampleInterview().toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).isEqualTo("No issues.\n");
    }

    @Test
    void withoutTheInterviewTheNamesAreFlagged() throws Exception {
        Path note = write("note.txt", CLEAN_NOTE);
        assertThat(run("check", note.toString())).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString()).contains("Possible spelling mistake: “Okafor”.");
    }

    @Test
    void jsonGivesAListOfIssueObjects() throws Exception {
        Path note = write("note.txt", "It was a honor to meet you.");

        assertThat(run("check", note.toString(), "--format", "json")).isEqualTo(Cli.PROBLEMS);

        JsonNode issues = new ObjectMapper().readTree(out.toString());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(1);
        JsonNode i = issues.get(0);
        assertThat(i.fieldNames()).toIterable().containsExactly("offset", "length", "line", "column", "rule",
            "category", "message", "suggestions");
        assertThat(i.get("offset").asInt()).isEqualTo(7);
        assertThat(i.get("length").asInt()).isEqualTo(1);
        assertThat(i.get("line").asInt()).isEqualTo(1);
        assertThat(i.get("column").asInt()).isEqualTo(8);
        assertThat(i.get("rule").asText()).isEqualTo("EN_A_VS_AN");
        assertThat(i.get("category").asText()).isEqualTo("grammar");
        assertThat(i.get("suggestions").get(0).asText()).isEqualTo("an");
    }

    @Test
    void standardInputAndAnotherVariantWork() {
        InputStream in = new ByteArrayInputStream("The colour of the logo is my favorite.\n"
            .getBytes(StandardCharsets.UTF_8));
        assertThat(run(in, "check", "-", "--lang", "en-GB")).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString()).startsWith("1:30  MORFOLOGIK_RULE_EN_GB  ").endsWith("1 issue.\n");
    }

    @Test
    void settingsInTheWorkspaceApply() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            ProofreadPreferences prefs = new ProofreadPreferences(ws.settings());
            prefs.addWord("Wiremu");
            prefs.ignoreRule("EN_A_VS_AN");
        }
        Path note = write("note.txt", "Dear Wiremu,\n\nIt was a honor to meet the team.\n");
        assertThat(run("check", note.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).isEqualTo("No issues.\n");
    }

    @Test
    void aSkippedPartIsReportedAndCountsAsAProblem() throws Exception {
        Path note = write("note.txt", "Thank you.\n\n" + "word ".repeat(200) + "\n");
        assertThat(run("check", note.toString())).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString()).contains("3:1  not proofread  This sentence is very long; split it to have it "
            + "checked.").endsWith("No issues; 1 part not proofread.\n");
    }

    @Test
    void suggestionsAreShownSoThatBlankOnesCanBeSeen() {
        assertThat(CheckCommand.visible("")).isEqualTo("(remove)");
        assertThat(CheckCommand.visible(" ")).isEqualTo("(one space)");
        assertThat(CheckCommand.visible("\t\t")).isEqualTo("(whitespace)");
        assertThat(CheckCommand.visible(", ")).isEqualTo("\", \"");
        assertThat(CheckCommand.visible("could have")).isEqualTo("could have");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a missing file|missing.txt||There is no file",
        "an unknown variant|note.txt|--lang=fr-FR|not a language Afterword proofreads",
        "an unknown format|note.txt|--format=xml|--format",
        "an invalid interview|note.txt|--interview=DIR/bad.json|not a valid interview file",
        "a missing interview|note.txt|--interview=DIR/nowhere.json|nowhere.json",
        "a folder|.||is a folder",
    })
    void badInputExitsTwoWithAClearMessage(String name, String file, String option, String message)
        throws Exception {
        write("note.txt", "Fine.");
        write("bad.json", "{\"schemaVersion\": 1, \"company\": \"\"}");
        String path = dir.resolve(file).toString();
        int code = option == null ? run("check", path) : run("check", path, option.replace("DIR", dir.toString()));
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8TextAreRefused() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(run("check", latin1.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("check", binary.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("is not UTF-8 text", "looks like a binary file");
    }

    @Test
    void etiquetteFindingsFollowTheProofreadingIssuesAndOpenIssuesCountForN8() throws Exception {
        Path note = write("note.txt", "Subject: Thanks!!\n\nHey Daniel O'Brien!!\n\nI could of explained the design "
            + "tokens better.\n\nSam Okafor\n");

        int code = run("check", note.toString(), "--etiquette", "--interview", sampleInterview().toString(),
            "--to", "Daniel O'Brien");

        assertThat(code).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString()).contains("MODAL_OF").contains("1 issue.")
            .contains("Etiquette: ")
            .contains("ERROR   N8  whole note")
            .contains("WARNING A3  line 3, col 1-3: \"Hey\"");
    }

    @Test
    void etiquetteJsonHoldsBothLists() throws Exception {
        Path note = write("note.txt", "Dear Daniel O'Brien,\n\nThank you for the talk about design tokens.\n");

        run("check", note.toString(), "--etiquette", "--interview", sampleInterview().toString(), "--to", "Daniel",
            "--format", "json");

        JsonNode both = new ObjectMapper().readTree(out.toString());
        assertThat(both.get("proofreading").isArray()).isTrue();
        assertThat(both.get("etiquette").isArray()).isTrue();
        assertThat(both.get("etiquette")).extracting(f -> f.get("rule").asText()).contains("A8");
    }

    @Test
    void etiquetteWithoutAnInterviewIsABadRequest() throws Exception {
        Path note = write("note.txt", "Dear Daniel,\n\nThank you.\n");

        assertThat(run("check", note.toString(), "--etiquette")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--etiquette needs the interview");
    }

    @Test
    void headerLinesAreNotProofreadAndPositionsStayThoseOfTheFile() throws Exception {
        String text = "\r\nTo: Danel O'Brein <daniel.obrien@brightline.example>\r\nsubject: Thnak you for the intervew"
            + "\r\nDear Daniel,\r\n\r\nIt was a honor to meet the team.\r\n";
        Path note = write("note.txt", text);

        assertThat(run("check", note.toString(), "--format", "json")).isEqualTo(Cli.PROBLEMS);

        JsonNode issues = new ObjectMapper().readTree(out.toString());
        assertThat(issues).hasSize(1);
        JsonNode i = issues.get(0);
        assertThat(i.get("rule").asText()).isEqualTo("EN_A_VS_AN");
        assertThat(text.substring(i.get("offset").asInt(), i.get("offset").asInt() + i.get("length").asInt()))
            .isEqualTo("a");
        assertThat(i.get("line").asInt()).isEqualTo(6);
        assertThat(i.get("column").asInt()).isEqualTo(8);
    }

    @Test
    void aDraftedFileOfSeveralNotesIsProofreadNoteByNoteWithItsEtiquette() throws Exception {
        Path interview = sampleInterview();
        CliRun drafted = CliRun.run(dataDir, "draft", interview.toString());
        assertThat(drafted.exit()).isEqualTo(Cli.OK);
        String text = drafted.out().replace("Dear Daniel,", "Dear Daniel,\n\nIt was a honor.")
            .replace("\n", "\r\n");
        Path notes = write("notes.txt", text);
        int line = text.substring(0, text.indexOf("It was a honor.")).split("\n", -1).length;

        int code = run("check", notes.toString(), "--interview", interview.toString(), "--etiquette",
            "--send-at", "2026-11-24T15:00");

        assertThat(code).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString()).contains("notes.txt, note 1 of 3 (to María José Ortega), from line 1:",
            "notes.txt, note 2 of 3 (to Daniel O'Brien), from line ", "notes.txt, note 3 of 3 (to Priya Raman-Iyer)",
            "\n" + line + ":8  EN_A_VS_AN  ").doesNotContain(" A1 ", " S1 ", " L3 ");
    }
}
