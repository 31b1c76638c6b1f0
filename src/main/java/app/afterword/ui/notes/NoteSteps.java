// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Drafter;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.export.CardPdf;
import app.afterword.core.export.Copier;
import app.afterword.core.export.EmlWriter;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.export.MailHandoff;
import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.Timeline;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Steps 4 to 6 plugged into the wizard: their ViewModels check their step, the review step drafts when it opens and
 * keeps edits when it is left, and the send step follows the note chosen in the review step.
 */
public final class NoteSteps {

    /** The services the three steps use, built by the composition root. */
    public record Services(Drafter drafter, EtiquetteChecker checker, ProgressBook book, NoteEditsStore edits,
                           Copier copier, MailHandoff mail, EmlWriter eml, CardPdf cards,
                           Supplier<ExportSettings> exportSettings, DialogService dialogs,
                           SendStepViewModel.FileWriter files) {
    }

    private final NoteStepViewModel note;
    private final ReviewStepViewModel review;
    private final SendStepViewModel send;
    private final javafx.beans.property.ReadOnlyObjectProperty<WizardStep> step;
    private final javafx.beans.property.ReadOnlyObjectProperty<Interview> interview;
    private final TaskRunner runner;
    private final NoteEditsStore edits;
    private String resumed;
    private Choice chosen;

    /** A note chosen from outside the wizard (the agenda) for one interview; it wins over the kept template. */
    private record Choice(String interviewId, Step step, String templateId, String recipient) {
    }

    /** Builds the steps and plugs them into the wizard. */
    public NoteSteps(WizardViewModel wizard, Messages m, TaskRunner runner, Services s, ZoneId userZone,
                     Consumer<Throwable> unexpected) {
        Signing signing = new Signing(wizard.signedProperty(), wizard::askForName,
            () -> wizard.goTo(WizardStep.REVIEW));
        note = new NoteStepViewModel(m, runner, s.drafter(), wizard.interviewProperty(), signing,
            wizard::chooseContact);
        review = new ReviewStepViewModel(m, runner, s.drafter(), s.checker(), s.book(), s.edits(), note::request,
            wizard.interviewProperty(), () -> s.exportSettings().get().linkedinLimit(), userZone, unexpected);
        send = new SendStepViewModel(m, runner, review, wizard.interviewProperty(), s.drafter(), s.copier(),
            s.mail(), s.eml(), s.cards(), s.exportSettings(), s.book(), s.dialogs(), s.files(), signing);
        // one timing for the three steps: the same "send by" everywhere, and one idea of the step the notes are for
        review.useTiming(send.timing());
        note.useTiming(send.timing());
        step = wizard.stepProperty();
        wizard.use(WizardStep.NOTE, note);
        wizard.use(WizardStep.REVIEW, review);
        wizard.stepProperty().addListener((o, was, now) -> opened(was, now));
        this.runner = runner;
        this.edits = s.edits();
        this.interview = wizard.interviewProperty();
        interview.addListener((o, was, now) -> {
            if (now != null && !Timeline.idOf(now).equals(resumed)) {
                resume(false);
            }
        });
        resume(true);
    }

    /**
     * Puts back the template the kept edits of this interview were made with, so a restart shows the same notes;
     * then, when the wizard resumed on the review or send step, drafts them.
     */
    private void resume(boolean opening) {
        Interview i = interview.get();
        if (i == null) {
            if (opening) {
                opened(null, step.get());
            }
            return;
        }
        String id = Timeline.idOf(i);
        resumed = id;
        if (chosen != null && !chosen.interviewId().equals(id)) {
            chosen = null;
            send.planStep(null);
        }
        runner.run(TaskRunner.Lane.IO, () -> edits.load(id), kept -> {
            if (chosen != null && chosen.interviewId().equals(id)) {
                apply(chosen);
            } else {
                kept.map(NoteEdits::templateId).filter(t -> id.equals(resumed)).ifPresent(note::restore);
            }
            if (opening) {
                opened(null, step.get());
            }
        }, e -> {
            if (opening) {
                opened(null, step.get());
            }
        });
    }

    /**
     * Chooses the note for an interview the wizard opens next (or has open): the template of a timeline step and
     * whose note the preview shows. It wins over the template the interview's kept edits were made with.
     *
     * @param step      the timeline step the note is for; "mark as sent" records a follow-up as that step
     * @param recipient the interviewer the preview shows, or null for the first
     */
    public void prepare(String interviewId, Step step, String templateId, String recipient) {
        chosen = new Choice(interviewId, step, templateId, recipient);
        Interview i = interview.get();
        if (i != null && Timeline.idOf(i).equals(interviewId)) {
            apply(chosen);
        }
    }

    private void apply(Choice c) {
        send.planStep(c.step());
        note.restore(c.templateId());
        if (c.recipient() != null && note.recipients().contains(c.recipient())) {
            note.recipientProperty().set(c.recipient());
        }
    }

    private void opened(WizardStep was, WizardStep now) {
        if (was == WizardStep.REVIEW) {
            review.flush();
        }
        if (now == WizardStep.NOTE && was != null) {
            // the profile may have changed meanwhile (a name added in step 1 or in Settings)
            note.refreshPreview();
        }
        if (now == WizardStep.REVIEW || now == WizardStep.SEND && review.tabs().isEmpty()) {
            review.refresh();
        }
        if (now == WizardStep.SEND) {
            send.refresh();
        }
    }

    /** The pages of the three steps. */
    public Map<WizardStep, StepView> views(Messages m) {
        Map<WizardStep, StepView> pages = new EnumMap<>(WizardStep.class);
        pages.put(WizardStep.NOTE, new NoteStepView(note, m));
        pages.put(WizardStep.REVIEW, new ReviewStepView(review, m));
        pages.put(WizardStep.SEND, new SendStepView(send, m));
        return pages;
    }

    /**
     * Installs Ctrl+Shift+C, which copies the note showing from the review and send steps wherever the focus is.
     */
    public void installShortcuts(javafx.scene.Scene scene) {
        javafx.scene.input.KeyCombination copy = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
            javafx.scene.input.KeyCombination.SHIFT_DOWN);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            WizardStep at = step.get();
            if (copy.match(e) && (at == WizardStep.REVIEW || at == WizardStep.SEND)) {
                send.copy();
                e.consume();
            }
        });
    }

    /** Proofreads the notes of the review step as they are typed. */
    public void proofreadWith(app.afterword.ui.editor.Proofreading proofreading) {
        review.proofreadWith(proofreading);
    }

    /** Saves the edits now (the window closes). */
    public void flush() {
        review.flush();
    }

    /** Step 4. */
    public NoteStepViewModel note() {
        return note;
    }

    /** Step 5. */
    public ReviewStepViewModel review() {
        return review;
    }

    /** Step 6. */
    public SendStepViewModel send() {
        return send;
    }
}
