// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note step's line on who the note goes to, and changing the contact and who is copied. */
class AudienceViewModelTest {

    @TempDir
    Path dir;
    NotesFixture f;
    AudienceViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new NotesFixture(dir);
        vm = f.note.audience();
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    /** The sample panel with Priya (not María) as hiring manager and a coordinator without an address. */
    private static Interview withParts() {
        List<Interviewer> people = new ArrayList<>(NotesFixture.SAMPLE.interviewers());
        people.set(0, people.get(0).withPart(Part.INTERVIEWER));
        people.set(2, people.get(2).withPart(Part.HIRING_MANAGER));
        people.add(new Interviewer("Tomás Ibáñez", "Talent Partner", null, null, List.of(), null, null,
            Part.RECRUITER, Map.of()));
        return NotesFixture.SAMPLE.toBuilder().interviewers(people).build();
    }

    @Test
    void aThankYouIsOneNoteToEachInterviewer() {
        assertThat(vm.lineProperty().get()).isEqualTo("One note to each of the 3 interviewers");
        assertThat(vm.onePersonProperty().get()).isFalse();
        f.interview.set(withParts());
        assertThat(vm.lineProperty().get()).as("the recruiter is not thanked as a panel member")
            .isEqualTo("One note to each of the 3 interviewers");
        assertThat(f.note.recipients()).containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
    }

    @Test
    void aFollowUpGoesToTheHiringManagerAndThePreviewShowsTheirNote() {
        f.interview.set(withParts());
        f.note.kindProperty().set(NoteKind.FOLLOW_UP);
        assertThat(vm.lineProperty().get()).isEqualTo("Goes to Priya Raman-Iyer, hiring manager");
        assertThat(vm.onePersonProperty().get()).isTrue();
        assertThat(f.note.recipients()).containsExactly("Priya Raman-Iyer");
        assertThat(f.note.previewBodyProperty().get()).startsWith("Dear Priya,");
        f.review.refresh();
        assertThat(f.review.tabs()).extracting(NoteTab::name).containsExactly("Priya Raman-Iyer");
    }

    @Test
    void changingTheContactIsKeptWithTheInterviewAndRedraftsForThem() {
        f.interview.set(withParts());
        f.note.kindProperty().set(NoteKind.CLOSE_LOOP);
        assertThat(vm.people()).contains("Daniel O'Brien", "Tomás Ibáñez");

        vm.contactProperty().set("Daniel O'Brien");

        assertThat(f.interview.get().contact()).isEqualTo("Daniel O'Brien");
        assertThat(vm.lineProperty().get()).isEqualTo("Goes to Daniel O'Brien, interviewer");
        assertThat(vm.label("Tomás Ibáñez")).isEqualTo("Tomás Ibáñez, recruiter");
        assertThat(f.note.recipients()).containsExactly("Daniel O'Brien");
        assertThat(f.note.recipientProperty().get()).isEqualTo("Daniel O'Brien");
        assertThat(f.note.previewBodyProperty().get()).startsWith("Dear Daniel,");

        vm.contactProperty().set("Priya Raman-Iyer");
        assertThat(f.interview.get().contact()).as("back to the default: the hiring manager").isNull();
        assertThat(vm.lineProperty().get()).isEqualTo("Goes to Priya Raman-Iyer, hiring manager");
    }

    @Test
    void tickingOthersCopiesThemOnTheLineTheDraftAndTheEmlFile() throws Exception {
        f.interview.set(withParts());
        f.note.kindProperty().set(NoteKind.FOLLOW_UP);
        assertThat(vm.copies()).extracting(AudienceViewModel.Copy::name)
            .containsExactly("María José Ortega", "Daniel O'Brien", "Tomás Ibáñez");
        assertThat(vm.copies()).extracting(AudienceViewModel.Copy::reachable).containsExactly(true, true, false);
        AudienceViewModel.Copy daniel = vm.copies().get(1);

        daniel.chosen().set(true);
        vm.copies().get(0).chosen().set(true);

        assertThat(f.interview.get().cc()).containsExactly("María José Ortega", "Daniel O'Brien");
        assertThat(vm.copies().get(1)).as("the same box stays, so it keeps its focus").isSameAs(daniel);
        assertThat(vm.lineProperty().get()).isEqualTo("Goes to Priya Raman-Iyer, hiring manager · copying María "
            + "José Ortega and Daniel O'Brien");
        f.review.refresh();
        assertThat(f.review.tabs()).singleElement().satisfies(t -> assertThat(t.current().cc())
            .containsExactly("María José Ortega", "Daniel O'Brien"));

        f.dialogs.answer = dir.resolve("follow-up.eml");
        f.send.refresh();
        f.send.saveEml();
        String eml = Files.readString(f.dialogs.answer);
        assertThat(eml).contains("\r\nCc: ").contains("mj.ortega@brightline.example")
            .contains("daniel.obrien@brightline.example");

        daniel.chosen().set(false);
        assertThat(f.interview.get().cc()).containsExactly("María José Ortega");
        assertThat(vm.lineProperty().get()).endsWith("· copying María José Ortega");

        f.note.mediumProperty().set(Medium.LINKEDIN_MESSAGE);
        assertThat(vm.copyingProperty().get()).as("a LinkedIn message has no copies").isFalse();
        assertThat(vm.lineProperty().get()).isEqualTo("Goes to Priya Raman-Iyer, hiring manager");
    }

    @Test
    void aThankYouNeverOffersToCopyOthers() {
        f.interview.set(withParts().withContact(null, List.of("Daniel O'Brien")));
        assertThat(vm.onePersonProperty().get()).isFalse();
        f.review.refresh();
        assertThat(f.review.tabs()).allSatisfy(t -> assertThat(t.current().cc()).isEmpty());
    }

    @Test
    void withoutAValidInterviewThereIsNoLine() {
        f.interview.set(null);
        assertThat(vm.lineProperty().get()).isEmpty();
        assertThat(vm.receivers()).isEmpty();
        assertThat(vm.copies()).isEmpty();
    }
}
