// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.schedule.Timeline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewStepViewModelTest {

    private static final String SHORT = "Dear María José,\n\nThanks for the chat.\n\nBest,\nSam";

    @TempDir
    Path dir;
    NotesFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new NotesFixture(dir);
        f.review.refresh();
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void oneTabPerRecipientWithItsOwnDraftAndFindings() {
        assertThat(f.review.tabs()).extracting(NoteTab::name)
            .containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        assertThat(f.review.tabs()).extracting(t -> t.bodyProperty().get()).doesNotHaveDuplicates()
            .allMatch(b -> !b.isBlank());
        for (NoteTab t : f.review.tabs()) {
            assertThat(t.summaryProperty().get()).isNotBlank();
            assertThat(t.checkingProperty().get()).isFalse();
            assertThat(t.countsProperty().get()).matches("\\d+ words · aim for 100 to 250");
        }
        assertThat(f.review.isValid()).isTrue();
        assertThat(f.review.validate()).isEmpty();
    }

    @Test
    void anEditIsCheckedAgainAfterAPauseInTyping() {
        NoteTab tab = f.review.tabs().get(0);
        assertThat(tab.findings()).extracting(Finding::rule).doesNotContain(Rule.L1);
        tab.bodyProperty().set(SHORT);
        assertThat(tab.checkingProperty().get()).isTrue();
        assertThat(tab.findings()).as("not while typing").extracting(Finding::rule).doesNotContain(Rule.L1);
        assertThat(tab.countsProperty().get()).as("counts follow at once").startsWith("7 words");
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE);
        assertThat(tab.findings()).extracting(Finding::rule).contains(Rule.L1);
        assertThat(tab.findings()).allMatch(x -> !x.why().isBlank() && !x.suggestion().isBlank());
        assertThat(tab.checkingProperty().get()).isFalse();
    }

    @Test
    void onlyTheLatestCheckOfANoteIsShown() {
        NoteTab tab = f.review.tabs().get(0);
        String drafted = tab.bodyProperty().get();
        f.runner.hold(true);
        tab.bodyProperty().set(SHORT);
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE);
        tab.bodyProperty().set(drafted);
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE);
        f.runner.hold(false);
        f.runner.runHeld();
        assertThat(tab.findings()).as("the short text's findings arrived late and were dropped")
            .extracting(Finding::rule).doesNotContain(Rule.L1);
    }

    @Test
    void typingOnPostponesTheCheck() {
        NoteTab tab = f.review.tabs().get(0);
        tab.bodyProperty().set(SHORT);
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE.minusMillis(100));
        tab.bodyProperty().set(SHORT + " ");
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE.minusMillis(100));
        assertThat(tab.findings()).extracting(Finding::rule).doesNotContain(Rule.L1);
        f.runner.advance(Duration.ofMillis(100));
        assertThat(tab.findings()).extracting(Finding::rule).contains(Rule.L1);
    }

    @Test
    void editsAreSavedAfterAPauseAndComeBackAfterARestart() {
        NoteTab tab = f.review.tabs().get(1);
        tab.bodyProperty().set(tab.bodyProperty().get() + "\n\nP.S. I enjoyed the tour.");
        assertThat(f.edits.saves).isZero();
        f.runner.advance(ReviewStepViewModel.SAVE_PAUSE);
        String id = Timeline.idOf(NotesFixture.SAMPLE);
        assertThat(f.edits.saved.get(id).notes()).containsOnlyKeys("Daniel O'Brien");

        f.build();
        f.review.refresh();
        assertThat(f.review.tabs().get(1).bodyProperty().get()).endsWith("I enjoyed the tour.");
        assertThat(f.review.tabs().get(0).edited()).isFalse();
    }

    @Test
    void editsBelongToTheirTemplateAndDraftAgainDropsThem() {
        NoteTab tab = f.review.tabs().get(0);
        tab.bodyProperty().set(SHORT);
        f.review.flush();
        f.note.toneProperty().set(app.afterword.core.draft.Tone.FORMAL);
        f.review.refresh();
        assertThat(f.review.tabs().get(0).bodyProperty().get()).as("another template starts fresh")
            .isNotEqualTo(SHORT);
        f.note.toneProperty().set(app.afterword.core.draft.Tone.WARM);
        f.review.refresh();
        NoteTab back = f.review.tabs().get(0);
        assertThat(back.bodyProperty().get()).isEqualTo(SHORT);
        f.review.redraft(back);
        assertThat(back.edited()).isFalse();
    }

    @Test
    void linkedInNotesCountCharactersAgainstTheLimit() {
        f.note.mediumProperty().set(Medium.LINKEDIN_NOTE);
        f.review.refresh();
        NoteTab tab = f.review.tabs().get(0);
        assertThat(tab.countsProperty().get()).matches("\\d+ of 200 characters");
        tab.bodyProperty().set("x".repeat(201));
        assertThat(tab.countsProperty().get()).isEqualTo("201 of 200 characters");
        assertThat(tab.overLimitProperty().get()).isTrue();
    }

    @Test
    void theSendWindowSaysHowMuchTimeIsLeft() {
        assertThat(f.review.sendWindowProperty().get()).startsWith("Send by").contains("America/Chicago")
            .contains("left");
        assertThat(f.review.sendWindowWhyProperty().get()).isNotBlank();
    }

    @Test
    void proofreadingSaysItIsStartingUntilTheProofreaderReports() {
        assertThat(f.review.proofreadStatusProperty().get()).startsWith("Proofreading is starting");
        f.review.showProofreadStatus("No spelling issues.");
        assertThat(f.review.proofreadStatusProperty().get()).isEqualTo("No spelling issues.");
    }

    @Test
    void withoutAnInterviewNextSaysWhyAndStays() {
        f.interview.set(null);
        f.review.refresh();
        assertThat(f.review.tabs()).isEmpty();
        assertThat(f.review.validate()).containsExactly(f.review.notesField());
        assertThat(f.review.notesField().error()).contains("first three steps");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "hyphens, numbers, a dash|Dear María José,\\n\\nThank you for the well-known e-mail follow-up — it grew our "
            + "sign-ups 5% in Q3.\\n\\nBest regards,\\nSam Okafor\\nsam.okafor@example.com\\n|17",
        "addresses, apostrophes, em dash|Dear María José,\\n\\nI read https://brightline.example/careers/design and "
            + "wrote to daniel.obrien@brightline.example—it's O’Brien's call.\\n\\nBest,\\nSam|13",
        "accents and other scripts|Dear María José,\\n\\nSpasibo: Спасибо Дмитрий, 東京 was re\u0301sume\u0301-worthy!"
            + "\\n\\nWarm regards,\\nSam|9"})
    void theWordCountUnderTheEditorAgreesWithTheLengthRule(String name, String note, int words) {
        NoteTab tab = f.review.tabs().get(0);
        tab.bodyProperty().set(note.replace("\\n", "\n"));
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE);
        Matcher shown = Pattern.compile("^(\\d+) words").matcher(tab.countsProperty().get());
        assertThat(shown.find()).as(tab.countsProperty().get()).isTrue();
        Finding l1 = tab.findings().stream().filter(x -> x.rule() == Rule.L1).findFirst().orElseThrow();
        Matcher ruled = Pattern.compile("The note has (\\d+) words").matcher(l1.message());
        assertThat(ruled.find()).as(l1.message()).isTrue();
        assertThat(Integer.parseInt(shown.group(1))).isEqualTo(Integer.parseInt(ruled.group(1))).isEqualTo(words);
    }
}
