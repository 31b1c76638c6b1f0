// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.Progress;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.ProgressCodec;
import app.afterword.core.store.JsonRecordCodec;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.Navigation;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.notes.NoteEdits;
import app.afterword.ui.notes.NoteSteps;
import app.afterword.ui.notes.SendStepViewModel;
import app.afterword.ui.wizard.WizardViewModel;
import app.afterword.ui.wizard.WorkingCopies;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires Home for the composition root: its stores (the interviews and every store keyed by interview id, so a
 * delete takes everything), the wizard link, the ViewModel and the View; and it remembers which screen shows, so
 * the next start knows whether the wizard was left mid-way.
 */
public final class HomePage {

    private static final Logger LOG = LoggerFactory.getLogger(HomePage.class);

    private HomePage() {
    }

    /** What Home needs from the app. */
    public record Parts(Workspace workspace, String notesFolder, ProgressBook book, WizardViewModel wizard,
                        NoteSteps notes, WorkingCopies copies, DateTimeInput input, ZoneId userZone,
                        TaskRunner runner, Navigation navigation, Messages messages, DialogService dialogs,
                        SendStepViewModel.FileWriter files) {
    }

    /**
     * The shelf over a workspace: its interviews, the book's history folder, the edited notes in
     * {@code notesFolder}, the wizard's working copies and the archive marks.
     */
    static InterviewShelf shelf(Workspace ws, String notesFolder, ProgressBook book) throws IOException {
        RecordStore<Progress> progress = ws.records(ProgressBook.FOLDER, new ProgressCodec());
        RecordStore<NoteEdits> notes = ws.records(notesFolder, new JsonRecordCodec<>(ws.json(), NoteEdits.class, 1,
            e -> "edited notes"));
        RecordStore<ArchiveMark> archive = ws.records(ArchiveMark.FOLDER, new JsonRecordCodec<>(ws.json(),
            ArchiveMark.class, ArchiveMark.SCHEMA_VERSION, a -> "an archive mark"));
        RecordStore<Interview> interviews = ws.interviews();
        return new InterviewShelf(interviews, book, archive, ws.workingCopies(), List.of(progress, notes));
    }

    /** Home's screen, or empty when its folders can't be opened (the rail then shows a placeholder). */
    public static Optional<HomeView> create(Parts p) {
        if (p.book() == null) {
            return Optional.empty();
        }
        Workspace ws = p.workspace();
        InterviewShelf shelf;
        try {
            shelf = shelf(ws, p.notesFolder(), p.book());
        } catch (IOException e) {
            LOG.warn("Home's folders can't be opened", e);
            return Optional.empty();
        }
        WizardLink link = new WizardLink(p.wizard(), p.notes(), p.copies(), p.input(), p.userZone(), p.runner());
        HomeViewModel vm = new HomeViewModel(p.messages(), p.runner(), shelf, link, p.navigation(), p.input(),
            p.userZone(), p.dialogs(), p.files());
        return Optional.of(new HomeView(vm, p.messages()));
    }
}
