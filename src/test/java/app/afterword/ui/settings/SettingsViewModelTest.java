// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.export.CardSize;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.proofread.ProofreadSettings;
import app.afterword.core.proofread.Variant;
import app.afterword.core.schedule.ScheduleSettings;
import app.afterword.core.store.FileOps;
import app.afterword.core.store.Json;
import app.afterword.core.store.RealFileOps;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.theme.ThemeChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsViewModelTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

    /** Real file operations that can be told the disk is full. */
    static final class FullDisk implements FileOps {
        private final RealFileOps real = new RealFileOps();
        boolean full;

        @Override
        public Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
            return real.createTempFile(dir, prefix, suffix);
        }

        @Override
        public void writeAndForce(Path file, byte[] bytes) throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
            real.writeAndForce(file, bytes);
        }

        @Override
        public void copyAndForce(Path from, Path to) throws IOException {
            real.copyAndForce(from, to);
        }

        @Override
        public void atomicMove(Path from, Path to) throws IOException {
            real.atomicMove(from, to);
        }

        @Override
        public void forceDirectory(Path dir) throws IOException {
            real.forceDirectory(dir);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            real.deleteIfExists(file);
        }
    }

    @TempDir
    Path dir;
    private final FullDisk disk = new FullDisk();
    private final List<Throwable> unexpected = new ArrayList<>();
    private final SimpleObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private Workspace ws;
    private DirectTaskRunner runner;
    private SettingsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir, new Json(), disk, Clock.systemUTC());
        runner = new DirectTaskRunner(Instant.parse("2026-11-20T14:02:00Z"), ZONE, unexpected::add);
        vm = new SettingsViewModel(new Messages(), runner, ws.settings(), ws.json(), theme, unexpected::add);
    }

    @AfterEach
    void close() throws IOException {
        ws.close();
        assertThat(unexpected).isEmpty();
    }

    private void pause() {
        runner.advance(SettingsViewModel.SAVE_PAUSE.plusMillis(10));
    }

    @Test
    void showsWhatIsStored() throws SaveException {
        ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Ana Lima", "ana@example.com", null, null,
            null));
        ws.settings().put(DraftSettings.SECTION, new DraftSettings(300, false));
        new ProofreadPreferences(ws.settings()).addWord("Brontë");
        vm.load();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.name().text()).isEqualTo("Ana Lima");
        assertThat(vm.email().text()).isEqualTo("ana@example.com");
        assertThat(vm.linkedinLimit().text()).isEqualTo("300");
        assertThat(vm.threshold("lateWarningHours").text()).isEqualTo("24");
        assertThat(vm.dictionary()).containsExactly("Brontë");
        assertThat(vm.variantProperty().get()).isEqualTo(Variant.EN_US);
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
    }

    @Test
    void editsAreSavedAfterAPauseAndReadBackByEveryFeature() {
        vm.load();
        vm.name().textProperty().set("Ana Lima");
        vm.linkedinLimit().textProperty().set("250");
        vm.cardSizeProperty().set(CardSize.US_5X7);
        vm.variantProperty().set(Variant.EN_GB);
        vm.threshold("lateWarningHours").textProperty().set("12");
        vm.holidayInput().textProperty().set("2026-12-25");
        assertThat(vm.addHoliday()).isTrue();
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.PENDING);
        assertThat(ws.settings().get(ProfileSettings.SECTION).name()).isNull();

        pause();

        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(vm.saveStateProperty().get().at()).isEqualTo(Instant.parse("2026-11-20T14:02:00.800Z"));
        assertThat(ws.settings().get(ProfileSettings.SECTION).name()).isEqualTo("Ana Lima");
        assertThat(ws.settings().get(DraftSettings.SECTION).linkedinNoteLimit()).isEqualTo(250);
        assertThat(ws.settings().get(ExportSettings.SECTION).linkedinLimit()).isEqualTo(250);
        assertThat(ws.settings().get(EtiquetteSettings.SECTION).linkedinNoteLimit()).isEqualTo(250);
        assertThat(ws.settings().get(ExportSettings.SECTION).cardSize()).isEqualTo(CardSize.US_5X7);
        assertThat(ws.settings().get(ProofreadSettings.SECTION).variant()).isEqualTo(Variant.EN_GB);
        assertThat(ws.settings().get(EtiquetteSettings.SECTION).lateWarningHours()).isEqualTo(12);
        assertThat(ws.settings().get(ScheduleSettings.SECTION).holidays()).containsExactly(LocalDate.of(2026, 12, 25));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        email            | ana at example         | doesn’t look like an email address
        phone            | call me                | doesn’t look like a phone number
        linkedin         | facebook.com/ana       | isn’t a LinkedIn address
        linkedinLimit    | 500                    | from 50 to 300
        linkedinLimit    | lots                   | from 50 to 300
        lateWarningHours | 0                      | from 1 to 336
        """)
    void aBadValueShowsWhatToDoUnderItsFieldAndIsNotSaved(String field, String value, String message)
        throws SaveException {
        ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Ana", "ana@example.com", null, null, null));
        vm.load();
        var f = switch (field) {
            case "email" -> vm.email();
            case "phone" -> vm.phone();
            case "linkedin" -> vm.linkedin();
            case "linkedinLimit" -> vm.linkedinLimit();
            default -> vm.threshold(field);
        };
        f.textProperty().set(value);
        assertThat(f.check()).isFalse();
        assertThat(f.error()).contains(message);
        assertThat(vm.problems()).containsExactly(f);
        pause();
        assertThat(ws.settings().get(ProfileSettings.SECTION).email()).isEqualTo("ana@example.com");
        assertThat(ws.settings().get(DraftSettings.SECTION).linkedinNoteLimit()).isEqualTo(200);
        assertThat(ws.settings().get(EtiquetteSettings.SECTION).lateWarningHours()).isEqualTo(24);
    }

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Kind regards,              | Kind regards,",
        "'  Warm regards,  '        | Warm regards,",
        "Cheers                     | Cheers",
        "Με εκτίμηση,               | Με εκτίμηση,",
        "''                         | ",
        "'   '                      | "})
    void theSignOffIsSavedAsTypedAndEmptyLeavesItToTheTemplate(String typed, String stored) {
        vm.load();
        vm.name().textProperty().set("ana lima");
        vm.signOff().textProperty().set(typed);
        pause();
        ProfileSettings p = ws.settings().get(ProfileSettings.SECTION);
        assertThat(p.signOff()).isEqualTo(stored);
        assertThat(p.name()).as("a lower-case name is the person's choice").isEqualTo("ana lima");
    }

    @Test
    void theUsualSignOffsAreOffered() {
        assertThat(vm.signOffChoices()).startsWith("Best regards,", "Kind regards,", "Warm regards,");
    }

    @Test
    void aSignOffTooLongToBeAClosingLineNamesTheFieldAndKeepsTheLastGoodOne() throws SaveException {
        ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Ana Lima", null, null, null, null,
            "Best regards,"));
        vm.load();
        String speech = "With my warmest and most sincere regards, and thanks again for a lovely afternoon,";
        vm.signOff().textProperty().set(speech);
        assertThat(vm.signOff().check()).isFalse();
        assertThat(vm.signOff().error()).startsWith("The sign-off is " + speech.length() + " characters long")
            .contains("up to 60");
        assertThat(vm.problems()).containsExactly(vm.signOff());
        pause();
        assertThat(ws.settings().get(ProfileSettings.SECTION).signOff()).isEqualTo("Best regards,");
    }

    @Test
    void aNameTooLongSaysItIsYourName() {
        vm.load();
        vm.name().textProperty().set("A".repeat(201));
        assertThat(vm.name().check()).isFalse();
        assertThat(vm.name().error()).startsWith("Your name is longer than 200 characters");
    }

    @Test
    void thresholdsOutOfOrderNameTheOneTheyDependOn() {
        vm.load();
        vm.threshold("lateErrorHours").textProperty().set("10");
        assertThat(vm.threshold("lateErrorHours").check()).isFalse();
        assertThat(vm.threshold("lateErrorHours").error()).contains("24").contains("late after");
        vm.threshold("thankYouMaxWords").textProperty().set("100");
        assertThat(vm.threshold("thankYouMaxWords").check()).isFalse();
        pause();
        assertThat(ws.settings().get(EtiquetteSettings.SECTION).lateErrorHours()).isEqualTo(48);
        vm.threshold("lateErrorHours").textProperty().set("30");
        vm.threshold("thankYouMaxWords").textProperty().set("300");
        pause();
        assertThat(ws.settings().get(EtiquetteSettings.SECTION).lateErrorHours()).isEqualTo(30);
        assertThat(ws.settings().get(EtiquetteSettings.SECTION).thankYouMaxWords()).isEqualTo(300);
    }

    @Test
    void aRemovedWordCanBeBroughtBackAndAWordAddedElsewhereIsKept() throws SaveException {
        ProofreadPreferences prefs = new ProofreadPreferences(ws.settings());
        prefs.addWord("Brontë");
        prefs.addWord("Okafor");
        prefs.ignoreRule("EN_QUOTES");
        vm.load();

        vm.removeWord("Brontë");
        assertThat(vm.dictionary()).containsExactly("Okafor");
        assertThat(vm.undoTextProperty().get()).contains("Brontë");
        pause();
        assertThat(prefs.current().dictionary()).containsExactly("Okafor");

        prefs.addWord("Siobhán");
        assertThat(vm.undo()).isTrue();
        assertThat(vm.dictionary()).containsExactly("Brontë", "Okafor");
        assertThat(vm.undoTextProperty().get()).isNull();
        pause();
        assertThat(prefs.current().dictionary()).containsExactly("Brontë", "Okafor", "Siobhán");

        vm.restoreRule("EN_QUOTES");
        pause();
        assertThat(prefs.current().ignoredRules()).isEmpty();
        assertThat(vm.undo()).isTrue();
        pause();
        assertThat(prefs.current().ignoredRules()).containsExactly("EN_QUOTES");
    }

    @Test
    void holidaysRejectWhatIsNotADateAndRemoveWithUndo() {
        vm.load();
        vm.holidayInput().textProperty().set("25/12");
        assertThat(vm.addHoliday()).isFalse();
        assertThat(vm.holidayInput().error()).contains("year-month-day");
        vm.holidayInput().textProperty().set("2026-12-25");
        assertThat(vm.addHoliday()).isTrue();
        vm.holidayInput().textProperty().set("2026-01-01");
        assertThat(vm.addHoliday()).isTrue();
        assertThat(vm.holidays()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
        vm.removeHoliday(LocalDate.of(2026, 1, 1));
        pause();
        assertThat(ws.settings().get(ScheduleSettings.SECTION).holidays()).containsExactly(LocalDate.of(2026, 12,
            25));
        vm.undo();
        pause();
        assertThat(ws.settings().get(ScheduleSettings.SECTION).holidays()).hasSize(2);
    }

    @Test
    void aFullDiskShowsWhyKeepsTheEditAndSavesOnRetry() {
        vm.load();
        disk.full = true;
        vm.name().textProperty().set("Ana Lima");
        pause();
        SaveState failed = vm.saveStateProperty().get();
        assertThat(failed.kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(failed.reason()).isEqualTo(SaveException.Reason.DISK_FULL);
        assertThat(vm.name().text()).isEqualTo("Ana Lima");
        disk.full = false;
        vm.save();
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(ws.settings().get(ProfileSettings.SECTION).name()).isEqualTo("Ana Lima");
    }

    @Test
    void theThemeChangesAtOnce() {
        vm.themeProperty().set(ThemeChoice.DARK);
        assertThat(theme.get()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void loadingDoesNotOverwriteEditsWaitingToBeSaved() {
        vm.load();
        vm.name().textProperty().set("Typed");
        vm.load();
        assertThat(vm.name().text()).isEqualTo("Typed");
        runner.advance(Duration.ofSeconds(2));
        assertThat(ws.settings().get(ProfileSettings.SECTION).name()).isEqualTo("Typed");
    }
}
