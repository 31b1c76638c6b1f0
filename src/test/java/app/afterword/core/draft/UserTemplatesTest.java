// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTemplatesTest {
    private static final String GOOD = "## kind: thank-you\n## medium: card\n## title: Short card\n"
        + "Dear $interviewer.name,\n\nThank you for the $interview.role interview.\n\n$!candidate.name\n";

    @TempDir
    Path dir;
    private Workspace workspace;
    private UserTemplates user;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("data"));
        user = new UserTemplates(workspace, Fixtures.SANDBOX, new TemplateCheck(Fixtures.SANDBOX, Fixtures.SAMPLES));
    }

    @AfterEach
    void close() throws IOException {
        workspace.close();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importedTemplateIsListedDraftsAndSurvivesAReopen() throws Exception {
        TemplateInfo t = user.importFile(utf8(GOOD), "card.vtl", null);
        assertThat(t.id()).isEqualTo("user-short-card");
        assertThat(t.origin()).isEqualTo(TemplateInfo.Origin.USER);
        assertThat(t.fields()).containsExactly("candidate.name", "interview.role", "interviewer.name");
        Drafter drafter = new Drafter(new TemplateCatalog(Fixtures.BUNDLED, user), Fixtures.SANDBOX,
            () -> ProfileSettings.EMPTY, () -> DraftSettings.DEFAULTS);
        assertThat(drafter.draft(Fixtures.sample("phone-screen"), DraftRequest.DEFAULT.withTemplate(t.id())))
            .singleElement().extracting(Draft::body)
            .isEqualTo("Dear Siobhán O'Keeffe,\n\nThank you for the Data Analyst interview.");
        workspace.close();
        workspace = Workspace.open(dir.resolve("data"));
        UserTemplates again = new UserTemplates(workspace, Fixtures.SANDBOX, new TemplateCheck(Fixtures.SANDBOX,
            Fixtures.SAMPLES));
        assertThat(again.list()).extracting(TemplateInfo::id).containsExactly("user-short-card");
    }

    @Test
    void exportRoundTripsThroughImport() throws Exception {
        TemplateInfo t = user.importFile(utf8(GOOD), "card.vtl", null);
        byte[] exported = user.export(t.id());
        assertThat(new String(exported, StandardCharsets.UTF_8)).startsWith("## kind: thank-you\n## medium: card\n"
            + "## tone: warm\n## title: Short card\n");
        TemplateInfo again = user.importFile(exported, "exported.vtl", null);
        assertThat(again.id()).isEqualTo("user-short-card-2");
        assertThat(user.text(again.id())).isEqualTo(user.text(t.id()));
    }

    @Test
    void bundledTemplateCanBeExportedEditedAndImported() throws Exception {
        String bundled = Fixtures.BUNDLED.text("thank-you-email-warm").orElseThrow();
        String edited = bundled.replace("## title: Thank-you e-mail, warm", "## title: My warm note");
        TemplateInfo t = user.importFile(utf8(edited), "warm.vtl", null);
        assertThat(t.kind()).isEqualTo(NoteKind.THANK_YOU);
        assertThat(t.title()).isEqualTo("My warm note");
        assertThat(t.fields()).isEqualTo(Fixtures.BUNDLED.find("thank-you-email-warm").orElseThrow().fields());
    }

    @Test
    void templateWithATypoIsNotImportedAndTheErrorHasItsPlace() throws IOException {
        String typo = "## kind: thank-you\n## medium: card\n\nDear $interviewer.nmae,\n";
        assertThatThrownBy(() -> user.importFile(utf8(typo), "typo.vtl", null))
            .isInstanceOfSatisfying(DraftException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("typo.vtl can't be imported: line 4, column 6: "
                    + "`$interviewer.nmae` is not a field — did you mean `name`?");
                assertThat(e.errors()).hasSize(1);
            });
        assertThat(user.list()).isEmpty();
        try (Stream<Path> files = Files.list(workspace.directory().resolve("templates"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void headerlessFileTakesKindAndMediumFromTheDefaults() throws Exception {
        TemplateHeader defaults = new TemplateHeader(NoteKind.NETWORK, Medium.LINKEDIN_MESSAGE, null, null, null,
            null, null, null);
        TemplateInfo t = user.importFile(utf8("Dear $interviewer.name, let's keep in touch.\n"), "keep.vtl",
            defaults);
        assertThat(t).extracting(TemplateInfo::kind, TemplateInfo::medium, TemplateInfo::tone, TemplateInfo::title)
            .containsExactly(NoteKind.NETWORK, Medium.LINKEDIN_MESSAGE, Tone.WARM, "keep");
    }

    @Test
    void headerlessFileWithoutDefaultsAsksForKindAndMedium() {
        assertThatThrownBy(() -> user.importFile(utf8("Dear $interviewer.name,\n"), "x.vtl", null))
            .hasMessageContaining("Say what kind of note this template drafts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../.bashrc", "CON", "a/b", "COM1.", "trailing dot.", "trailing space ", "🙂🙂🙂",
        "nul", "..", "x"})
    void titleNeverBecomesAPath(String title) throws Exception {
        String text = "## kind: thank-you\n## medium: card\n## title: " + title + "\nDear $interviewer.name,\n";
        TemplateInfo t = user.importFile(utf8(text), "../../" + title, null);
        assertThat(t.id()).matches("user(-[a-z0-9]+)*(-\\d+)?").startsWith("user");
        Path folder = workspace.directory().resolve("templates");
        try (Stream<Path> all = Files.walk(workspace.directory())) {
            assertThat(all.filter(Files::isRegularFile).filter(p -> !p.startsWith(folder))
                .filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
        assertThat(folder.resolve(t.id() + ".vtl")).exists();
    }

    @Test
    void veryLongTitleIsShortenedInTheIdAndKeptAsMetadata() throws Exception {
        String title = "A".repeat(300);
        TemplateInfo t = user.importFile(utf8("## kind: thank-you\n## medium: card\n## title: " + title
            + "\nDear $interviewer.name,\n"), "t.vtl", null);
        assertThat(t.id().length()).isLessThanOrEqualTo(60);
        assertThat(t.title()).hasSize(TemplateHeader.MAX_TITLE);
    }

    @Test
    void editorSavesATemplateWithErrorsAsInvalid() throws Exception {
        TemplateHeader header = new TemplateHeader(NoteKind.THANK_YOU, Medium.CARD, Tone.WARM, "Draft", null,
            null, null, null);
        UserTemplates.Saved saved = user.save(null, header, "Dear $interviewer.nmae,\n");
        assertThat(saved.template().valid()).isFalse();
        assertThat(saved.problems()).singleElement().hasToString("line 1, column 6: `$interviewer.nmae` is not a "
            + "field — did you mean `name`?");
        TemplateCatalog catalog = new TemplateCatalog(Fixtures.BUNDLED, user);
        Drafter drafter = new Drafter(catalog, Fixtures.SANDBOX, () -> ProfileSettings.EMPTY,
            () -> DraftSettings.DEFAULTS);
        assertThatThrownBy(() -> drafter.draft(Fixtures.sample("phone-screen"), DraftRequest.DEFAULT
            .withTemplate(saved.template().id()))).hasMessageContaining("has errors");
        UserTemplates.Saved fixed = user.save(saved.template().id(), header, "Dear $interviewer.name,\n");
        assertThat(fixed.template().valid()).isTrue();
        assertThat(fixed.template().id()).isEqualTo(saved.template().id());
    }

    @Test
    void removeDeletesRecordAndText() throws Exception {
        TemplateInfo t = user.importFile(utf8(GOOD), "card.vtl", null);
        user.remove(t.id());
        assertThat(user.list()).isEmpty();
        assertThat(workspace.directory().resolve("templates").resolve(t.id() + ".vtl")).doesNotExist();
        assertThatThrownBy(() -> user.remove(t.id())).isInstanceOfSatisfying(DraftException.class,
            e -> assertThat(e.problem()).isEqualTo(DraftException.Problem.REQUEST));
    }

    @Test
    void lostTextFileMakesTheTemplateUnavailableNotBroken() throws Exception {
        TemplateInfo t = user.importFile(utf8(GOOD), "card.vtl", null);
        Files.delete(workspace.directory().resolve("templates").resolve(t.id() + ".vtl"));
        assertThat(user.find(t.id())).hasValueSatisfying(i -> assertThat(i.valid()).isFalse());
        assertThat(user.text(t.id())).isEmpty();
    }

    @Test
    void userTemplateRendersOnlyInTheSandbox() throws Exception {
        String sneaky = "## kind: thank-you\n## medium: card\nDear $interviewer.name,\n#include('/etc/passwd')\n";
        assertThatThrownBy(() -> user.importFile(utf8(sneaky), "s.vtl", null)).isInstanceOfSatisfying(
            DraftException.class, e -> assertThat(e.errors()).singleElement().hasToString(
                "line 4, column 1: Templates can't include files or other templates (`#include`)."));
        assertThat(List.copyOf(user.list())).isEmpty();
    }
}
