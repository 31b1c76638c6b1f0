// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.Tone;
import app.afterword.core.interview.Interviewer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteStepViewModelTest {

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
    }

    @Test
    void startsWithAWarmThankYouEmailPreviewedForTheFirstInterviewer() {
        NoteStepViewModel vm = f.note;
        assertThat(vm.kindProperty().get()).isEqualTo(NoteKind.THANK_YOU);
        assertThat(vm.mediumProperty().get()).isEqualTo(Medium.EMAIL);
        assertThat(vm.templateProperty().get().tone()).isEqualTo(Tone.WARM);
        assertThat(vm.recipients()).containsExactlyElementsOf(
            NotesFixture.SAMPLE.interviewers().stream().map(Interviewer::name).toList());
        assertThat(vm.recipientProperty().get()).isEqualTo("María José Ortega");
        assertThat(vm.previewBodyProperty().get()).startsWith("Dear María,");
        assertThat(vm.previewSubjectProperty().get()).isNotBlank();
        assertThat(vm.previewProblemProperty().get()).isNull();
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void anItemTheNotesLeaveOutIsNamedWithWhyAndHowToWordIt() {
        assertThat(f.note.leftOutProperty().get()).isNull();
        f.interview.set(NotesFixture.SAMPLE.toBuilder().skills(List.of("I'm comfortable with SQL and dbt",
            "Led a team of 5 analysts through a Tableau-to-Looker migration.")).build());
        assertThat(f.note.leftOutProperty().get()).startsWith("Skill “I'm comfortable with SQL and dbt” reads as a "
            + "whole sentence, so notes leave it out").doesNotContain("Tableau");
        assertThat(f.note.previewBodyProperty().get()).doesNotContain("Led a team");
        f.interview.set(NotesFixture.SAMPLE);
        assertThat(f.note.leftOutProperty().get()).isNull();
    }

    @Test
    void withoutANameToSignWithTheStepSaysSoAndLeadsToIt() {
        assertThat(f.note.signatureWarningProperty().get()).isNull();
        f.signed.set(false);
        assertThat(f.note.signatureWarningProperty().get()).isEqualTo("Your notes are not signed: add your name");
        f.note.addName();
        assertThat(f.wentTo).containsExactly("name");
        f.signed.set(true);
        assertThat(f.note.signatureWarningProperty().get()).isNull();
    }

    @Test
    void everyChoiceOfferedHasANameAndAOneLineDescription() {
        NoteStepViewModel vm = f.note;
        assertThat(vm.kinds()).contains(NoteKind.THANK_YOU, NoteKind.FOLLOW_UP);
        for (NoteKind k : vm.kinds()) {
            vm.kindProperty().set(k);
            assertThat(vm.describe(k)).isNotBlank().doesNotContain("note.kind");
            assertThat(vm.name(k)).isNotBlank().doesNotContain("note.kind");
            assertThat(vm.media()).isNotEmpty();
            for (Medium m : vm.media()) {
                assertThat(vm.describe(m)).isNotBlank().doesNotContain("note.medium");
            }
            assertThat(vm.templates()).isNotEmpty().allMatch(t -> t.kind() == k);
            assertThat(vm.templateDescription()).isNotBlank();
        }
        for (Tone t : vm.tones()) {
            assertThat(vm.describe(t)).isNotBlank().doesNotContain("note.tone");
        }
    }

    @Test
    void theMediaFollowTheKindAndTheTemplateFollowsTheTone() {
        NoteStepViewModel vm = f.note;
        vm.mediumProperty().set(Medium.LINKEDIN_NOTE);
        assertThat(vm.templateProperty().get().medium()).isEqualTo(Medium.LINKEDIN_NOTE);
        vm.toneProperty().set(Tone.FORMAL);
        TemplateInfo formal = vm.templateProperty().get();
        assertThat(formal.drafts(NoteKind.THANK_YOU, Medium.LINKEDIN_NOTE)).isTrue();
        assertThat(vm.toneProperty().get()).as("the tone shown is the tone that drafts").isEqualTo(Tone.WARM);
        vm.mediumProperty().set(Medium.EMAIL);
        assertThat(vm.toneProperty().get()).as("back in a medium that has it, the tone asked for returns")
            .isEqualTo(Tone.FORMAL);
        vm.toneProperty().set(Tone.BRIEF);
        assertThat(vm.templateProperty().get().tone()).isEqualTo(Tone.BRIEF);
        TemplateInfo warm = vm.templates().stream().filter(t -> t.tone() == Tone.WARM).findFirst().orElseThrow();
        vm.templateProperty().set(warm);
        assertThat(vm.toneProperty().get()).as("choosing a template shows its tone").isEqualTo(Tone.WARM);
        assertThat(vm.request().templateId()).isEqualTo(warm.id());
    }

    @Test
    void aToneTheKindAndMediumDontComeInCantBeChosenAndTheStepSaysWhy() {
        NoteStepViewModel vm = f.note;
        vm.toneProperty().set(Tone.BRIEF);
        assertThat(vm.toneNoticeProperty().get()).isNull();
        assertThat(vm.tones()).allMatch(t -> vm.offeredProperty(t).get());

        vm.kindProperty().set(NoteKind.CLOSE_LOOP);
        vm.mediumProperty().set(Medium.LINKEDIN_MESSAGE);
        assertThat(vm.templateProperty().get().id()).isEqualTo("close-loop-linkedin-message");
        assertThat(vm.toneProperty().get()).as("not brief: there is no brief LinkedIn message").isEqualTo(Tone.WARM);
        assertThat(vm.offeredProperty(Tone.WARM).get()).isTrue();
        assertThat(vm.offeredProperty(Tone.FORMAL).get()).isFalse();
        assertThat(vm.offeredProperty(Tone.BRIEF).get()).isFalse();
        assertThat(vm.toneNoticeProperty().get()).isEqualTo("No formal or brief version for this kind of note in "
            + "this medium. LinkedIn messages are short and conversational, so they come in one voice; choose E-mail "
            + "for a formal or brief note.");

        vm.mediumProperty().set(Medium.EMAIL);
        assertThat(vm.templateProperty().get().tone()).as("the tone asked for, where there is one")
            .isEqualTo(Tone.BRIEF);
        assertThat(vm.toneNoticeProperty().get()).isNull();

        vm.kindProperty().set(NoteKind.REFERRAL_THANKS);
        vm.toneProperty().set(Tone.FORMAL);
        assertThat(vm.toneProperty().get()).isEqualTo(Tone.WARM);
        assertThat(vm.offeredProperty(Tone.FORMAL).get()).isFalse();
        assertThat(vm.toneNoticeProperty().get()).isEqualTo("No formal version for this kind of note in this medium. "
            + "The person who referred you knows you, and a formal note would read as distant.");
    }

    @Test
    void thePreviewFollowsTheRecipientAndTheChoices() {
        NoteStepViewModel vm = f.note;
        String first = vm.previewBodyProperty().get();
        vm.recipientProperty().set("Priya Raman-Iyer");
        String priya = vm.previewBodyProperty().get();
        assertThat(priya).contains("Priya").isNotEqualTo(first);
        vm.toneProperty().set(Tone.BRIEF);
        assertThat(vm.previewBodyProperty().get()).contains("Priya").isNotEqualTo(priya);
    }

    @Test
    void onlyTheLatestPreviewIsShown() {
        NoteStepViewModel vm = f.note;
        f.runner.hold(true);
        vm.recipientProperty().set("Daniel O'Brien");
        vm.recipientProperty().set("Priya Raman-Iyer");
        assertThat(vm.draftingProperty().get()).isTrue();
        assertThat(f.runner.heldWork()).isEqualTo(2);
        f.runner.hold(false);
        f.runner.runHeld();
        assertThat(vm.previewBodyProperty().get()).contains("Priya").doesNotContain("Daniel");
        assertThat(vm.draftingProperty().get()).isFalse();
    }

    @Test
    void aTemplateThatNeedsAnIdeaSaysWhatToAddAndWhere() {
        f.interview.set(NotesFixture.SAMPLE.toBuilder().ideas(List.of()).build());
        NoteStepViewModel vm = f.note;
        vm.kindProperty().set(NoteKind.VALUE_ADD);
        assertThat(vm.isValid()).isFalse();
        assertThat(vm.validate()).containsExactly(vm.templateField());
        assertThat(vm.templateField().error()).contains("Ideas to offer").contains("step 3");
        assertThat(vm.previewProblemProperty().get()).contains("Ideas to offer");
        assertThat(vm.previewBodyProperty().get()).isEmpty();

        f.interview.set(NotesFixture.SAMPLE);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.templateField().error()).as("the message goes once the idea is there").isNull();
        assertThat(vm.previewBodyProperty().get()).isNotBlank();
    }

    @Test
    void withoutAValidInterviewThereIsNoPreviewAndItSaysWhy() {
        f.interview.set(null);
        assertThat(f.note.recipients()).isEmpty();
        assertThat(f.note.previewBodyProperty().get()).isEmpty();
        assertThat(f.note.previewProblemProperty().get()).contains("first three steps");
    }

    @Test
    void theRecipientStaysWhenTheInterviewIsBuiltAgain() {
        f.note.recipientProperty().set("Daniel O'Brien");
        f.interview.set(NotesFixture.SAMPLE.toBuilder().topics(List.of("fare capping")).build());
        assertThat(f.note.recipientProperty().get()).isEqualTo("Daniel O'Brien");
        f.interview.set(NotesFixture.SAMPLE.toBuilder().interviewers(NotesFixture.SAMPLE.interviewers().subList(0, 1))
            .build());
        assertThat(f.note.recipientProperty().get()).as("a recipient who left the panel gives way to the first")
            .isEqualTo("María José Ortega");
    }

    @Test
    void restoringATemplateSetsItsKindAndMedium() {
        TemplateInfo linkedIn = NotesFixture.DRAFTER.catalog().all().stream()
            .filter(t -> t.valid() && t.medium() != Medium.EMAIL && t.kind() != NoteKind.THANK_YOU).findFirst()
            .orElseThrow();
        f.note.restore(linkedIn.id());
        assertThat(f.note.templateProperty().get()).isEqualTo(linkedIn);
        assertThat(f.note.kindProperty().get()).isEqualTo(linkedIn.kind());
        assertThat(f.note.mediumProperty().get()).isEqualTo(linkedIn.medium());
        assertThat(f.note.toneProperty().get()).isEqualTo(linkedIn.tone());
        f.note.restore("no-such-template");
        assertThat(f.note.templateProperty().get()).isEqualTo(linkedIn);
    }
}
