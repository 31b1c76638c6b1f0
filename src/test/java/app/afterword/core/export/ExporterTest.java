// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.RealFileOps;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {

    private static FontFile font;

    @TempDir
    Path out;

    private final Interview sample = Fixtures.sample();

    @BeforeAll
    static void loadFont() {
        font = FontFile.bundled();
    }

    private static Exporter exporter(ExportSettings settings, AtomicWriter writer) {
        return new Exporter(settings, new EmlWriter(Fixtures.CLOCK), new CardPdf(font), new ExportFiles(writer));
    }

    private static Exporter exporter() {
        return exporter(ExportSettings.DEFAULTS, new AtomicWriter(new RealFileOps()));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"EML", "PDF", "TXT", "MD"})
    void writesOneFilePerRecipientNamedFromTheInterview(ExportFormat format) throws Exception {
        ExportReport report = exporter().export(sample, Fixtures.panelEmails(sample), format, out, false);
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        assertThat(report.files()).extracting(ExportReport.ExportedFile::recipient)
            .containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        String ext = "." + format.extension();
        assertThat(names()).containsExactly(
            "Brightline Transit - Daniel O'Brien - thank-you" + ext,
            "Brightline Transit - María José Ortega - thank-you" + ext,
            "Brightline Transit - Priya Raman-Iyer - thank-you" + ext);
    }

    @Test
    void emlFilesRoundTrip() throws Exception {
        ExportReport report = exporter().export(sample, Fixtures.panelEmails(sample), ExportFormat.EML, out, false);
        Path daniel = report.files().get(1).path();
        try (InputStream in = Files.newInputStream(daniel)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("daniel.obrien@brightline.example");
            assertThat(m.getSubject()).isEqualTo("Thank you, Daniel");
            assertThat(m.getHeader("X-Unsent", null)).isEqualTo("1");
        }
    }

    @Test
    void pdfFilesRoundTrip() throws Exception {
        Draft card = Fixtures.card("Priya Raman-Iyer", "Dear Priya,\n\nThank you for the story about the last bus.");
        ExportReport report = exporter().export(sample, List.of(card), ExportFormat.PDF, out, false);
        try (PDDocument doc = Loader.loadPDF(report.files().get(0).path().toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Thank you for the story")
                .contains("Lead UX Researcher");
        }
    }

    @Test
    void textAndMarkdownFilesRoundTrip() throws Exception {
        Draft draft = Fixtures.email("Daniel O'Brien", "Thanks", "Dear Daniel,\n\nThanks *a lot*.");
        Path txt = exporter().export(sample, List.of(draft), ExportFormat.TXT, out, false).files().get(0).path();
        Path md = exporter().export(sample, List.of(draft), ExportFormat.MD, out, false).files().get(0).path();
        assertThat(Files.readString(txt)).isEqualTo(TextFiles.plain(sample, draft)).endsWith("Thanks *a lot*.\n");
        assertThat(Files.readString(md)).isEqualTo(TextFiles.markdown(sample, draft))
            .endsWith("Thanks \\*a lot\\*.\n");
    }

    @Test
    void linkedInNoteWithinTheLimitIsWrittenWithItsCount() throws Exception {
        Draft note = Fixtures.linkedIn("Daniel O'Brien", "Hi Daniel, thanks for the chat about design tokens!");
        ExportReport report = exporter().export(sample, List.of(note), ExportFormat.LINKEDIN, out, false);
        assertThat(report.ok()).isTrue();
        ExportReport.ExportedFile file = report.files().get(0);
        assertThat(Files.readString(file.path())).isEqualTo(note.body() + "\n");
        assertThat(file.notes()).containsExactly("LinkedIn note: 51 of 200 characters.");
    }

    @Test
    void linkedInNoteOverTheLimitIsNotWrittenAndSaysByHowMuch() throws Exception {
        Draft note = Fixtures.linkedIn("Daniel O'Brien", "x".repeat(231));
        ExportReport report = exporter().export(sample, List.of(note), ExportFormat.LINKEDIN, out, false);
        assertThat(report.files()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ExportReport.Type.TOO_LONG);
            assertThat(p.message()).contains("231 characters; the limit is 200, so it is 31 characters too long");
        });
        assertThat(names()).isEmpty();
    }

    @Test
    void premiumLimitFromTheSettingsApplies() {
        Draft note = Fixtures.linkedIn("Daniel O'Brien", "x".repeat(231));
        ExportReport report = exporter(ExportSettings.DEFAULTS.withLinkedinLimit(300),
            new AtomicWriter(new RealFileOps())).export(sample, List.of(note), ExportFormat.LINKEDIN, out, false);
        assertThat(report.ok()).isTrue();
    }

    @Test
    void messageToAConnectionHasTheLongerLimit() {
        Draft message = new Draft("Daniel O'Brien", NoteKind.FOLLOW_UP, Medium.LINKEDIN_MESSAGE, "m", null,
            "x".repeat(1000));
        assertThat(exporter().export(sample, List.of(message), ExportFormat.LINKEDIN, out, false).ok()).isTrue();
    }

    @Test
    void existingFilesAreReportedAndKeptUnlessOverwriteIsGiven() throws Exception {
        List<Draft> drafts = Fixtures.panelEmails(sample);
        exporter().export(sample, drafts, ExportFormat.TXT, out, false);
        Path first = out.resolve("Brightline Transit - María José Ortega - thank-you.txt");
        Files.writeString(first, "edited by hand");

        ExportReport again = exporter().export(sample, drafts, ExportFormat.TXT, out, false);
        assertThat(again.files()).isEmpty();
        assertThat(again.problems()).hasSize(3).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo(ExportReport.Type.EXISTS);
            assertThat(p.message()).contains("already exists");
        });
        assertThat(Files.readString(first)).isEqualTo("edited by hand");

        ExportReport replaced = exporter().export(sample, drafts, ExportFormat.TXT, out, true);
        assertThat(replaced.ok()).isTrue();
        assertThat(replaced.files()).allMatch(ExportReport.ExportedFile::replaced);
        assertThat(Files.readString(first)).startsWith("To: María José Ortega");
        assertThat(Files.readString(out.resolve(first.getFileName() + ".bak"))).isEqualTo("edited by hand");
    }

    @Test
    void oneBadDraftDoesNotStopTheOthers() throws Exception {
        List<Draft> drafts = List.of(
            Fixtures.email("María José Ortega", "Thanks\r\nBcc: eve@evil.example", "Hi"),
            Fixtures.email("Nobody Known", "Hi", "Hi"),
            Fixtures.email("Daniel O'Brien", "Thanks", "Hi"));
        ExportReport report = exporter().export(sample, drafts, ExportFormat.EML, out, false);
        assertThat(report.files()).extracting(ExportReport.ExportedFile::recipient).containsExactly("Daniel O'Brien");
        assertThat(report.problems()).extracting(ExportReport.ExportProblem::recipient)
            .containsExactly("María José Ortega", "Nobody Known");
        assertThat(report.problems()).allMatch(p -> p.type() == ExportReport.Type.INPUT);
        assertThat(report.problems().get(0).message()).contains("line break");
        assertThat(names()).containsExactly("Brightline Transit - Daniel O'Brien - thank-you.eml");
    }

    @Test
    void twoNotesForOnePersonGetDistinctNames() throws Exception {
        List<Draft> drafts = List.of(Fixtures.email("Daniel O'Brien", "A", "A"),
            Fixtures.email("daniel o'brien", "B", "B"));
        ExportReport report = exporter().export(sample, drafts, ExportFormat.TXT, out, false);
        assertThat(report.ok()).isTrue();
        assertThat(names()).containsExactly("Brightline Transit - Daniel O'Brien - thank-you.txt",
            "Brightline Transit - daniel o'brien - thank-you (2).txt");
    }

    @Test
    void missingAddressIsANoteOnTheWrittenFile() throws Exception {
        Interview noEmail = Fixtures.withInterviewer("Ana Lima", null, null);
        ExportReport report = exporter().export(noEmail, List.of(Fixtures.email("Ana Lima", "Hi", "Hi")),
            ExportFormat.EML, out, false);
        assertThat(report.ok()).isTrue();
        assertThat(report.files().get(0).notes()).anyMatch(n -> n.contains("no e-mail address"));
    }

    @Test
    void cardThatDoesNotFitIsWrittenWithTheOverflowNoted() throws Exception {
        Draft card = Fixtures.card("Priya Raman-Iyer", "A sentence that goes on and on. ".repeat(60));
        ExportReport report = exporter().export(sample, List.of(card), ExportFormat.PDF, out, false);
        assertThat(report.ok()).isTrue();
        assertThat(report.files().get(0).notes()).singleElement().asString().contains("does not fit")
            .contains("lines (");
        assertThat(report.files().get(0).fits()).isFalse();
        assertThat(report.files().get(0).fit().linesOver()).isPositive();
    }

    @Test
    void fullDiskFailsCleanlyWithNoHalfFiles() throws Exception {
        AtomicWriter full = new AtomicWriter(new FaultyFileOps(FaultyFileOps.Step.WRITE,
            new FileSystemException("x", null, "No space left on device")));
        ExportReport report = exporter(ExportSettings.DEFAULTS, full)
            .export(sample, Fixtures.panelEmails(sample), ExportFormat.EML, out, false);
        assertThat(report.files()).isEmpty();
        assertThat(report.problems()).hasSize(3).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo(ExportReport.Type.WRITE);
            assertThat(p.message()).contains("the disk is full");
        });
        assertThat(names()).isEmpty();
    }

    @Test
    void nothingToExportIsAProblem() {
        ExportReport report = exporter().export(sample, List.of(), ExportFormat.EML, out, false);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems().get(0).message()).contains("nothing to export");
    }

    @Test
    void missingFolderIsCreatedAndAFileInItsPlaceIsAProblem() throws Exception {
        Path nested = out.resolve("notes/2026");
        assertThat(exporter().export(sample, Fixtures.panelEmails(sample), ExportFormat.TXT, nested, false).ok())
            .isTrue();
        Path file = Files.writeString(out.resolve("plain-file"), "x");
        ExportReport report = exporter().export(sample, Fixtures.panelEmails(sample), ExportFormat.TXT, file, false);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.recipient()).isNull();
            assertThat(p.message()).contains("is a file, not a folder");
        });
    }
}
