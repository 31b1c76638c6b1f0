// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplatesViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> unexpected = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner(Instant.parse("2026-11-24T20:00:00Z"),
        ZoneId.of("UTC"), unexpected::add);
    private final FakeDialogs dialogs = new FakeDialogs();
    private Workspace workspace;
    private TemplatesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("data"));
        vm = screen();
    }

    @AfterEach
    void close() throws Exception {
        assertThat(unexpected).isEmpty();
        workspace.close();
    }

    private TemplatesViewModel screen() {
        TemplatesViewModel s = new TemplatesViewModel(new Messages(), runner, () -> TemplateServices.open(workspace),
            dialogs);
        s.shown();
        return s;
    }

    private void select(String id) {
        vm.selectedProperty().set(vm.templates().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow());
    }

    private void type(String text) {
        vm.textProperty().set(text);
        runner.advance(TemplatesViewModel.PAUSE);
    }

    @Test
    void listsTheBundledTemplatesThenOwnWithTheirDescriptions() {
        assertThat(vm.templates()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(vm.templates()).allMatch(t -> t.origin() == TemplateInfo.Origin.BUNDLED);
        assertThat(vm.templates()).allMatch(t -> !t.description().isBlank());
        assertThat(vm.selectedProperty().get().id()).isEqualTo("thank-you-email-warm");
        assertThat(vm.facts(vm.selectedProperty().get())).isEqualTo("Thank-you note · E-mail · Warm · Bundled");

        vm.create(NoteKind.FOLLOW_UP);

        TemplateInfo last = vm.templates().get(vm.templates().size() - 1);
        assertThat(last.origin()).isEqualTo(TemplateInfo.Origin.USER);
        assertThat(last.title()).isEqualTo("My status follow-up");
        assertThat(vm.facts(last)).endsWith("Yours");
    }

    @Test
    void filtersByKindAndByWords() {
        vm.kindFilterProperty().set(NoteKind.THANK_YOU);
        assertThat(vm.templates()).isNotEmpty().allMatch(t -> t.kind() == NoteKind.THANK_YOU);
        vm.searchProperty().set("card");
        assertThat(vm.templates()).extracting(TemplateInfo::id).containsExactly("thank-you-card");
        vm.kindFilterProperty().set(null);
        vm.searchProperty().set("linkedin");
        assertThat(vm.templates()).hasSizeGreaterThan(2).allMatch(t -> t.medium().id().startsWith("linkedin"));
    }

    @Test
    void previewsABundledTemplateForAnyInterviewAndInterviewer() {
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.interviews()).extracting(TemplatesViewModel.PreviewInterview::label)
            .contains("Sample · Brightline Transit — Senior Product Designer",
                "Sample · Northwind Analytics — Data Analyst");
        assertThat(vm.recipientProperty().get()).isEqualTo("María José Ortega");
        assertThat(vm.previewBodyProperty().get()).contains("Dear María,");
        assertThat(vm.previewSubjectProperty().get()).contains("Senior Product Designer");

        vm.recipientProperty().set("Priya Raman-Iyer");
        assertThat(vm.previewBodyProperty().get()).contains("Dear Priya,");

        vm.interviewProperty().set(vm.interviews().stream().filter(i -> i.label().contains("Northwind"))
            .findFirst().orElseThrow());
        assertThat(vm.recipientProperty().get()).isEqualTo("Siobhán O'Keeffe");
        assertThat(vm.previewBodyProperty().get()).contains("Dear Siobhán,").contains("Data Analyst");
        assertThat(vm.previewProblemProperty().get()).isNull();
    }

    @Test
    void savedInterviewsAreOfferedBeforeTheSamples() throws Exception {
        var sample = app.afterword.core.draft.SampleInterviews.load(workspace.json()).get(1).interview();
        workspace.interviews().save("saved-one", sample.toBuilder().id("saved-one").company("Acme Rail").build());
        vm.shown();
        assertThat(vm.interviews().get(0).label()).isEqualTo("Acme Rail — Data Analyst");
        assertThat(vm.interviews().get(0).sample()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(NoteKind.class)
    void aNewTemplateStartsFromASkeletonThatAlreadyDrafts(NoteKind kind) {
        vm.create(kind);

        TemplateInfo t = vm.selectedProperty().get();
        assertThat(t.origin()).isEqualTo(TemplateInfo.Origin.USER);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.valid()).isTrue();
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.textProperty().get()).startsWith("## kind: " + kind.id() + "\n## medium: ");
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.checkSummaryProperty().get()).startsWith("No problems: it drafted");
        assertThat(vm.previewBodyProperty().get()).contains("María José");
        assertThat(vm.statusKindProperty().get()).isEqualTo(TemplatesViewModel.Outcome.SUCCESS);
    }

    @Test
    void anErrorShowsItsLineAndColumnAndOnceFixedThePreviewRenders() {
        vm.create(NoteKind.THANK_YOU);
        String good = vm.textProperty().get();
        String bad = good.replace("Dear $interviewer.name,", "Dear $interviewer.nmae,");
        int line = (int) bad.substring(0, bad.indexOf("$interviewer.nmae")).chars().filter(c -> c == '\n').count()
            + 1;

        vm.textProperty().set(bad);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.errors()).as("checked only after a pause in typing").isEmpty();
        runner.advance(TemplatesViewModel.PAUSE);

        assertThat(vm.errors()).isNotEmpty();
        TemplateError e = vm.errors().get(0);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(6);
        assertThat(vm.describe(e)).startsWith("Line " + line + ", column 6: ").contains("nmae");
        assertThat(vm.checkSummaryProperty().get()).contains("can’t draft notes until fixed");
        assertThat(vm.previewBodyProperty().get()).isEmpty();
        assertThat(vm.previewProblemProperty().get()).isEqualTo("The preview shows again once the problems above are "
            + "fixed.");

        type(good.replace("Thank you for talking", "Many thanks for talking"));

        assertThat(vm.errors()).isEmpty();
        assertThat(vm.previewProblemProperty().get()).isNull();
        assertThat(vm.previewBodyProperty().get()).contains("Dear María José Ortega").contains("Many thanks");
    }

    @Test
    void onlyTheLatestTextIsCheckedWhenTypingPausesLater() {
        vm.create(NoteKind.THANK_YOU);
        String good = vm.textProperty().get();
        vm.textProperty().set(good.replace("$interviewer.name", "$interviewer.nmae"));
        runner.advance(TemplatesViewModel.PAUSE.dividedBy(2));
        vm.textProperty().set(good.replace("Thank you for talking", "Thanks for talking"));
        runner.advance(TemplatesViewModel.PAUSE.dividedBy(2));
        assertThat(vm.previewBodyProperty().get()).doesNotContain("Thanks for talking");
        runner.advance(TemplatesViewModel.PAUSE);
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.previewBodyProperty().get()).contains("Thanks for talking");
        assertThat(runner.pendingTimers()).isZero();
    }

    @Test
    void bundledTemplatesAreReadOnlyAndDuplicateIntoAnEditableCopy() {
        select("thank-you-card");
        String bundled = vm.textProperty().get();
        assertThat(vm.editableProperty().get()).isFalse();
        vm.textProperty().set("changed");
        vm.save();
        assertThat(workspace.directory().resolve("templates")).isEmptyDirectory();
        vm.textProperty().set(bundled);

        vm.duplicate();

        TemplateInfo copy = vm.selectedProperty().get();
        assertThat(copy.origin()).isEqualTo(TemplateInfo.Origin.USER);
        assertThat(copy.id()).isNotEqualTo("thank-you-card");
        assertThat(copy.title()).isEqualTo("Handwritten card (my copy)");
        assertThat(copy.valid()).isTrue();
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.textProperty().get()).contains("## title: Handwritten card (my copy)")
            .contains(app.afterword.core.draft.TemplateHeader.body(bundled));
        assertThat(vm.previewBodyProperty().get()).contains("Dear María José Ortega,");
    }

    @Test
    void editsAreSavedAndKeptAfterReopening() {
        vm.create(NoteKind.THANK_YOU);
        String id = vm.selectedProperty().get().id();
        type(vm.textProperty().get().replace("Thank you for talking", "Many thanks for talking"));
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.save();

        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Saved “My thank-you note”.");
        TemplatesViewModel again = screen();
        again.selectedProperty().set(again.templates().stream().filter(t -> t.id().equals(id)).findFirst()
            .orElseThrow());
        assertThat(again.textProperty().get()).contains("Many thanks for talking");
    }

    @Test
    void aTemplateWithProblemsIsSavedAsADraftThatCannotDraft() {
        vm.create(NoteKind.THANK_YOU);
        type(vm.textProperty().get().replace("$interviewer.name", "$interviewer.nmae"));

        vm.save();

        assertThat(vm.statusKindProperty().get()).isEqualTo(TemplatesViewModel.Outcome.WARNING);
        assertThat(vm.statusProperty().get()).contains("as a draft with one problem");
        assertThat(vm.selectedProperty().get().valid()).isFalse();
        assertThat(vm.facts(vm.selectedProperty().get())).endsWith("Yours, has problems");
        assertThat(vm.textProperty().get()).contains("$interviewer.nmae");
    }

    @Test
    void aTemplateWithoutKindCannotBeSavedAndSaysWhy() {
        vm.create(NoteKind.THANK_YOU);
        type(vm.textProperty().get().replace("## kind: thank-you\n", ""));

        vm.save();

        assertThat(vm.statusKindProperty().get()).isEqualTo(TemplatesViewModel.Outcome.PROBLEM);
        assertThat(vm.statusProperty().get()).contains("Choose the kind and medium");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.errors()).extracting(TemplateError::message).anyMatch(m -> m.contains("## kind: thank-you"));
    }

    @Test
    void switchingToAnotherTemplateSavesTheEdits() {
        vm.create(NoteKind.THANK_YOU);
        String id = vm.selectedProperty().get().id();
        vm.textProperty().set(vm.textProperty().get().replace("Thank you for talking", "Thanks a lot for talking"));

        select("thank-you-card");

        assertThat(vm.dirtyProperty().get()).isFalse();
        select(id);
        assertThat(vm.textProperty().get()).contains("Thanks a lot for talking");
    }

    @Test
    void leavingTheScreenSavesTheEdits() {
        vm.create(NoteKind.CLOSE_LOOP);
        String id = vm.selectedProperty().get().id();
        vm.textProperty().set(vm.textProperty().get().replace("Thank you for letting me know",
            "Thanks for telling me"));

        vm.left();

        assertThat(vm.dirtyProperty().get()).isFalse();
        TemplatesViewModel again = screen();
        again.selectedProperty().set(again.templates().stream().filter(t -> t.id().equals(id)).findFirst()
            .orElseThrow());
        assertThat(again.textProperty().get()).contains("Thanks for telling me");
    }

    @Test
    void deletingAnOwnTemplateCanBeUndone() {
        vm.create(NoteKind.NETWORK);
        String id = vm.selectedProperty().get().id();
        String text = vm.textProperty().get();

        vm.delete();

        assertThat(vm.templates()).noneMatch(t -> t.id().equals(id));
        assertThat(vm.statusProperty().get()).isEqualTo("Deleted “My networking note”.");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.selectedProperty().get().origin()).isEqualTo(TemplateInfo.Origin.BUNDLED);

        vm.undoDelete();

        TemplateInfo back = vm.selectedProperty().get();
        assertThat(back.title()).isEqualTo("My networking note");
        assertThat(back.origin()).isEqualTo(TemplateInfo.Origin.USER);
        assertThat(vm.textProperty().get()).isEqualTo(text);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void importsAGoodFile() throws Exception {
        Path file = dir.resolve("short-thanks.vtl");
        Files.writeString(file, "## kind: thank-you\n## medium: linkedin-message\n## title: Short thanks\n"
            + "Hi $interviewer.firstName, thank you for the talk about the $interview.role role.\n");
        dialogs.open = file;

        vm.importFile();

        assertThat(vm.statusProperty().get()).isEqualTo("Imported “Short thanks” from short-thanks.vtl.");
        assertThat(vm.selectedProperty().get().title()).isEqualTo("Short thanks");
        assertThat(vm.previewBodyProperty().get()).startsWith("Hi María, thank you");
    }

    @Test
    void importingABadFileNamesTheFileAndTheProblem() throws Exception {
        Path file = dir.resolve("broken.vtl");
        Files.writeString(file, "## kind: thank-you\n## medium: card\nDear $interviewer.name,\n"
            + "#if($interviewer.topic\nThanks.\n#end\n");
        dialogs.open = file;
        int before = vm.templates().size();

        vm.importFile();

        assertThat(vm.statusKindProperty().get()).isEqualTo(TemplatesViewModel.Outcome.PROBLEM);
        assertThat(vm.statusProperty().get()).startsWith("broken.vtl can't be imported: line 5, column 1: ")
            .contains("Thanks");
        assertThat(vm.templates()).hasSize(before);
    }

    @Test
    void importingABinaryFileSaysItIsNotText() throws Exception {
        Path file = dir.resolve("photo.vtl");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, (byte) 0xC3});
        dialogs.open = file;

        vm.importFile();

        assertThat(vm.statusProperty().get()).startsWith("photo.vtl is not UTF-8 text");
    }

    @Test
    void exportWritesTheTemplateWithItsHeader() throws Exception {
        select("thank-you-card");
        Path out = dir.resolve("out").resolve("card.vtl");
        Files.createDirectories(out.getParent());
        dialogs.save = out;

        vm.exportSelected();

        assertThat(dialogs.suggested).isEqualTo("thank-you-card.vtl");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(vm.textProperty().get())
            .startsWith("## kind: thank-you\n## medium: card\n");
        assertThat(vm.statusProperty().get()).isEqualTo("Exported “Handwritten card” to " + out + ".");
    }

    @Test
    void cancellingTheDialogsDoesNothing() {
        int before = vm.templates().size();
        vm.importFile();
        vm.exportSelected();
        assertThat(vm.templates()).hasSize(before);
        assertThat(vm.statusProperty().get()).isNull();
    }

    /** Dialogs that answer with a prepared path, or cancel. */
    static final class FakeDialogs implements TemplateDialogs {
        Path open;
        Path save;
        String suggested;

        @Override
        public Optional<Path> openTemplate(String title) {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> saveTemplate(String title, String fileName) {
            suggested = fileName;
            return Optional.ofNullable(save);
        }
    }
}
