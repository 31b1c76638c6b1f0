// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.ReadsAs;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.ListField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationStepViewModelTest {

    private final List<Throwable> unexpected = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner(Instant.parse("2026-11-24T14:02:00Z"),
        ZoneId.of("Europe/London"), unexpected::add);
    /** What the phrase layer was asked, as "SLOT: text". */
    private final List<String> asked = new ArrayList<>();
    /** A phrase layer that puts the item into one sentence per slot, and knows nothing to say about "?". */
    private final ConversationStepViewModel.Phrasing fake = (slot, typed) -> {
        asked.add(slot + ": " + typed);
        if (typed.equals("?")) {
            return null;
        }
        return switch (slot) {
            case TOPIC -> "… I enjoyed our conversation about " + typed + " …";
            case SKILL -> "… my experience with " + typed + " …";
            case CLARIFICATION -> "… I would like to add that " + typed + " …";
            case IDEA -> "… I could " + typed + " …";
            case RAPPORT -> throw new AssertionError("no rapport on this step");
        };
    };
    private final ConversationStepViewModel vm = new ConversationStepViewModel(() -> { }, runner, fake);

    @AfterEach
    void nothingUnexpected() {
        assertThat(unexpected).isEmpty();
    }

    private void pause() {
        runner.advance(ConversationStepViewModel.READS_AS_PAUSE.plusMillis(10));
    }

    private ReadOnlyStringProperty readsAs(ListField list, int row) {
        return vm.readsAs(list, list.items().get(row));
    }

    @Test
    void eachItemShowsTheSentenceOfItsListOnceTypingPauses() {
        ReadOnlyStringProperty topic = readsAs(vm.topics(), 0);
        ReadOnlyStringProperty skill = readsAs(vm.skills(), 0);
        vm.topics().items().get(0).textProperty().set("rebuilding the churn dashboard");
        vm.skills().items().get(0).textProperty().set("led the move to Kafka");
        assertThat(topic.get()).as("nothing while typing").isNull();
        pause();
        assertThat(topic.get()).isEqualTo("… I enjoyed our conversation about rebuilding the churn dashboard …");
        assertThat(skill.get()).isEqualTo("… my experience with led the move to Kafka …");
        assertThat(asked).containsExactly("TOPIC: rebuilding the churn dashboard", "SKILL: led the move to Kafka");
    }

    @Test
    void everyListHasItsOwnSlot() {
        assertThat(vm.lists().stream().map(vm::slotOf)).containsExactly(ReadsAs.Slot.TOPIC, ReadsAs.Slot.SKILL,
            ReadsAs.Slot.CLARIFICATION, ReadsAs.Slot.IDEA);
    }

    @Test
    void onlyTheTextTypedLastIsAskedAndShown() {
        ReadOnlyStringProperty idea = readsAs(vm.ideas(), 0);
        ListField.Item item = vm.ideas().items().get(0);
        for (String typed : List.of("s", "sk", "sketch", "sketch a rider diary study")) {
            item.textProperty().set(typed);
        }
        pause();
        assertThat(asked).containsExactly("IDEA: sketch a rider diary study");
        assertThat(idea.get()).isEqualTo("… I could sketch a rider diary study …");
    }

    @Test
    void anAnswerToOlderTextIsDropped() {
        ReadOnlyStringProperty topic = readsAs(vm.topics(), 0);
        ListField.Item item = vm.topics().items().get(0);
        runner.hold(true);
        item.textProperty().set("on-call rotations");
        pause();
        item.textProperty().set("incident reviews");
        pause();
        runner.runHeld();
        assertThat(topic.get()).isEqualTo("… I enjoyed our conversation about incident reviews …");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyItemShowsNothingAndAsksNothing(String typed) {
        ReadOnlyStringProperty topic = readsAs(vm.topics(), 0);
        vm.topics().items().get(0).textProperty().set("the churn dashboard");
        pause();
        vm.topics().items().get(0).textProperty().set(typed);
        assertThat(topic.get()).isNull();
        pause();
        assertThat(asked).containsExactly("TOPIC: the churn dashboard");
    }

    @Test
    void anItemIsAskedForTrimmedAsTheNoteUsesIt() {
        readsAs(vm.clarifications(), 0);
        vm.clarifications().items().get(0).textProperty().set("  I ran the research for the kiosk project  ");
        pause();
        assertThat(asked).containsExactly("CLARIFICATION: I ran the research for the kiosk project");
    }

    @Test
    void whenThePhraseLayerHasNothingToSayNothingIsShown() {
        ReadOnlyStringProperty topic = readsAs(vm.topics(), 0);
        vm.topics().items().get(0).textProperty().set("?");
        pause();
        assertThat(topic.get()).isNull();
    }

    @Test
    void aFailingPhraseLayerShowsNothingAndTypingGoesOn() {
        ConversationStepViewModel failing = new ConversationStepViewModel(() -> { }, runner, (slot, typed) -> {
            throw new IllegalStateException("tagger not loaded");
        });
        ListField.Item item = failing.skills().items().get(0);
        ReadOnlyStringProperty skill = failing.readsAs(failing.skills(), item);
        item.textProperty().set("Kafka migrations");
        pause();
        assertThat(skill.get()).isNull();
        assertThat(failing.skills().values()).containsExactly("Kafka migrations");
    }

    @Test
    void aPhraseLayerThatBecomesReadyLaterIsAskedAgain() {
        String[] ready = {null};
        ConversationStepViewModel later = new ConversationStepViewModel(() -> { }, runner,
            (slot, typed) -> ready[0] == null ? null : ready[0] + typed);
        ListField.Item item = later.topics().items().get(0);
        ReadOnlyStringProperty topic = later.readsAs(later.topics(), item);
        item.textProperty().set("the churn dashboard");
        pause();
        assertThat(topic.get()).isNull();
        ready[0] = "Reads as: … our conversation about ";
        later.refreshReadsAs();
        pause();
        assertThat(topic.get()).isEqualTo("Reads as: … our conversation about the churn dashboard");
    }

    @Test
    void withoutAPhraseLayerNoSentenceIsAskedFor() {
        ConversationStepViewModel plain = new ConversationStepViewModel(() -> { });
        ListField.Item item = plain.topics().items().get(0);
        ReadOnlyStringProperty topic = plain.readsAs(plain.topics(), item);
        item.textProperty().set("the churn dashboard");
        pause();
        assertThat(topic.get()).isNull();
        assertThat(runner.pendingTimers()).isZero();
    }

    @Test
    void aRemovedItemIsNoLongerAskedFor() {
        ListField.Item first = vm.topics().items().get(0);
        readsAs(vm.topics(), 0);
        first.textProperty().set("on-call rotations");
        ListField.Item second = vm.topics().add();
        vm.readsAs(vm.topics(), second);
        second.textProperty().set("incident reviews");
        vm.topics().remove(first);
        first.textProperty().set("typed after removal");
        pause();
        assertThat(asked).containsExactly("TOPIC: incident reviews");
    }

    @Test
    void anOpenedInterviewShowsTheSentencesOfItsItems() {
        ListField.Item item = vm.skills().items().get(0);
        ReadOnlyStringProperty skill = vm.readsAs(vm.skills(), item);
        vm.skills().load(List.of("Kafka in production", "mentoring new engineers"));
        ReadOnlyStringProperty second = readsAs(vm.skills(), 1);
        pause();
        assertThat(skill.get()).isEqualTo("… my experience with Kafka in production …");
        assertThat(second.get()).isEqualTo("… my experience with mentoring new engineers …");
    }
}
