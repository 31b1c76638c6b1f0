// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachCommandTest {
    @TempDir
    Path data;

    @Test
    void listPrintsOneScenarioPerLine() {
        CliRun r = CliRun.run(data, "coach", "list");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Arrays.stream(lines).map(l -> l.split("\\s+")[0])).contains("panel-of-three", "friday-afternoon",
            "no-decision-date", "decision-date-passed", "two-follow-ups-sent", "card-conservative-firm");
    }

    @Test
    void showPrintsBothNotesAndTheirFindingsSideBySide() {
        CliRun r = CliRun.run(data, "coach", "show", "decision-date-passed", "--width", "100");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        String[] lines = r.out().split("\\R");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WEAK: follow-up").contains(" | STRONG: follow-up"));
        assertThat(r.out()).contains("Why is this taking").contains("is there an update you can share")
            .contains("ERROR N4").contains("Nothing to fix.").contains("Lesson: ");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void showAsJsonCarriesBothReports() throws Exception {
        CliRun r = CliRun.run(data, "coach", "show", "panel-of-three", "--format", "json");
        JsonNode n = new Json().mapper().readTree(r.out());
        assertThat(n.get("teaches").toString()).contains("P1");
        assertThat(n.at("/weak/findings").size()).isPositive();
        assertThat(n.at("/strong/summary").asText()).startsWith("Nothing to fix");
    }

    @Test
    void anUnknownScenarioExitsTwoAndListsTheKnownOnes() {
        CliRun r = CliRun.run(data, "coach", "show", "job-fair");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("There is no scenario 'job-fair'").contains("panel-of-three");
    }

    @Test
    void rulesListsEveryIdOnce() {
        CliRun r = CliRun.run(data, "coach", "rules");
        assertThat(r.out()).contains("T1 ").contains("A10 ").contains("X1 ").contains("guidance; not checked");
        assertThat(r.out().strip().split("\\R")).hasSize(app.afterword.core.etiquette.Rule.values().length);
    }

    @Test
    void handoutWritesAPdfWithBothNotes(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("handout.pdf");
        CliRun r = CliRun.run(data, "coach", "handout", "linkedin-connection", pdf.toString(), "--paper", "letter");
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(r.out().strip()).isEqualTo(pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("The weak note").contains("The strong note")
                .contains("Why: ");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
        }
    }

    @Test
    void handoutKeepsAnExistingFileUnlessToldToReplaceIt(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("handout.pdf");
        Files.writeString(pdf, "mine");
        CliRun r = CliRun.run(data, "coach", "handout", "panel-of-three", pdf.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.err()).contains("already exists").contains("--overwrite").doesNotContain("Exception");
        assertThat(Files.readString(pdf)).isEqualTo("mine");

        CliRun again = CliRun.run(data, "coach", "handout", "panel-of-three", pdf.toString(), "--overwrite");
        assertThat(again.exit()).isEqualTo(Cli.OK);
        assertThat(Files.readString(out.resolve("handout.pdf.bak"))).isEqualTo("mine");
    }

    @Test
    void handoutRefusesAnUnknownPaperSize(@TempDir Path out) {
        CliRun r = CliRun.run(data, "coach", "handout", "panel-of-three", out.resolve("h.pdf").toString(), "--paper",
            "a3");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--paper must be a4 or letter");
    }
}
