// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.draft.ReadsAs;
import app.afterword.core.interview.Interview;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.ListField;
import app.afterword.ui.common.TaskRunner;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;

/**
 * Step 3: what was talked about with everyone, the skills worth restating, points to clarify and ideas to offer.
 * Nothing here is required; each list is what makes a note specific rather than generic.
 *
 * <p>Under every item the step shows the sentence it "reads as" in a note, so a résumé line ("led the move to Kafka")
 * and a plain phrase ("Kafka migrations") can both be checked at a glance. The sentence comes from the drafting's
 * phrase layer, asked on the compute lane a moment after typing pauses; only the latest answer for an item is shown.
 */
public final class ConversationStepViewModel implements StepModel {

    /** How long typing in an item pauses before its sentence is asked for. */
    public static final Duration READS_AS_PAUSE = Duration.ofMillis(250);


    /** The sentence an item goes into, from the drafting's phrase layer. */
    @FunctionalInterface
    public interface Phrasing {
        /** Nothing to show: items are shown without a sentence. */
        Phrasing NONE = (slot, typed) -> null;

        /**
         * The sentence with {@code typed} in place ("… I enjoyed our conversation about rebuilding the churn
         * dashboard …"), or null when there is nothing to show. Called off the UI thread.
         */
        String sentence(ReadsAs.Slot slot, String typed);
    }

    private final ListField topics;
    private final ListField skills;
    private final ListField clarifications;
    private final ListField ideas;
    private final TaskRunner runner;
    private final Phrasing phrasing;
    private final Map<ListField.Item, ReadsAsPreview> readsAs = new IdentityHashMap<>();

    /** Creates the step with four empty lists and no sentences under their items. */
    public ConversationStepViewModel(Runnable onChange) {
        this(onChange, null, Phrasing.NONE);
    }

    /**
     * Creates the step with four empty lists.
     *
     * @param runner   where the sentences are asked for; null shows none
     * @param phrasing the sentence each item goes into
     */
    public ConversationStepViewModel(Runnable onChange, TaskRunner runner, Phrasing phrasing) {
        this.runner = runner;
        this.phrasing = phrasing;
        topics = new ListField("topics", onChange);
        skills = new ListField("skills", onChange);
        clarifications = new ListField("clarifications", onChange);
        ideas = new ListField("ideas", onChange);
        for (ListField list : lists()) {
            list.items().addListener((ListChangeListener<ListField.Item>) c -> {
                while (c.next()) {
                    c.getRemoved().stream().filter(i -> !list.items().contains(i)).forEach(this::forget);
                }
            });
        }
    }

    /** Topics discussed with everyone. */
    public ListField topics() {
        return topics;
    }

    /** Skills to restate. */
    public ListField skills() {
        return skills;
    }

    /** Points to clarify or elaborate. */
    public ListField clarifications() {
        return clarifications;
    }

    /** Ideas to offer in follow-ups. */
    public ListField ideas() {
        return ideas;
    }

    /** The four lists in screen order. */
    public List<ListField> lists() {
        return List.of(topics, skills, clarifications, ideas);
    }

    /** Where the items of one of {@link #lists()} go in a note. */
    public ReadsAs.Slot slotOf(ListField list) {
        if (list == topics) {
            return ReadsAs.Slot.TOPIC;
        }
        if (list == skills) {
            return ReadsAs.Slot.SKILL;
        }
        return list == clarifications ? ReadsAs.Slot.CLARIFICATION : ReadsAs.Slot.IDEA;
    }

    /**
     * The sentence an item of {@code list} reads as in a note, following its text; null while there is nothing to
     * show (an empty item, no phrase layer, or no answer yet).
     */
    public ReadOnlyStringProperty readsAs(ListField list, ListField.Item item) {
        return readsAs.computeIfAbsent(item, i -> new ReadsAsPreview(runner, phrasing, slotOf(list), i.textProperty()))
            .sentenceProperty();
    }

    /** Asks again for the sentence of every item, as when the phrase layer has just become ready. */
    public void refreshReadsAs() {
        readsAs.values().forEach(ReadsAsPreview::schedule);
    }

    private void forget(ListField.Item item) {
        ReadsAsPreview r = readsAs.remove(item);
        if (r != null) {
            r.dispose();
        }
    }

    /** True when every list is empty: the note would have nothing specific to say. */
    public boolean isEmpty() {
        return lists().stream().allMatch(l -> l.values().isEmpty());
    }

    @Override
    public List<FormField> validate() {
        return List.of();
    }

    @Override
    public boolean isValid() {
        return true;
    }

    /** Fills an interview builder. */
    public void applyTo(Interview.Builder b) {
        b.topics(topics.values()).skills(skills.values()).clarifications(clarifications.values())
            .ideas(ideas.values());
    }
}
