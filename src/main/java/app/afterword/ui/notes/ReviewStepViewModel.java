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
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.PlannedStep;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

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
        runner.run(TaskRunner.Lane.COMPUTE, () -> new Loaded(drafter.draft(i, r), store.load(id), window(i, r)),
            loaded -> {
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
            tabs.setAll(made);
            problem.set(null);
            sendWindow.set(loaded.window()[0]);
            sendWindowWhy.set(loaded.window()[1]);
            selected.set(Math.max(0, Math.min(keep, tabs.size() - 1)));
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
                .sendAt(OffsetDateTime.ofInstant(runner.clock().instant(), userZone)).fallbackZone(userZone)
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

    private String[] window(Interview i, DraftRequest r) {
        if (book == null) {
            return new String[] {"", ""};
        }
        Plan plan = book.plan(i);
        NoteKind kind = r.kindOrDefault();
        if (!kind.onFollowUpPlan()) {
            return new String[] {messages.get("review.window.unplanned"), ""};
        }
        Optional<PlannedStep> step = kind.thanksForInterview() ? Optional.of(plan.step(Step.THANK_YOU)) : plan.next();
        if (step.isEmpty()) {
            return new String[] {messages.get("review.window.none"), ""};
        }
        PlannedStep p = step.get();
        if (!p.state().open()) {
            return new String[] {messages.get("review.window.done", p.step().title()), p.reason()};
        }
        Instant now = runner.clock().instant();
        ZonedDateTime closes = p.deadline() != null ? p.deadline() : p.latest();
        String zone = p.earliest().getZone().getId();
        if (now.isBefore(p.earliest().toInstant())) {
            return new String[] {messages.get("review.window.opens", WHEN.format(p.earliest()), zone,
                left(Duration.between(now, p.earliest().toInstant()))), p.reason()};
        }
        if (now.isBefore(closes.toInstant())) {
            return new String[] {messages.get("review.window.open", WHEN.format(closes), zone,
                left(Duration.between(now, closes.toInstant()))), p.reason()};
        }
        return new String[] {messages.get("review.window.closed", WHEN.format(closes), zone), p.reason()};
    }

    private String left(Duration d) {
        long hours = d.toHours();
        if (hours >= 48) {
            return messages.get("time.days", hours / 24);
        }
        if (hours >= 1) {
            return messages.get("time.hours", hours);
        }
        return messages.get("time.minutes", Math.max(1, d.toMinutes()));
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

    /** The send window with the time left, one line. */
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

    private record Loaded(List<Draft> drafts, Optional<NoteEdits> edits, String[] window) {
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
