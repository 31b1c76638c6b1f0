// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.coach;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.etiquette.Span;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.export.CoachHandout;
import app.afterword.core.export.FontFile;
import app.afterword.core.store.Json;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoachViewModelTest {

    private static final Json JSON = new Json();

    @TempDir
    Path dir;

    private final List<Throwable> unhandled = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner(Instant.parse("2026-11-27T09:00:00Z"),
        ZoneOffset.UTC, unhandled::add);
    private final AtomicInteger libraryLoads = new AtomicInteger();
    private final List<String> dialogs = new ArrayList<>();
    private Optional<Path> answer = Optional.empty();
    private CoachViewModel vm;

    @BeforeEach
    void setUp() {
        vm = viewModel(() -> {
            libraryLoads.incrementAndGet();
            return ScenarioLibrary.bundled(JSON);
        });
    }

    private CoachViewModel viewModel(java.util.function.Supplier<ScenarioLibrary> library) {
        return new CoachViewModel(new Messages(), runner, new CoachViewModel.Services(library,
            () -> new EtiquetteChecker(EtiquetteSettings.DEFAULTS, PhraseBook.bundled(JSON)),
            () -> new CoachHandout(FontFile.bundled()), CoachHandout.Paper.A4,
            (title, fileName, description, extension) -> {
                dialogs.add(fileName);
                return answer;
            }, Files::write));
    }

    static Stream<Integer> scenarioIndexes() {
        return IntStream.range(0, ScenarioLibrary.bundled(JSON).all().size()).boxed();
    }

    @Test
    void nothingLoadsUntilTheScreenIsShownAndThenOnlyOnce() {
        assertThat(libraryLoads).hasValue(0);
        assertThat(vm.scenarios()).isEmpty();

        vm.load();
        vm.load();

        assertThat(libraryLoads).hasValue(1);
        assertThat(vm.scenarios()).extracting(Scenario::id).startsWith("panel-of-three", "friday-afternoon");
        assertThat(vm.selectedIndexProperty().get()).isZero();
        assertThat(vm.positionProperty().get()).isEqualTo("Scenario 1 of " + vm.scenarios().size());
        assertThat(unhandled).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("scenarioIndexes")
    void everyScenarioShowsFindingsOnTheWeakNoteAndNoErrorsOnTheStrongOne(int index) {
        vm.load();
        vm.select(index);
        Scenario s = vm.selectedProperty().get();

        assertThat(vm.weak().textProperty().get()).isEqualTo(s.weak().text());
        assertThat(vm.strong().textProperty().get()).isEqualTo(s.strong().text());
        assertThat(vm.weak().checkingProperty().get()).isFalse();
        assertThat(vm.weak().marks()).isNotEmpty();
        assertThat(vm.weak().countProperty().get()).isEqualTo(vm.weak().marks().size() == 1 ? "1 problem"
            : vm.weak().marks().size() + " problems");
        assertThat(vm.strong().marks()).noneMatch(mk -> mk.finding().severity() == Severity.ERROR);
        if (vm.strong().marks().isEmpty()) {
            assertThat(vm.strong().countProperty().get()).isEqualTo("No problems");
        }
        assertThat(vm.weak().marks()).extracting(mk -> mk.finding().rule()).containsAnyElementsOf(s.teaches());
    }

    @ParameterizedTest
    @MethodSource("scenarioIndexes")
    void everyHighlightLiesInsideTheTextItPointsInto(int index) {
        vm.load();
        vm.select(index);

        for (CoachNote note : List.of(vm.weak(), vm.strong())) {
            for (Mark mk : note.marks()) {
                Span span = mk.finding().span();
                if (span == null) {
                    assertThat(mk.part()).isNull();
                    continue;
                }
                String text = span.part() == Span.Part.SUBJECT ? note.subjectProperty().get()
                    : note.textProperty().get();
                assertThat(mk.part()).isEqualTo(span.part());
                assertThat(mk.start()).isEqualTo(span.start()).isGreaterThanOrEqualTo(0);
                assertThat(mk.end()).isEqualTo(span.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(mk.start(), mk.end())).isNotBlank();
            }
        }
    }

    @Test
    void aFindingWithoutAPassageIsListedButNotHighlighted() {
        vm.load();
        Mark wholeNote = vm.weak().marks().stream().filter(mk -> mk.finding().span() == null).findFirst()
            .orElseThrow();

        assertThat(wholeNote.inBody()).isFalse();
        assertThat(wholeNote.inSubject()).isFalse();
        assertThat(wholeNote.covers(0)).isFalse();
    }

    @Test
    void clickingAHighlightSelectsItsFindingAndShowsTheWhy() {
        vm.load();
        vm.select(1);
        Mark emoji = vm.weak().marks().stream().filter(mk -> mk.finding().ruleId().equals("N1") && mk.inBody())
            .findFirst().orElseThrow();

        vm.selectAt(CoachNote.Side.WEAK, emoji.start());

        assertThat(vm.selectedMarkProperty().get()).isEqualTo(emoji);
        assertThat(vm.whyProperty().get()).isEqualTo(emoji.finding().why()).isNotBlank();
        assertThat(vm.suggestionProperty().get()).isEqualTo(emoji.finding().suggestion());
    }

    @Test
    void clickingWhereOverlappingHighlightsMeetPicksTheNarrowest() {
        vm.load();
        vm.select(1);
        Mark narrow = vm.weak().marks().stream().filter(mk -> mk.finding().ruleId().equals("N1") && mk.inBody()
            && vm.weak().textProperty().get().substring(mk.start(), mk.end()).equals("TGIF")).findFirst()
            .orElseThrow();

        vm.selectAt(CoachNote.Side.WEAK, narrow.start() + 1);

        assertThat(vm.selectedMarkProperty().get()).isEqualTo(narrow);
    }

    @Test
    void clickingPlainTextClearsTheSelectionAndTheWhy() {
        vm.load();
        vm.selectFinding(vm.weak().marks().get(0));

        vm.selectAt(CoachNote.Side.STRONG, 5);

        assertThat(vm.selectedMarkProperty().get()).isNull();
        assertThat(vm.whyProperty().get()).isEmpty();
    }

    @Test
    void arrowsWalkTheWeakNotesFindingsThenTheStrongOnesAndStopAtTheEnds() {
        vm.load();
        List<Mark> all = vm.allMarks();

        vm.nextFinding();
        assertThat(vm.selectedMarkProperty().get()).isEqualTo(all.get(0));
        vm.previousFinding();
        assertThat(vm.selectedMarkProperty().get()).isEqualTo(all.get(0));
        for (int i = 0; i < all.size() + 3; i++) {
            vm.nextFinding();
        }
        assertThat(vm.selectedMarkProperty().get()).isEqualTo(all.get(all.size() - 1));
    }

    @Test
    void pagingBetweenScenariosChecksTheNewOneAndForgetsTheSelection() {
        vm.load();
        vm.nextFinding();

        vm.nextScenario();

        assertThat(vm.selectedIndexProperty().get()).isEqualTo(1);
        assertThat(vm.selectedMarkProperty().get()).isNull();
        assertThat(vm.weak().textProperty().get()).isEqualTo(vm.scenarios().get(1).weak().text());
        vm.previousScenario();
        vm.previousScenario();
        assertThat(vm.selectedIndexProperty().get()).isZero();
        for (int i = 0; i < 20; i++) {
            vm.nextScenario();
        }
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(vm.scenarios().size() - 1);
    }

    @Test
    void aResultForAScenarioLeftBehindIsDropped() {
        vm.load();
        runner.hold(true);
        vm.select(2);
        vm.select(3);
        runner.runHeld();
        runner.hold(false);

        assertThat(vm.selectedIndexProperty().get()).isEqualTo(3);
        assertThat(vm.weak().textProperty().get()).isEqualTo(vm.scenarios().get(3).weak().text());
        assertThat(vm.weak().marks()).allSatisfy(mk -> assertThat(mk.end())
            .isLessThanOrEqualTo(Math.max(vm.weak().textProperty().get().length(),
                vm.weak().subjectProperty().get() == null ? 0 : vm.weak().subjectProperty().get().length())));
        assertThat(vm.weak().marks()).extracting(mk -> mk.finding().rule())
            .containsAnyElementsOf(vm.scenarios().get(3).teaches());
    }

    @Test
    void presentationModeTogglesAndItsTypeScaleStaysInBounds() {
        assertThat(vm.presentationProperty().get()).isFalse();
        vm.togglePresentation();
        assertThat(vm.presentationProperty().get()).isTrue();
        assertThat(vm.fontScaleProperty().get()).isEqualTo(CoachViewModel.PRESENT_SCALE);

        vm.zoomIn();
        assertThat(vm.fontScaleProperty().get()).isEqualTo(1.8);
        for (int i = 0; i < 30; i++) {
            vm.zoomIn();
        }
        assertThat(vm.fontScaleProperty().get()).isEqualTo(CoachViewModel.MAX_SCALE);
        for (int i = 0; i < 30; i++) {
            vm.zoomOut();
        }
        assertThat(vm.fontScaleProperty().get()).isEqualTo(CoachViewModel.MIN_SCALE);
        vm.togglePresentation();
        assertThat(vm.presentationProperty().get()).isFalse();
    }

    @Test
    void theHandoutIsWrittenWhereThePersonChose() throws Exception {
        vm.load();
        vm.select(6);
        Path file = dir.resolve("chosen.pdf");
        answer = Optional.of(file);

        vm.exportHandout();

        assertThat(dialogs).containsExactly("linkedin-connection.pdf");
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(vm.outcomeProperty().get()).isEqualTo("Saved the handout as " + file + ".");
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        vm.load();

        vm.exportHandout();

        assertThat(dialogs).hasSize(1);
        assertThat(vm.outcomeProperty().get()).isNull();
    }

    @Test
    void aHandoutThatCannotBeWrittenSaysSoWithoutAStackTrace() {
        vm.load();
        answer = Optional.of(dir.resolve("no-such-folder").resolve("h.pdf"));

        vm.exportHandout();

        assertThat(vm.outcomeProperty().get()).startsWith("The handout was not saved: ").doesNotContain("at app.");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aLibraryThatCannotBeReadIsReportedOnTheScreen() {
        CoachViewModel broken = viewModel(() -> {
            throw new IllegalStateException("index.txt is missing");
        });

        broken.load();

        assertThat(broken.problemProperty().get()).contains("could not be loaded");
        assertThat(broken.loadingProperty().get()).isFalse();
        assertThat(broken.scenarios()).isEmpty();
        broken.nextScenario();
        broken.nextFinding();
        broken.exportHandout();
        assertThat(dialogs).isEmpty();
    }
}
