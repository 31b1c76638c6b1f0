// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interview;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.ListField;
import java.util.List;

/**
 * Step 3: what was talked about with everyone, the skills worth restating, points to clarify and ideas to offer.
 * Nothing here is required; each list is what makes a note specific rather than generic.
 */
public final class ConversationStepViewModel implements StepModel {

    private final ListField topics;
    private final ListField skills;
    private final ListField clarifications;
    private final ListField ideas;

    /** Creates the step with four empty lists. */
    public ConversationStepViewModel(Runnable onChange) {
        topics = new ListField("topics", onChange);
        skills = new ListField("skills", onChange);
        clarifications = new ListField("clarifications", onChange);
        ideas = new ListField("ideas", onChange);
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
