// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.interview.Part;
import app.afterword.core.store.SaveException;
import app.afterword.ui.common.SaveState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardViewModelTest {

    @TempDir
    Path dir;

    private WizardFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new WizardFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void anEmptyWorkspaceStartsANewInterviewTodayInTheUsersZone() {
        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.INTERVIEW);
        assertThat(f.vm.interviewStep().date().text()).isEqualTo("24 Nov 2026");
        assertThat(f.vm.interviewStep().timeZone().text()).isEqualTo("Europe/London");
        assertThat(f.vm.titleProperty().get()).isEqualTo("New interview");
        assertThat(f.vm.workingCopyKey()).isEqualTo("new-20261124-140200-000");
    }

    @Test
    void nextChecksTheStepShowsEveryMessageAndFocusesTheFirstProblem() {
        assertThat(f.vm.next()).isFalse();
        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.INTERVIEW);
        InterviewStepViewModel i = f.vm.interviewStep();
        assertThat(f.focused).containsExactly(i.company());
        assertThat(i.company().error()).isEqualTo("Add the company’s name, e.g. Acme.");
        assertThat(i.role().error()).isEqualTo("Add the job title, e.g. Product Designer.");
        assertThat(i.start().error()).isEqualTo("Add the time it started, e.g. 10:00.");
        assertThat(i.date().error()).isNull();
        assertThat(i.end().error()).isNull();
    }

    @Test
    void nextFocusesAProblemFurtherDownWhenTheTopIsFine() {
        InterviewStepViewModel i = f.vm.interviewStep();
        i.company().textProperty().set("Acme");
        i.role().textProperty().set("Designer");
        i.start().textProperty().set("10:00");
        i.end().textProperty().set("9:00");
        assertThat(f.vm.next()).isFalse();
        assertThat(f.focused).containsExactly(i.end());
        assertThat(i.end().error()).isEqualTo("It ends before it starts; check both times.");
    }

    @Test
    void aFixedMistakeClearsItsMessageAsYouType() {
        f.vm.next();
        InterviewStepViewModel i = f.vm.interviewStep();
        i.company().textProperty().set("A");
        assertThat(i.company().error()).isNull();
        i.company().textProperty().set(" ");
        assertThat(i.company().error()).isNotNull();
    }

    @Test
    void backNeverLosesInputAndEveryStepCanBeRevisited() {
        f.fillTwoPersonPanel();
        assertThat(f.vm.next()).isTrue();
        assertThat(f.vm.next()).isTrue();
        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.CONVERSATION);
        f.vm.conversationStep().clarifications().items().get(0).textProperty().set("my part was the pipeline");
        assertThat(f.vm.back()).isTrue();
        assertThat(f.vm.back()).isTrue();
        assertThat(f.vm.back()).isFalse();
        assertThat(f.vm.interviewStep().company().text()).isEqualTo("Northwind Labs");
        assertThat(f.vm.goTo(WizardStep.CONVERSATION)).isTrue();
        assertThat(f.vm.conversationStep().clarifications().values()).containsExactly("my part was the pipeline");
        assertThat(f.vm.peopleStep().people()).hasSize(2);
        assertThat(f.vm.goTo(WizardStep.PEOPLE)).isTrue();
        assertThat(f.vm.goTo(WizardStep.SEND)).isTrue();
        assertThat(f.vm.canGoNextProperty().get()).isFalse();
        assertThat(f.vm.next()).isFalse();
    }

    @Test
    void aLaterStepCanBringItsOwnCheck() {
        f.fillTwoPersonPanel();
        app.afterword.ui.common.FormField tone = new app.afterword.ui.common.FormField("tone", () -> { })
            .rule(() -> "Pick a tone.");
        f.vm.use(WizardStep.NOTE, new StepModel() {
            @Override
            public List<app.afterword.ui.common.FormField> validate() {
                return tone.check() ? List.of() : List.of(tone);
            }

            @Override
            public boolean isValid() {
                return tone.problem() == null;
            }
        });
        assertThat(f.vm.goTo(WizardStep.SEND)).isFalse();
        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.NOTE);
        assertThat(f.focused).containsExactly(tone);
    }

    @Test
    void jumpingAheadStopsAtTheFirstStepWithAProblem() {
        f.fillTwoPersonPanel();
        f.vm.peopleStep().people().get(1).name().textProperty().set("");
        assertThat(f.vm.goTo(WizardStep.REVIEW)).isFalse();
        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.PEOPLE);
        assertThat(f.focused).containsExactly(f.vm.peopleStep().people().get(1).name());
    }

    @Test
    void aValidInputBuildsTheInterviewForTheLaterSteps() {
        f.fillTwoPersonPanel();
        assertThat(f.vm.interviewProperty().get()).isNull();
        f.vm.next();
        Interview i = f.vm.interviewProperty().get();
        assertThat(i).isNotNull();
        assertThat(i.company()).isEqualTo("Northwind Labs");
        assertThat(i.start()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:30-05:00"));
        assertThat(i.end()).isEqualTo(OffsetDateTime.parse("2026-11-23T11:00-05:00"));
        assertThat(i.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(i.format()).isEqualTo(InterviewFormat.ONSITE);
        assertThat(i.decisionBy()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(i.interviewers()).extracting(x -> x.name()).containsExactly("Ana Souza", "Ben Li");
        assertThat(i.interviewers().get(0).topics()).containsExactly("the streaming migration");
        assertThat(i.interviewers().get(0).rapport()).isEqualTo("we both learned Portuguese late");
        assertThat(i.interviewers().get(1).email()).isNull();
        assertThat(i.topics()).containsExactly("on-call rotations");
        assertThat(i.skills()).containsExactly("Kafka in production");
        assertThat(i.clarifications()).isEmpty();
        assertThat(i.ideas()).containsExactly("a cost dashboard");
        assertThat(i.id()).isEqualTo("northwind-labs-staff-data-engineer-2026-11-23");
    }

    @Test
    void typingIsSavedAfterAPauseExactlyAsTyped() throws Exception {
        f.vm.interviewStep().company().textProperty().set("Acme");
        f.vm.interviewStep().date().textProperty().set("sometime in Nov");
        f.runner.advance(Duration.ofMillis(1499));
        assertThat(f.copies.get(f.vm.workingCopyKey())).isEmpty();
        f.runner.advance(Duration.ofMillis(1));
        InterviewWorkingCopy saved = f.copies.get(f.vm.workingCopyKey()).orElseThrow();
        assertThat(saved.company()).isEqualTo("Acme");
        assertThat(saved.date()).isEqualTo("sometime in Nov");
        assertThat(saved.interviewId()).isNull();
        assertThat(f.vm.saveTextProperty().get()).isEqualTo("Saved 14:02");
    }

    @Test
    void aStepChangeSavesAtOnce() {
        f.fillTwoPersonPanel();
        f.vm.next();
        InterviewWorkingCopy saved = f.copies.get(f.vm.workingCopyKey()).orElseThrow();
        assertThat(saved.step()).isEqualTo("people");
        assertThat(f.runner.pendingTimers()).isZero();
    }

    @Test
    void closingMidWayAndReopeningResumesAtTheSameStepWithAllInput() throws Exception {
        f.fillTwoPersonPanel();
        f.vm.next();
        f.vm.next();
        f.vm.conversationStep().clarifications().items().get(0).textProperty().set("half-typed thou");
        f.vm.flush();

        f.reopen();

        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.CONVERSATION);
        assertThat(f.vm.interviewStep().company().text()).isEqualTo("Northwind Labs");
        assertThat(f.vm.interviewStep().formatProperty().get()).isEqualTo(InterviewFormat.ONSITE);
        assertThat(f.vm.interviewStep().clockProperty().get()).isEqualTo(InterviewStepViewModel.Clock.THEIRS);
        assertThat(f.vm.peopleStep().people()).extracting(p -> p.name().text()).containsExactly("Ana Souza",
            "Ben Li");
        assertThat(f.vm.peopleStep().people().get(1).linkedin().text()).isEqualTo("linkedin.com/in/benli");
        assertThat(f.vm.conversationStep().clarifications().values()).containsExactly("half-typed thou");
        assertThat(f.vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(f.vm.interviewProperty().get().id()).isEqualTo("northwind-labs-staff-data-engineer-2026-11-23");
    }

    @Test
    void theContactChosenOnTheNoteStepIsPartOfTheInterviewAndIsResumed() throws Exception {
        f.fillTwoPersonPanel();
        f.vm.peopleStep().people().get(1).partProperty().set(Part.HIRING_MANAGER);
        f.vm.goTo(WizardStep.NOTE);
        assertThat(f.vm.interviewProperty().get().contactPerson().name()).as("the hiring manager by default")
            .isEqualTo("Ben Li");

        f.vm.chooseContact("Ana Souza", List.of("Ben Li", "coach@example.org"));

        Interview chosen = f.vm.interviewProperty().get();
        assertThat(chosen.contact()).isEqualTo("Ana Souza");
        assertThat(chosen.cc()).containsExactly("Ben Li", "coach@example.org");
        f.vm.flush();
        String id = f.vm.workingCopyKey();
        assertThat(f.workspace.interviews().get(id).orElseThrow().contact()).isEqualTo("Ana Souza");
        assertThat(f.copies.get(id).orElseThrow().contact()).isEqualTo("Ana Souza");

        f.reopen();

        Interview resumed = f.vm.interviewProperty().get();
        assertThat(resumed.contactPerson().name()).isEqualTo("Ana Souza");
        assertThat(resumed.cc()).containsExactly("Ben Li", "coach@example.org");
        assertThat(resumed.interviewer("Ben Li").orElseThrow().part()).isEqualTo(Part.HIRING_MANAGER);
    }

    @Test
    void aContactWhoIsTakenOffThePanelIsNoLongerTheContactNorCopied() {
        f.fillTwoPersonPanel();
        f.vm.goTo(WizardStep.NOTE);
        f.vm.chooseContact("Ben Li", List.of("Ana Souza"));
        f.vm.goTo(WizardStep.PEOPLE);
        f.vm.peopleStep().remove(f.vm.peopleStep().people().get(1));
        f.vm.goTo(WizardStep.NOTE);
        Interview i = f.vm.interviewProperty().get();
        assertThat(i.contact()).isNull();
        assertThat(i.contactPerson().name()).isEqualTo("Ana Souza");
        f.vm.goTo(WizardStep.PEOPLE);
        f.vm.peopleStep().add().name().textProperty().set("Ben Li");
        f.vm.goTo(WizardStep.NOTE);
        assertThat(f.vm.interviewProperty().get().contact()).as("the choice comes back with the person")
            .isEqualTo("Ben Li");
    }

    @Test
    void invalidInputIsResumedAsTypedWithoutMessagesUntilChecked() throws Exception {
        f.vm.interviewStep().start().textProperty().set("half past");
        f.vm.save();
        f.reopen();
        assertThat(f.vm.interviewStep().start().text()).isEqualTo("half past");
        assertThat(f.vm.interviewStep().start().error()).isNull();
        f.vm.next();
        assertThat(f.vm.interviewStep().start().error()).isEqualTo("“half past” isn’t a time; write it like 14:30.");
    }

    @Test
    void theFirstValidSaveGivesTheInterviewItsIdAndRekeysTheWorkingCopy() {
        String provisional = f.vm.workingCopyKey();
        f.vm.interviewStep().company().textProperty().set("Acme");
        f.vm.save();
        assertThat(f.copies.get(provisional)).isPresent();
        f.fillTwoPersonPanel();
        f.vm.save();
        String id = "northwind-labs-staff-data-engineer-2026-11-23";
        assertThat(f.vm.workingCopyKey()).isEqualTo(id);
        assertThat(f.copies.get(provisional)).isEmpty();
        assertThat(f.copies.get(id).orElseThrow().interviewId()).isEqualTo(id);
        assertThat(f.workspace.interviews().get(id)).hasValueSatisfying(i ->
            assertThat(i.interviewers()).hasSize(2));
        f.vm.interviewStep().role().textProperty().set("Principal Data Engineer");
        f.vm.save();
        assertThat(f.workspace.interviews().ids()).containsExactly(id);
        assertThat(f.workspace.interviews().get(id).orElseThrow().role()).isEqualTo("Principal Data Engineer");
    }

    @Test
    void anInvalidEditNeverTouchesTheSavedInterview() {
        f.fillTwoPersonPanel();
        f.vm.save();
        String id = f.vm.workingCopyKey();
        f.vm.interviewStep().company().textProperty().set("");
        f.vm.save();
        assertThat(f.workspace.interviews().get(id).orElseThrow().company()).isEqualTo("Northwind Labs");
        assertThat(f.copies.get(id).orElseThrow().company()).isEmpty();
    }

    @Test
    void aFullDiskShowsNotSavedKeepsEverythingAndSavesOnRetry() {
        f.vm.interviewStep().company().textProperty().set("Acme");
        f.disk.full(true);
        f.vm.save();
        SaveState state = f.vm.saveStateProperty().get();
        assertThat(state.kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(state.reason()).isEqualTo(SaveException.Reason.DISK_FULL);
        assertThat(f.vm.saveTextProperty().get()).isEqualTo("Not saved — disk full");
        assertThat(f.vm.saveProblem()).contains("disk is full");
        assertThat(f.vm.interviewStep().company().text()).isEqualTo("Acme");
        assertThat(f.unexpected).isEmpty();
        f.disk.full(false);
        f.vm.save();
        assertThat(f.vm.saveTextProperty().get()).isEqualTo("Saved 14:02");
        assertThat(f.copies.get(f.vm.workingCopyKey()).orElseThrow().company()).isEqualTo("Acme");
    }

    @Test
    void newInterviewSavesTheCurrentOneAndStartsEmpty() throws Exception {
        f.fillTwoPersonPanel();
        f.vm.next();
        String first = f.vm.workingCopyKey();
        f.vm.peopleStep().people().get(0).title().textProperty().set("VP Data");
        f.runner.advance(Duration.ofSeconds(60));
        f.vm.newInterview();
        assertThat(f.copies.get(first).orElseThrow().people().get(0).title()).isEqualTo("VP Data");
        assertThat(f.vm.stepProperty().get()).isEqualTo(WizardStep.INTERVIEW);
        assertThat(f.vm.interviewStep().company().text()).isEmpty();
        assertThat(f.vm.peopleStep().people()).singleElement().satisfies(p -> assertThat(p.name().text()).isEmpty());
        assertThat(f.vm.conversationStep().topics().values()).isEmpty();
        assertThat(f.vm.workingCopyKey()).isNotEqualTo(first).startsWith("new-");
        assertThat(f.vm.interviewProperty().get()).isNull();
        f.vm.interviewStep().company().textProperty().set("Second Co");
        f.vm.save();
        f.reopen();
        assertThat(f.vm.interviewStep().company().text()).isEqualTo("Second Co");
    }

    @Test
    void newInterviewWaitsForTheSaveStillRunningAndNeverMixesTheTwo() {
        f.fillTwoPersonPanel();
        f.vm.save();
        String first = f.vm.workingCopyKey();
        f.runner.hold(true);
        f.vm.interviewStep().role().textProperty().set("Principal Data Engineer");
        f.vm.save();
        f.vm.newInterview();
        assertThat(f.vm.interviewStep().company().text()).isEqualTo("Northwind Labs");
        f.runner.runHeld();
        f.runner.hold(false);
        assertThat(f.vm.interviewStep().company().text()).isEmpty();
        assertThat(f.vm.workingCopyKey()).startsWith("new-");
        f.vm.interviewStep().company().textProperty().set("Second Co");
        f.vm.save();
        assertThat(f.copies.get(first).orElseThrow().role()).isEqualTo("Principal Data Engineer");
        assertThat(f.workspace.interviews().get(first).orElseThrow().company()).isEqualTo("Northwind Labs");
        assertThat(f.copies.get(f.vm.workingCopyKey()).orElseThrow().company()).isEqualTo("Second Co");
    }

    @Test
    void newInterviewKeepsTheOpenOneWhenItCannotBeSaved() {
        f.vm.interviewStep().company().textProperty().set("Acme");
        f.disk.full(true);
        f.vm.newInterview();
        assertThat(f.vm.interviewStep().company().text()).isEqualTo("Acme");
        assertThat(f.vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
        f.disk.full(false);
        f.vm.newInterview();
        assertThat(f.vm.interviewStep().company().text()).isEmpty();
    }

    @Test
    void openingAStoredInterviewShowsItsFieldsInItsZone() {
        Interview sample = app.afterword.core.store.FirstRun.sample(f.workspace.json()).withId("sample");
        f.vm.open(f.copies.session(sample, f.input, WizardFixture.USER_ZONE));
        InterviewStepViewModel i = f.vm.interviewStep();
        assertThat(List.of(i.company().text(), i.date().text(), i.start().text(), i.end().text(),
            i.timeZone().text(), i.decision().text()))
            .containsExactly("Brightline Transit", "24 Nov 2026", "10:00", "11:30", "America/Chicago", "4 Dec 2026");
        assertThat(f.vm.peopleStep().people()).hasSize(3);
        assertThat(f.vm.titleProperty().get()).isEqualTo("Brightline Transit — Senior Product Designer");
        assertThat(i.clockProperty().get()).isEqualTo(InterviewStepViewModel.Clock.THEIRS);
        assertThat(i.startLabel().get()).isEqualTo("Started (Chicago time)");
        assertThat(f.vm.build()).contains(sample);
    }

    @Test
    void theSampleSaysItIsOneInItsTitleAndIsRemovedThroughHome() {
        Interview sample = app.afterword.core.store.FirstRun.sample(f.workspace.json()).toBuilder().id("sample")
            .sample(true).build();
        List<String> removed = new java.util.ArrayList<>();
        f.vm.open(f.copies.session(sample, f.input, WizardFixture.USER_ZONE));
        assertThat(f.vm.sampleProperty().get()).isTrue();
        assertThat(f.vm.titleProperty().get()).isEqualTo("Brightline Transit — Senior Product Designer (sample)");
        assertThat(f.vm.sampleRemovableProperty().get()).as("not until Home can take it").isFalse();
        f.vm.onRemoveSample(removed::add);
        f.vm.removeSample();
        assertThat(removed).containsExactly("sample");
        assertThat(f.vm.build().orElseThrow().sample()).as("edits keep it the sample").isTrue();

        f.vm.newInterview();
        assertThat(f.vm.sampleProperty().get()).isFalse();
        assertThat(f.vm.titleProperty().get()).isEqualTo("New interview");
        f.vm.removeSample();
        assertThat(removed).hasSize(1);
    }

    @Test
    void aNewInterviewsTimesAreTypedOnYourClockAndReopenSo() throws Exception {
        assertThat(f.vm.interviewStep().clockProperty().get()).isEqualTo(InterviewStepViewModel.Clock.YOURS);
        f.fillTwoPersonPanel();
        f.vm.interviewStep().clockProperty().set(InterviewStepViewModel.Clock.YOURS);
        f.vm.flush();
        f.reopen();
        InterviewStepViewModel i = f.vm.interviewStep();
        assertThat(i.clockProperty().get()).isEqualTo(InterviewStepViewModel.Clock.YOURS);
        // 9:30 in London is 4:30 in New York
        assertThat(f.vm.build().orElseThrow().start()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:30Z"));
        assertThat(i.startOnOtherClock().get()).isEqualTo("09:30 your time = 04:30 in New York");
    }
}
