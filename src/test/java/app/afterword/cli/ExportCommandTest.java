// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.export.ExportSettings;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.schedule.EventType;
import app.afterword.core.schedule.Progress;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.ProgressEvent;
import app.afterword.core.schedule.Step;
import app.afterword.core.store.InterviewFiles;
import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportCommandTest {
    private static final Path SAMPLES = Path.of(System.getProperty("project.basedir", "."))
        .resolve("src/main/resources/app/afterword/samples");
    private static final List<String> SAMPLE_NAMES = List.of("sample-interview", "phone-screen", "five-person-panel");
    private static final List<String> FORMATS = List.of("eml", "pdf", "txt", "md", "linkedin");

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private Path out() {
        return temp.resolve("out");
    }

    private static String sample(String name) {
        return SAMPLES.resolve(name + ".json").toString();
    }

    private static Interview interview(String name) throws Exception {
        return new InterviewFiles(new Json()).read(SAMPLES.resolve(name + ".json")).interview();
    }

    static Stream<Arguments> everySampleInEveryFormat() {
        List<Arguments> out = new ArrayList<>();
        for (String s : SAMPLE_NAMES) {
            for (String f : FORMATS) {
                out.add(Arguments.of(s, f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --as {1}")
    @MethodSource("everySampleInEveryFormat")
    void writesOneReadableFilePerInterviewerForEveryBundledSample(String sample, String format) throws Exception {
        CliRun r = CliRun.run(data(), "export", sample(sample), "--as", format, "--out", out().toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        Interview interview = interview(sample);
        List<Path> written = r.out().lines().map(Path::of).toList();
        assertThat(written).hasSize(interview.interviewers().size());
        for (int i = 0; i < written.size(); i++) {
            Path file = written.get(i);
            Interviewer to = interview.interviewers().get(i);
            assertThat(file).exists().hasParent(out());
            assertThat(file.getFileName().toString()).contains(interview.company(), to.name())
                .endsWith("." + ("linkedin".equals(format) ? "txt" : format));
            switch (format) {
                case "eml" -> assertEmailDraft(file, to);
                case "pdf" -> assertThat(pdfText(file)).contains("Dear " + to.greetingName(true) + ",");
                case "linkedin" -> assertThat(Files.readString(file, StandardCharsets.UTF_8).strip().length())
                    .isBetween(1, ExportSettings.DEFAULTS.linkedinLimit());
                default -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .contains("Dear " + to.greetingName(false) + ",");
            }
        }
    }

    private static void assertEmailDraft(Path file, Interviewer to) throws Exception {
        MimeMessage m;
        try (InputStream in = Files.newInputStream(file)) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(m.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(m.getSubject()).isNotBlank();
        if (to.email() != null) {
            InternetAddress address = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
            assertThat(address.getAddress()).isEqualTo(to.email());
            assertThat(address.getPersonal()).isEqualTo(to.name());
        }
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Dear " + to.greetingName(false) + ",");
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void fileNamesFromTheInterviewAreMadeSafe() throws Exception {
        Json json = new Json();
        ObjectNode root = (ObjectNode) json.parse(Files.readAllBytes(SAMPLES.resolve("phone-screen.json")));
        root.put("company", "../../Evil: Co/<Ltd>?");
        ArrayNode people = (ArrayNode) root.get("interviewers");
        ((ObjectNode) people.get(0)).put("name", "CON");
        Path file = temp.resolve("hostile.json");
        Files.write(file, json.mapper().writeValueAsBytes(root));

        CliRun r = CliRun.run(data(), "export", file.toString(), "--as", "txt", "--out", out().toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        Path written = Path.of(r.out().strip());
        assertThat(written).exists().hasParent(out());
        assertThat(written.getFileName().toString()).doesNotContain("/", "\\", ":", "<", ">", "?", "..")
            .contains("Evil", "CON");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("hostile.json", "out");
        }
    }

    @Test
    void anExistingFileIsLeftAloneUntilOverwriteIsGiven() throws Exception {
        String[] args = {"export", sample("sample-interview"), "--as", "txt", "--to", "Daniel", "--out",
            out().toString()};
        CliRun first = CliRun.run(data(), args);
        Path file = Path.of(first.out().strip());
        Files.writeString(file, "my own edits", StandardCharsets.UTF_8);

        CliRun refused = CliRun.run(data(), args);
        assertThat(refused.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains(file + " already exists", "Add --overwrite to replace it");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("my own edits");

        List<String> withOverwrite = new ArrayList<>(List.of(args));
        withOverwrite.add("--overwrite");
        CliRun replaced = CliRun.run(data(), withOverwrite.toArray(String[]::new));
        assertThat(replaced.exit()).isEqualTo(Cli.OK);
        assertThat(replaced.out().strip()).isEqualTo(file.toString());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Dear Daniel,");
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".bak"), StandardCharsets.UTF_8))
            .isEqualTo("my own edits");
    }

    @Test
    void anExportOfAWorkspaceInterviewIsRecordedInItsHistory() throws Exception {
        CliRun added = CliRun.run(data(), "interview", "add", sample("sample-interview"));
        String id = added.out().split(":")[0].substring("Added ".length());

        CliRun r = CliRun.run(data(), "export", id, "--as", "pdf", "--out", out().toString(), "--now",
            "2026-11-24T15:00-06:00");

        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
        try (Workspace ws = Workspace.open(data())) {
            Progress history = ProgressBook.open(ws, Clock.systemUTC()).of(id);
            List<ProgressEvent> exported = history.events().stream().filter(e -> e.type() == EventType.EXPORTED)
                .toList();
            assertThat(exported).extracting(ProgressEvent::recipient)
                .containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
            assertThat(exported).allSatisfy(e -> {
                assertThat(e.detail()).isEqualTo("pdf");
                assertThat(e.step()).isEqualTo(Step.THANK_YOU);
            });
        }
    }

    @Test
    void anExportFromALooseFileKeepsNoHistory() {
        CliRun r = CliRun.run(data(), "export", sample("sample-interview"), "--as", "md", "--out",
            out().toString());
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(data()).as("exporting a file creates no data folder").doesNotExist();
    }

    @Test
    void aLinkedInNoteOverTheLimitIsNotWrittenAndSaysByHowMuch() throws Exception {
        try (Workspace ws = Workspace.open(data())) {
            ws.settings().put(ExportSettings.SECTION, ExportSettings.DEFAULTS.withLinkedinLimit(50));
        }
        CliRun r = CliRun.run(data(), "export", sample("sample-interview"), "--as", "linkedin", "--to", "Daniel",
            "--out", out().toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("The LinkedIn note for Daniel O'Brien is \\d+ characters; the limit "
            + "is 50, so it is \\d+ characters too long");
        assertThat(out()).isEmptyDirectory();
    }

    @Test
    void aCardThatDoesNotFitIsWrittenAndSaysByHowMuch() throws Exception {
        Path template = temp.resolve("long-card.vtl");
        Files.writeString(template, "## kind: thank-you\n## medium: card\n## title: Long card\n"
            + "Dear $interviewer.name,\n\n" + "Thank you for the time you gave me and for the conversation. ".repeat(40)
            + "\n", StandardCharsets.UTF_8);
        assertThat(CliRun.run(data(), "templates", "import", template.toString()).exit()).isEqualTo(Cli.OK);

        CliRun r = CliRun.run(data(), "export", sample("sample-interview"), "--as", "pdf", "--template",
            "user-long-card", "--to", "Priya", "--out", out().toString());

        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(Path.of(r.out().strip())).exists();
        assertThat(r.err()).containsPattern("Problem \\(Priya Raman-Iyer\\): The note does not fit the .* card: it is "
            + "\\d+ lines \\(\\d+ characters\\) too long");
    }

    @Test
    void anUnknownFormatIsABadInput() {
        CliRun r = CliRun.run(data(), "export", sample("sample-interview"), "--as", "docx");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("'docx' is not an export format; use one of eml, pdf, txt, md, linkedin");
    }

    @Test
    void linkedInNeedsALinkedInMedium() {
        CliRun r = CliRun.run(data(), "export", sample("sample-interview"), "--as", "linkedin", "--medium", "card",
            "--out", out().toString());
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--as linkedin writes a LinkedIn note");
    }

    @Test
    void aFolderThatIsAFileIsABadInput() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        CliRun r = CliRun.run(data(), "export", sample("sample-interview"), "--as", "txt", "--out",
            notAFolder.toString());
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("is a file, not a folder");
    }
}
