// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.BundledTemplates;
import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.export.CardPdf;
import app.afterword.core.export.ClipContent;
import app.afterword.core.export.ClipboardPort;
import app.afterword.core.export.ClipboardUnavailableException;
import app.afterword.core.export.Copier;
import app.afterword.core.export.DesktopLauncher;
import app.afterword.core.export.EmlWriter;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.export.FontFile;
import app.afterword.core.export.MailHandoff;
import app.afterword.core.export.MailtoLink;
import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The note, review and send steps on the real drafting, etiquette, export and timeline services, a workspace in a
 * temporary folder, and fakes for what touches the desktop (clipboard, mail opener, file dialog). Time moves only
 * when a test says so: the evening after the sample interview.
 */
final class NotesFixture implements AutoCloseable {

    static final ZoneId USER_ZONE = ZoneId.of("America/Chicago");
    static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");

    static final Json JSON = new Json();
    static final Interview SAMPLE = SampleInterviews.load(JSON).get(0).interview().toBuilder()
        .id("brightline-transit-2026-11-24").build();
    static final Drafter DRAFTER = new Drafter(new TemplateCatalog(BundledTemplates.load(), null),
        TemplateEngine.sandbox(RenderLimits.DEFAULT), () -> ProfileSettings.EMPTY, () -> DraftSettings.DEFAULTS);
    static final EtiquetteChecker CHECKER = new EtiquetteChecker(EtiquetteSettings.DEFAULTS,
        PhraseBook.bundled(JSON));

    final Messages messages = new Messages();
    final List<Throwable> unexpected = new ArrayList<>();
    final DirectTaskRunner runner = new DirectTaskRunner(NOW, USER_ZONE, unexpected::add);
    final SimpleObjectProperty<Interview> interview = new SimpleObjectProperty<>(SAMPLE);
    final MemoryEdits edits = new MemoryEdits();
    final FakeClipboard clipboard = new FakeClipboard();
    final FakeLauncher launcher = new FakeLauncher();
    final FakeDialogs dialogs = new FakeDialogs();
    final Workspace workspace;
    final ProgressBook book;
    NoteStepViewModel note;
    ReviewStepViewModel review;
    SendStepViewModel send;
    int mailtoLimit = MailtoLink.DEFAULT_LIMIT;
    /** Whether the profile signs the notes; signed unless a test says otherwise. */
    final SimpleBooleanProperty signed = new SimpleBooleanProperty(true);
    /** Where "add your name" and "edit the note" went, in order. */
    final List<String> wentTo = new ArrayList<>();
    final Signing signing = new Signing(signed, () -> wentTo.add("name"), () -> wentTo.add("review"));

    NotesFixture(Path dir) throws Exception {
        workspace = Workspace.open(dir.resolve("data"));
        book = ProgressBook.open(workspace, runner.clock());
        build();
    }

    /** Builds the three steps afresh on the same services and stores, as a restart does. */
    NotesFixture build() {
        note = new NoteStepViewModel(messages, runner, DRAFTER, interview, signing,
            (contact, cc) -> interview.set(interview.get().withContact(contact, cc)));
        review = new ReviewStepViewModel(messages, runner, DRAFTER, CHECKER, book, edits, note::request, interview,
            () -> ExportSettings.DEFAULTS.linkedinLimit(), USER_ZONE, unexpected::add);
        send = new SendStepViewModel(messages, runner, review, interview, DRAFTER, new Copier(clipboard),
            new MailHandoff(launcher, mailtoLimit), new EmlWriter(runner.clock()), new CardPdf(FontFile.bundled()),
            () -> ExportSettings.DEFAULTS, book, dialogs, (path, bytes) -> Files.write(path, bytes), signing);
        // as NoteSteps wires them: one timing for the three steps
        review.useTiming(send.timing());
        note.useTiming(send.timing());
        return this;
    }

    @Override
    public void close() throws Exception {
        workspace.close();
    }

    /** Edits kept in memory, counting saves. */
    static final class MemoryEdits implements NoteEditsStore {
        final Map<String, NoteEdits> saved = new HashMap<>();
        int saves;

        @Override
        public Optional<NoteEdits> load(String interviewId) {
            return Optional.ofNullable(saved.get(interviewId));
        }

        @Override
        public void save(String interviewId, NoteEdits value) {
            saves++;
            saved.put(interviewId, value);
        }
    }

    /** A clipboard that keeps what it was given, or refuses. */
    static final class FakeClipboard implements ClipboardPort {
        ClipContent content;
        boolean broken;

        @Override
        public void put(ClipContent c) throws ClipboardUnavailableException {
            if (broken) {
                throw new ClipboardUnavailableException("there is no display", null);
            }
            content = c;
        }
    }

    /** A mail opener that answers as told and remembers the links. */
    static final class FakeLauncher implements DesktopLauncher {
        final List<URI> opened = new ArrayList<>();
        DesktopLauncher.Status answer = DesktopLauncher.Status.OPENED;

        @Override
        public LaunchOutcome open(URI uri) {
            opened.add(uri);
            return new LaunchOutcome(answer, answer == DesktopLauncher.Status.OPENED ? "Opened."
                : "No mail app is set up for mailto links.");
        }
    }

    /** A save dialog that answers with a path (or cancels) at once. */
    static final class FakeDialogs implements DialogService {
        Path answer;
        String suggested;

        @Override
        public Optional<Path> saveFile(String title, String fileName, String description, String extension) {
            suggested = fileName;
            return Optional.ofNullable(answer);
        }
    }
}
