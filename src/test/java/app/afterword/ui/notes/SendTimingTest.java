// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.NoteKind;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Rule;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.SaveStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note, review and send steps say when a note goes out in one wording, from one moment the timeline gives; a
 * note marked as sent says when it went out and is no longer judged on its timing; and the header's "Saved" follows
 * the history written by "Mark as sent". The sample panel ended Tuesday 24 November, 11:30 in Chicago; it is 14:00.
 */
class SendTimingTest {

    private static final Set<Rule> TIMING = Set.of(Rule.T1, Rule.T2, Rule.T3, Rule.T4);

    @TempDir
    Path dir;
    NotesFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new NotesFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
        assertThat(f.unexpected).isEmpty();
    }

    private static List<Rule> timingRules(NoteTab tab) {
        return tab.findings().stream().map(Finding::rule).filter(TIMING::contains).toList();
    }

    @Test
    void theNoteReviewAndSendStepsNameOneSendByTimeInOneWording() {
        String line = "Send by Wed 25 Nov, 09:00 (America/Chicago): 19 hours left.";
        assertThat(f.note.kindProperty().get()).isEqualTo(NoteKind.THANK_YOU);
        assertThat(f.note.timingProperty().get()).isEqualTo(line);
        assertThat(f.note.describe(NoteKind.THANK_YOU)).as("the kind's help names no deadline of its own")
            .doesNotContain("day").doesNotContain("hour");

        f.review.refresh();
        for (int i = 0; i < f.review.tabs().size(); i++) {
            f.review.selectedProperty().set(i);
            assertThat(f.review.sendWindowProperty().get()).isEqualTo(line);
        }
        assertThat(f.review.sendWindowWhyProperty().get()).contains("before 09:00")
            .doesNotContain("at the latest");

        f.send.refresh();
        assertThat(f.send.timelineProperty().get()).startsWith("Next: Thank-you notes. " + line);
    }

    @Test
    void beforeTheWindowOpensAndAfterItClosesTheStepsStillAgree() {
        f.runner.advance(Duration.ofHours(-2).plusMinutes(-30));
        f.note.refreshPreview();
        f.review.refresh();
        f.send.refresh();
        String early = "Send by Wed 25 Nov, 09:00 (America/Chicago), not before Tue 24 Nov, 12:30.";
        assertThat(List.of(f.note.timingProperty().get(), f.review.sendWindowProperty().get()))
            .containsOnly(early);
        assertThat(f.send.timelineProperty().get()).contains(early);


        f.runner.advance(Duration.ofHours(22));
        f.note.refreshPreview();
        f.review.refresh();
        f.send.refresh();
        String late = "Overdue: it was best sent by Wed 25 Nov, 09:00 (America/Chicago). Send it as soon as you can, "
            + "in their business hours.";
        assertThat(List.of(f.note.timingProperty().get(), f.review.sendWindowProperty().get()))
            .containsOnly(late);
        assertThat(f.send.timelineProperty().get()).contains(late);
    }

    @Test
    void aWindowThatOpensOnTheMorningItClosesNamesTheTimeOnly() {
        f.interview.set(NotesFixture.SAMPLE.toBuilder()
            .start(java.time.OffsetDateTime.parse("2026-11-24T16:00:00-06:00"))
            .end(java.time.OffsetDateTime.parse("2026-11-24T17:30:00-06:00")).build());
        f.runner.advance(Duration.ofHours(4).plusMinutes(30));
        f.review.refresh();
        assertThat(f.review.sendWindowProperty().get())
            .isEqualTo("Send by Wed 25 Nov, 09:00 (America/Chicago), not before 08:00.");
        assertThat(f.note.timingProperty().get()).isEqualTo(f.review.sendWindowProperty().get());
    }

    @Test
    void aNoteMarkedAsSentShowsWhenItWentOutAndRaisesNoTimingFinding() {
        // Wednesday 16:00 in Chicago: 28 and a half hours after the interview, past the 24-hour mark
        f.runner.advance(Duration.ofHours(26));
        f.review.refresh();
        NoteTab maria = f.review.tabs().get(0);
        assertThat(timingRules(maria)).containsExactly(Rule.T1);

        f.review.selectedProperty().set(0);
        f.send.markSent();
        assertThat(f.send.outcomeProperty().get()).startsWith("Thank-you notes: recorded as sent to María José");

        f.review.refresh();
        maria = f.review.tabs().get(0);
        f.review.selectedProperty().set(0);
        assertThat(f.review.sendWindowProperty().get()).isEqualTo("Sent Wed 25 Nov 16:00.");
        assertThat(f.review.sendWindowWhyProperty().get()).isEmpty();
        assertThat(timingRules(maria)).as("a sent note is not judged on when it goes out").isEmpty();

        NoteTab daniel = f.review.tabs().get(1);
        f.review.selectedProperty().set(1);
        assertThat(f.review.sendWindowProperty().get()).startsWith("Overdue: it was best sent by Wed 25 Nov, 09:00");
        assertThat(timingRules(daniel)).containsExactly(Rule.T1);
    }

    @Test
    void theHeadersSavedTimeFollowsTheHistoryWrittenByMarkAsSent() {
        SaveStatus saves = new SaveStatus(f.messages, NotesFixture.USER_ZONE);
        javafx.beans.property.SimpleObjectProperty<SaveState> wizard = new javafx.beans.property
            .SimpleObjectProperty<>(SaveState.saved(NotesFixture.NOW));
        saves.track(wizard, () -> { });
        // as the app wires it: every record written moves "Saved" on
        f.workspace.onRecordWritten(() -> saves.written(f.runner.clock().instant()));
        assertThat(saves.textProperty().get()).isEqualTo("Saved 14:00");

        f.runner.advance(Duration.ofMinutes(3));
        f.review.refresh();
        f.send.markSent();
        assertThat(saves.stateProperty().get().at()).isEqualTo(Instant.parse("2026-11-24T20:03:00Z"));
        assertThat(saves.textProperty().get()).isEqualTo("Saved 14:03");
    }
}
