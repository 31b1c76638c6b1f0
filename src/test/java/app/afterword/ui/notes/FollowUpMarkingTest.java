// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.schedule.EventType;
import app.afterword.core.schedule.ProgressEvent;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.Timeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marking a panel's follow-up notes as sent, after the agenda opened the wizard for one step of the plan. */
class FollowUpMarkingTest {

    @TempDir
    Path dir;
    NotesFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new NotesFixture(dir);
        f.book.markSent(NotesFixture.SAMPLE, Step.THANK_YOU, null, null);
        f.note.restore("follow-up-email");
        f.review.refresh();
        assertThat(f.review.tabs()).hasSize(3);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private List<Step> sentSteps() {
        return f.book.of(Timeline.idOf(NotesFixture.SAMPLE)).ofType(EventType.SENT).stream()
            .filter(e -> e.step() != Step.THANK_YOU).map(ProgressEvent::step).toList();
    }

    private void markEveryTab() {
        for (int i = 0; i < f.review.tabs().size(); i++) {
            f.review.selectedProperty().set(i);
            f.send.markSent();
        }
    }

    @Test
    void everyNoteOfAPlannedFollowUpCountsForThatStep() {
        f.send.planStep(Step.FOLLOW_UP_1);
        markEveryTab();
        assertThat(sentSteps()).containsExactly(Step.FOLLOW_UP_1, Step.FOLLOW_UP_1, Step.FOLLOW_UP_1);
        assertThat(f.send.outcomeProperty().get()).startsWith("First follow-up: recorded as sent");
    }

    @Test
    void withoutAPlannedStepTheNextNoteCountsAsTheNextFollowUp() {
        markEveryTab();
        assertThat(sentSteps()).startsWith(Step.FOLLOW_UP_1, Step.FOLLOW_UP_2);
    }
}
