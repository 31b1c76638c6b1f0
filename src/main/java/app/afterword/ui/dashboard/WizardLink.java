// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.schedule.Step;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.notes.NoteSteps;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import app.afterword.ui.wizard.WorkingCopies;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Home's way into the real wizard. Every switch goes through {@link WizardViewModel#switchTo}, so what is open is
 * saved before another interview takes its place; an agenda item opens its interview at the note step with the
 * step's template chosen (through {@link NoteSteps#prepare}).
 */
final class WizardLink implements HomeViewModel.Wizard {

    private final WizardViewModel wizard;
    private final NoteSteps notes;
    private final WorkingCopies copies;
    private final DateTimeInput input;
    private final ZoneId userZone;
    private final TaskRunner runner;

    WizardLink(WizardViewModel wizard, NoteSteps notes, WorkingCopies copies, DateTimeInput input, ZoneId userZone,
               TaskRunner runner) {
        this.wizard = wizard;
        this.notes = notes;
        this.copies = copies;
        this.input = input;
        this.userZone = userZone;
        this.runner = runner;
    }

    @Override
    public void open(Interview interview) {
        if (!isOpen(interview.id())) {
            wizard.switchTo(() -> copies.session(interview, input, userZone));
        }
    }

    @Override
    public void resume(String key) {
        if (!Objects.equals(key, wizard.workingCopyKey())) {
            wizard.switchTo(() -> copies.resume(key)
                .orElseGet(() -> WorkingCopies.fresh(input, userZone, runner.clock().instant())));
        }
    }

    @Override
    public void draft(Interview interview, Step step, String templateId, List<String> recipients) {
        String recipient = recipients.isEmpty() ? null : recipients.get(0);
        if (isOpen(interview.id())) {
            notes.prepare(interview.id(), step, templateId, recipient);
            wizard.goTo(WizardStep.NOTE);
            return;
        }
        wizard.switchTo(() -> {
            notes.prepare(interview.id(), step, templateId, recipient);
            WorkingCopies.Session s = copies.session(interview, input, userZone);
            return new WorkingCopies.Session(s.key(), atStep(s.copy(), WizardStep.NOTE), s.base());
        });
    }

    @Override
    public void start(InterviewWorkingCopy copy) {
        wizard.switchTo(() -> new WorkingCopies.Session(WorkingCopies.newKey(runner.clock().instant(), userZone),
            copy, null));
    }

    @Override
    public void startNew() {
        wizard.newInterview();
    }

    @Override
    public void release(String interviewId, Runnable then) {
        if (!isOpen(interviewId)) {
            then.run();
            return;
        }
        wizard.switchTo(() -> {
            runner.onUi(then);
            return WorkingCopies.fresh(input, userZone, runner.clock().instant());
        });
    }

    private boolean isOpen(String interviewId) {
        Interview open = wizard.interviewProperty().get();
        return interviewId != null && (Objects.equals(interviewId, wizard.workingCopyKey())
            || open != null && interviewId.equals(open.id()));
    }

    /** The copy at another step of the wizard. */
    private static InterviewWorkingCopy atStep(InterviewWorkingCopy c, WizardStep step) {
        return new InterviewWorkingCopy(c.schemaVersion(), c.interviewId(), step.key(), c.savedAt(), c.company(),
            c.role(), c.date(), c.startTime(), c.endTime(), c.timeZone(), c.format(), c.decisionDate(), c.people(),
            c.topics(), c.skills(), c.clarifications(), c.ideas(), c.extra());
    }
}
