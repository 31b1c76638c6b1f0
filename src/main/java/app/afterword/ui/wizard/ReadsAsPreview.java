// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.draft.ReadsAs;
import app.afterword.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "reads as" line under one typed item: the sentence it goes into, asked for after a pause in typing; answers
 * to older text are dropped. Shared by the Conversation step's lists and the People step's topics and rapport.
 */
final class ReadsAsPreview {
    private static final Logger LOG = LoggerFactory.getLogger(ReadsAsPreview.class);

    private final TaskRunner runner;
    private final ConversationStepViewModel.Phrasing phrasing;
    private final ReadsAs.Slot slot;
    private final ObservableValue<String> text;
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence");
    private final ChangeListener<String> typed = (o, was, now) -> schedule();
    private TaskRunner.Cancellable waiting;
    private TaskRunner.Cancellable asking;
    private int generation;

    /**
     * Follows {@code text} from now on.
     *
     * @param runner   where the sentence is asked for; null shows none
     * @param phrasing the sentence the item goes into
     */
    ReadsAsPreview(TaskRunner runner, ConversationStepViewModel.Phrasing phrasing, ReadsAs.Slot slot,
                   ObservableValue<String> text) {
        this.runner = runner;
        this.phrasing = phrasing;
        this.slot = slot;
        this.text = text;
        text.addListener(typed);
        schedule();
    }

    /** The sentence, or null while there is nothing to show. */
    ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Asks again after the pause, for the text as it is now. */
    void schedule() {
        int gen = ++generation;
        cancel();
        String now = text.getValue() == null ? "" : text.getValue().strip();
        if (now.isEmpty() || runner == null || phrasing == ConversationStepViewModel.Phrasing.NONE) {
            sentence.set(null);
            return;
        }
        waiting = runner.after(ConversationStepViewModel.READS_AS_PAUSE, () -> asking = runner.run(
            TaskRunner.Lane.COMPUTE, () -> phrasing.sentence(slot, now), s -> {
                if (gen == generation) {
                    sentence.set(s == null || s.isBlank() ? null : s.strip());
                }
            }, e -> {
                LOG.debug("No sentence for a {} item", slot, e);
                if (gen == generation) {
                    sentence.set(null);
                }
            }));
    }

    private void cancel() {
        if (waiting != null) {
            waiting.cancel();
        }
        if (asking != null) {
            asking.cancel();
        }
    }

    /** Stops following the text. */
    void dispose() {
        generation++;
        cancel();
        text.removeListener(typed);
    }
}
