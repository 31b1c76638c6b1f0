// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.NoteContext;
import app.afterword.core.export.LinkedInNote;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.SendBy;
import app.afterword.core.schedule.Timeline;
import app.afterword.ui.common.Autosaver;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.editor.ProofreadEditorViewModel;
import app.afterword.ui.editor.Proofreading;
import app.afterword.ui.wizard.StepModel;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5: one tab per recipient with the note in an editor. Edits are kept (saved after a pause into the interview's
 * edits record) and checked again after a pause in typing; only the latest check's findings are shown. Beside each
 * note: its etiquette findings with their reasons, its length against the medium's limits, and the send window with
 * the time left. Proofreading plugs in through {@link #showProofreadStatus(String)}; until it does, the step says
 * proofreading is starting and everything else works.
 */
public final class ReviewStepViewModel implements StepModel {

    /** How long typing must pause before the note is checked again. */
    public static final Duration CHECK_PAUSE = Duration.ofMillis(400);
    /** How long typing must pause before edits are saved. */
    public static final Duration SAVE_PAUSE = Duration.ofMillis(1500);

    private final Messages messages;
    private final TaskRunner runner;
    private final Drafter drafter;
    private final EtiquetteChecker checker;
    private final ProgressBook book;
    private final NoteEditsStore store;
    private final Supplier<DraftRequest> request;
    private final ReadOnlyObjectProperty<Interview> interview;
    private final IntSupplier linkedInLimit;
    private final ZoneId userZone;
    private final ObservableList<NoteTab> tabs = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper sendWindow = new ReadOnlyStringWrapper(this, "sendWindow", "");
    private final ReadOnlyStringWrapper sendWindowWhy = new ReadOnlyStringWrapper(this, "sendWindowWhy", "");
    private final ReadOnlyStringWrapper proofreadStatus = new ReadOnlyStringWrapper(this, "proofreadStatus");
    private Map<String, Optional<SendBy>> due = Map.of();
    private SendTiming timing;
    private final Autosaver<Snapshot, String> autosaver;
    private final Map<NoteTab, TaskRunner.Cancellable> pendingChecks = new LinkedHashMap<>();
    private final FormField notesField;
    private final Map<NoteTab, ProofreadEditorViewModel> editors = new LinkedHashMap<>();
    private final javafx.beans.InvalidationListener followStatus = o -> followProofreadStatus();
    private Proofreading proofreading;
    private int generation;
    private String interviewId;
    private String templateId;
    private boolean loading;

    /**
     * Creates the step.
     *
     * @param book          the follow-up timeline, for the send window
     * @param store         where edits are kept
     * @param request       the note step's choice, read at every refresh
     * @param interview     the valid interview of steps 1 to 3
     * @param linkedInLimit the connection-note limit from the export settings
     * @param unexpected    receives failures that are bugs
     */
    public ReviewStepViewModel(Messages messages, TaskRunner runner, Drafter drafter, EtiquetteChecker checker,
                               ProgressBook book, NoteEditsStore store, Supplier<DraftRequest> request,
                               ReadOnlyObjectProperty<Interview> interview, IntSupplier linkedInLimit,
                               ZoneId userZone, Consumer<Throwable> unexpected) {
        this.messages = messages;
        this.runner = runner;
        this.drafter = drafter;
        this.checker = checker;
        this.book = book;
        this.store = store;
        this.request = request;
        this.interview = interview;
        this.linkedInLimit = linkedInLimit;
        this.userZone = userZone;
        proofreadStatus.set(messages.get("review.proofread.starting"));
        autosaver = new Autosaver<>(runner, this::snapshot, s -> {
            store.save(s.interviewId(), s.edits());
            return s.interviewId();
        }, saved -> { }, unexpected, SAVE_PAUSE, Duration.ofSeconds(10), Duration.ofSeconds(15));
        notesField = new FormField("notes", () -> { }).rule(() -> tabs.isEmpty() ? (problem.get() != null
            ? problem.get() : messages.get("review.noNotes")) : null);
        selected.addListener(followStatus);
        selected.addListener(o -> showWindow());
        timing = new SendTiming(messages, book, runner);
    }

    /**
     * Says when each note goes out with the timing the note and send steps use too, so the three steps show one
     * answer (and share which timeline step the notes are for).
     */
    public void useTiming(SendTiming shared) {
        timing = shared;
    }

    /**
     * Proofreads every note as it is typed, from the next refresh on. Until the proofreader behind {@code p} is ready,
     * each note says that proofreading is starting.
     */
    public void proofreadWith(Proofreading p) {
        this.proofreading = p;
    }

    /** The proofreading of a note, or null when proofreading is not plugged in. */
    public ProofreadEditorViewModel editor(NoteTab tab) {
        return editors.get(tab);
    }

    private void followProofreadStatus() {
        NoteTab tab = selectedTab();
        ProofreadEditorViewModel e = tab == null ? null : editors.get(tab);
        if (e != null) {
            proofreadStatus.set(e.statusProperty().get());
        }
    }

    /**
     * Drafts every recipient's note with the note step's choice and puts back the edits kept for this interview and
     * template. Called when the step opens; a refresh started later wins over one still running.
     */
    public void refresh() {
        autosaver.flush();
        int gen = ++generation;
        Interview i = interview.get();
        if (i == null) {
            tabs.clear();
            problem.set(messages.get("note.preview.notReady"));
            return;
        }
        DraftRequest r = request.get();
        String id = Timeline.idOf(i);
        SendTiming t = timing;
        runner.run(TaskRunner.Lane.COMPUTE, () -> {
            List<Draft> drafts = drafter.draft(i, r);
            Map<String, Optional<SendBy>> when = new LinkedHashMap<>();
            for (Draft d : drafts) {
                when.put(d.recipient(), t.sendBy(i, r.kindOrDefault(), d.recipient()));
            }
            return new Loaded(drafts, store.load(id), when);
        }, loaded -> {
            if (gen == generation) {
                show(i, id, loaded);
            }
        }, e -> {
            if (gen != generation) {
                return;
            }
            tabs.clear();
            problem.set(e instanceof DraftException ? e.getMessage() : messages.get("note.preview.failed"));
        });
    }

    private void show(Interview i, String id, Loaded loaded) {
        loading = true;
        try {
            int keep = selected.get();
            interviewId = id;
            templateId = loaded.drafts().isEmpty() ? null : loaded.drafts().get(0).templateId();
            Map<String, NoteEdits.Edited> edits = loaded.edits()
                .filter(e -> e.templateId() != null && e.templateId().equals(templateId))
                .map(NoteEdits::notes).orElse(Map.of());
            pendingChecks.values().forEach(TaskRunner.Cancellable::cancel);
            pendingChecks.clear();
            List<NoteTab> made = new java.util.ArrayList<>();
            for (Draft d : loaded.drafts()) {
                Interviewer who = Timeline.interviewer(i, d.recipient())
                    .orElseGet(() -> i.interviewers().get(0));
                NoteTab tab = new NoteTab(who, d);
                NoteTabs.load(tab, edits.get(d.recipient()));
                tab.bodyProperty().addListener((o, was, now) -> edited(tab));
                tab.subjectProperty().addListener((o, was, now) -> edited(tab));
                made.add(tab);
            }
            editors.values().forEach(ProofreadEditorViewModel::close);
            editors.clear();
            if (proofreading != null) {
                for (NoteTab tab : made) {
                    ProofreadEditorViewModel e = new ProofreadEditorViewModel(messages, runner, proofreading,
                        tab.bodyProperty(), interview::get, CHECK_PAUSE);
                    e.statusProperty().addListener(followStatus);
                    editors.put(tab, e);
                }
            }
            due = loaded.due();
            tabs.setAll(made);
            problem.set(null);
            selected.set(Math.max(0, Math.min(keep, tabs.size() - 1)));
            showWindow();
            followProofreadStatus();
            notesField.refresh();
        } finally {
            loading = false;
        }
        autosaver.reset(null);
        for (NoteTab t : tabs) {
            check(t);
        }
    }

    /** The send window of the note showing: when to send it by and the time left, or when it was sent. */
    private void showWindow() {
        NoteTab tab = selectedTab();
        Optional<SendBy> when = tab == null ? Optional.empty() : due.getOrDefault(tab.drafted().recipient(),
            Optional.empty());
        if (tab == null) {
            sendWindow.set("");
        } else {
            NoteKind kind = tab.drafted().kind();
            sendWindow.set(when.map(timing::line).orElseGet(() -> kind == NoteKind.NETWORK ? ""
                : messages.get(kind.onFollowUpPlan() ? "due.none" : "due.unplanned")));
        }
        sendWindowWhy.set(when.map(SendTiming::why).orElse(""));
    }

    /** True when the note to this tab's recipient is recorded as sent: it is no longer judged on when it goes out. */
    private boolean sent(NoteTab tab) {
        return SendTiming.sent(due.getOrDefault(tab.drafted().recipient(), Optional.empty()));
    }

    private void edited(NoteTab tab) {
        if (loading) {
            return;
        }
        autosaver.changed();
        counts(tab);
        TaskRunner.Cancellable waiting = pendingChecks.remove(tab);
        if (waiting != null) {
            waiting.cancel();
        }
        tab.checkGeneration++;
        tab.checking(true);
        pendingChecks.put(tab, runner.after(CHECK_PAUSE, () -> {
            pendingChecks.remove(tab);
            check(tab);
        }));
    }

    /** Checks one note now; only the result of the latest check of that note is shown. */
    void check(NoteTab tab) {
        int gen = ++tab.checkGeneration;
        counts(tab);
        Interview i = interview.get();
        if (i == null) {
            return;
        }
        NoteContext context;
        try {
            context = NoteContext.builder(i, tab.current().body()).subject(tab.current().subject())
                .kind(tab.drafted().kind()).medium(tab.drafted().medium()).recipient(tab.recipient())
                .sendAt(sent(tab) ? null : OffsetDateTime.ofInstant(runner.clock().instant(), userZone))
                .fallbackZone(userZone)
                .otherDrafts(tabs.stream().filter(t -> t != tab).map(NoteTab::current).toList()).build();
        } catch (IllegalArgumentException e) {
            tab.findings().clear();
            tab.summary(e.getMessage());
            tab.checking(false);
            return;
        }
        tab.checking(true);
        runner.run(TaskRunner.Lane.COMPUTE, () -> checker.check(context), report -> {
            if (gen == tab.checkGeneration) {
                applyReport(tab, report);
            }
        }, null);
    }

    private void applyReport(NoteTab tab, EtiquetteReport report) {
        tab.findings().setAll(report.findings());
        tab.summary(report.findings().isEmpty() ? messages.get("review.findings.none") : report.summary());
        tab.checking(false);
    }

    private void counts(NoteTab tab) {
        Draft d = tab.current();
        Medium m = d.medium();
        if (m == Medium.LINKEDIN_NOTE || m == Medium.LINKEDIN_MESSAGE) {
            int limit = m == Medium.LINKEDIN_NOTE ? linkedInLimit.getAsInt() : LinkedInNote.MESSAGE_LIMIT;
            int n = LinkedInNote.count(d.body());
            tab.counts(messages.get("review.counts.chars", n, limit), n > limit);
            return;
        }
        int words = checker.wordCount(d.body());
        EtiquetteSettings s = checker.settings();
        boolean thanks = d.kind().thanksForInterview();
        int min = thanks ? s.thankYouMinWords() : s.followUpMinWords();
        int max = thanks ? s.thankYouWarnWords() : s.followUpMaxWords();
        tab.counts(messages.get("review.counts.words", words, min, max), words > max);
    }

    private Snapshot snapshot() {
        Map<String, NoteEdits.Edited> notes = new LinkedHashMap<>();
        for (NoteTab t : tabs) {
            if (t.edited()) {
                notes.put(t.name(), new NoteEdits.Edited(t.current().subject(), t.current().body()));
            }
        }
        return new Snapshot(interviewId, new NoteEdits(templateId, notes));
    }

    /** Puts the drafted text back in a note, dropping its edits. */
    public void redraft(NoteTab tab) {
        tab.subjectProperty().set(tab.drafted().subject() == null ? "" : tab.drafted().subject());
        tab.bodyProperty().set(tab.drafted().body());
    }

    /** Saves the edits now (leaving the step, closing). */
    public void flush() {
        autosaver.flush();
    }

    /**
     * Where the proofreading service reports its state ("Proofreading is starting…", "2 spelling issues"). It is the
     * seam the proofreader plugs into; until then the line says proofreading is starting.
     */
    public void showProofreadStatus(String status) {
        proofreadStatus.set(status);
    }

    @Override
    public List<FormField> validate() {
        return notesField.check() ? List.of() : List.of(notesField);
    }

    @Override
    public boolean isValid() {
        return !tabs.isEmpty();
    }

    /** The notes, one per recipient. */
    public ObservableList<NoteTab> tabs() {
        return tabs;
    }

    /** The index of the note showing. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The note showing, or null. */
    public NoteTab selectedTab() {
        int i = selected.get();
        return i >= 0 && i < tabs.size() ? tabs.get(i) : null;
    }

    /** Why there are no notes, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** When the note showing goes out (the time left), or when it went out, one line. */
    public ReadOnlyStringProperty sendWindowProperty() {
        return sendWindow.getReadOnlyProperty();
    }

    /** Why that window, one line. */
    public ReadOnlyStringProperty sendWindowWhyProperty() {
        return sendWindowWhy.getReadOnlyProperty();
    }

    /** The proofreader's state in words. */
    public ReadOnlyStringProperty proofreadStatusProperty() {
        return proofreadStatus.getReadOnlyProperty();
    }

    /** The save state of the edits. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return autosaver.stateProperty();
    }

    /** The field "Next" checks: that there are notes. */
    public FormField notesField() {
        return notesField;
    }

    private record Loaded(List<Draft> drafts, Optional<NoteEdits> edits, Map<String, Optional<SendBy>> due) {
    }

    private record Snapshot(String interviewId, NoteEdits edits) {
    }

    /** Loading text into a tab without counting it as an edit. */
    private static final class NoteTabs {
        static void load(NoteTab tab, NoteEdits.Edited edit) {
            Draft d = tab.drafted();
            String subject = edit != null && edit.subject() != null ? edit.subject() : d.subject();
            tab.subjectProperty().set(subject == null ? "" : subject);
            tab.bodyProperty().set(edit != null && edit.body() != null ? edit.body() : d.body());
        }
    }
}
