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

/**
 * Marking a follow-up as sent, after the agenda opened the wizard for one step of the plan. A follow-up goes to the
 * one contact, not to each panel member, so there is one note to mark.
 */
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
        assertThat(f.review.tabs()).singleElement().extracting(NoteTab::name).isEqualTo("María José Ortega");
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private List<Step> sentSteps() {
        return f.book.of(Timeline.idOf(NotesFixture.SAMPLE)).ofType(EventType.SENT).stream()
            .filter(e -> e.step() != Step.THANK_YOU).map(ProgressEvent::step).toList();
    }

    @Test
    void theFollowUpToTheContactCountsForThePlannedStep() {
        f.send.planStep(Step.FOLLOW_UP_1);
        f.send.markSent();
        assertThat(sentSteps()).containsExactly(Step.FOLLOW_UP_1);
        assertThat(f.send.outcomeProperty().get()).startsWith("First follow-up: recorded as sent");
    }

    @Test
    void withoutAPlannedStepTheNextNoteCountsAsTheNextFollowUp() {
        f.send.markSent();
        f.send.markSent();
        assertThat(sentSteps()).containsExactly(Step.FOLLOW_UP_1, Step.FOLLOW_UP_2);
    }
}
