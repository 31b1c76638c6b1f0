// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCheck;
import app.afterword.core.draft.TemplateFiles;
import app.afterword.core.draft.TemplateHeader;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.UserTemplates;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The templates screen: the bundled and own templates (filtered by kind or words), the selected one's text, its
 * problems with line and column (checked against the sample interviews as the person pauses typing), and a preview
 * for any saved or sample interview and any of its interviewers. Own templates are created from a skeleton,
 * duplicated, edited, saved (with problems too, as a draft that can't draft notes until fixed), deleted with undo,
 * imported and exported; bundled ones are read-only and duplicated to edit. All file work runs on the IO lane and
 * rendering on the compute lane; only the latest check's result is shown.
 */
public final class TemplatesViewModel {

    /** How long typing must pause before the template is checked and previewed again. */
    public static final Duration PAUSE = Duration.ofMillis(400);

    /** How the last action ended, for the status line's look. */
    public enum Outcome {
        /** Nothing to say. */
        NONE,
        /** It worked. */
        SUCCESS,
        /** It worked, with something to know. */
        WARNING,
        /** It did not work; the message says why and what to do. */
        PROBLEM
    }

    /**
     * An interview the preview can draft for.
     *
     * @param label  how the picker shows it
     * @param sample true for a bundled sample
     */
    public record PreviewInterview(String label, Interview interview, boolean sample) {
    }

    private record Listing(List<TemplateInfo> templates, List<Interview> saved) {
    }

    private record Checked(List<TemplateError> errors, int drafted, boolean checked, Draft preview,
                           String previewProblem) {
    }

    private record Deleted(String title, String text) {
    }

    private final Messages messages;
    private final TaskRunner runner;
    private final Supplier<TemplateServices> opener;
    private final TemplateDialogs dialogs;
    private TemplateServices services;
    private boolean opening;

    private final List<TemplateInfo> all = new ArrayList<>();
    private final ObservableList<TemplateInfo> templates = FXCollections.observableArrayList();
    private final ObjectProperty<NoteKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<TemplateInfo> selected = new SimpleObjectProperty<>(this, "selected");

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper(this, "canCreate");
    private final ObservableList<TemplateError> errors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper(this, "checkSummary", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private String savedText = "";
    private boolean loadingText;

    private final ObservableList<PreviewInterview> interviews = FXCollections.observableArrayList();
    private final ObjectProperty<PreviewInterview> interview = new SimpleObjectProperty<>(this, "interview");
    private final ObservableList<String> recipients = FXCollections.observableArrayList();
    private final StringProperty recipient = new SimpleStringProperty(this, "recipient");
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper(this, "previewSubject", "");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper(this, "previewBody", "");
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem");

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyObjectWrapper<Outcome> statusKind = new ReadOnlyObjectWrapper<>(this, "statusKind",
        Outcome.NONE);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private Deleted deleted;

    private int generation;
    private boolean adjusting;
    private TaskRunner.Cancellable pause;
    private TaskRunner.Cancellable running;

    /**
     * Creates the screen's state; cheap: the services are opened on the IO lane when the screen is first shown.
     *
     * @param opener builds the services (reads the bundled templates, samples and the workspace folder)
     */
    public TemplatesViewModel(Messages messages, TaskRunner runner, Supplier<TemplateServices> opener,
                              TemplateDialogs dialogs) {
        this.messages = messages;
        this.runner = runner;
        this.opener = opener;
        this.dialogs = dialogs;
        kindFilter.addListener((o, was, now) -> applyFilter());
        search.addListener((o, was, now) -> applyFilter());
        selected.addListener((o, was, now) -> selectionChanged(was, now));
        text.addListener((o, was, now) -> {
            if (!loadingText) {
                dirty.set(editable.get() && !now.equals(savedText));
                schedule();
            }
        });
        interview.addListener((o, was, now) -> interviewChanged());
        recipient.addListener((o, was, now) -> {
            if (!adjusting) {
                recheck();
            }
        });
    }

    /** Called each time the screen comes into view: opens the services once, then reads the lists again. */
    public void shown() {
        if (services == null) {
            if (opening) {
                return;
            }
            opening = true;
            runner.run(TaskRunner.Lane.IO, () -> {
                TemplateServices s = opener.get();
                return new Object[] {s, listing(s)};
            }, result -> {
                opening = false;
                services = (TemplateServices) result[0];
                canCreate.set(services.user() != null);
                ready.set(true);
                apply((Listing) result[1], null);
            }, e -> {
                opening = false;
                say(Outcome.PROBLEM, messages.get("templates.openFailed"));
            });
            return;
        }
        reload(null);
    }

    private static Listing listing(TemplateServices s) {
        return new Listing(s.catalog().all(), s.saved().get());
    }

    /** Reads the lists again and selects {@code selectId} (or keeps the selection). */
    private void reload(String selectId) {
        TemplateServices s = services;
        runner.run(TaskRunner.Lane.IO, () -> listing(s), l -> apply(l, selectId), this::failed);
    }

    private void apply(Listing listing, String selectId) {
        all.clear();
        all.addAll(listing.templates());
        applyFilter();
        List<PreviewInterview> choices = new ArrayList<>();
        for (Interview i : listing.saved()) {
            if (i.sample()) {
                // the first start's sample is listed below, labelled as one, with the other samples
                continue;
            }
            choices.add(new PreviewInterview(messages.get("templates.preview.saved", i.company(), i.role()), i,
                false));
        }
        for (SampleInterviews.Sample s : services.samples()) {
            choices.add(new PreviewInterview(messages.get("templates.preview.sample", s.interview().company(),
                s.interview().role()), s.interview(), true));
        }
        PreviewInterview keep = interview.get();
        adjusting = true;
        try {
            interviews.setAll(choices);
            PreviewInterview again = keep == null ? null : choices.stream()
                .filter(c -> c.label().equals(keep.label()) && c.sample() == keep.sample()).findFirst().orElse(null);
            interview.set(again != null ? again : choices.isEmpty() ? null : choices.get(0));
        } finally {
            adjusting = false;
        }
        interviewChanged();
        String id = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        TemplateInfo next = id == null ? null : all.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        if (next == null) {
            next = templates.isEmpty() ? null : templates.get(0);
        }
        selected.set(next);
    }

    private void applyFilter() {
        NoteKind k = kindFilter.get();
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        templates.setAll(all.stream().filter(t -> k == null || t.kind() == k)
            .filter(t -> words.isEmpty() || (t.title() + " " + t.description() + " " + t.id())
                .toLowerCase(Locale.ROOT).contains(words)).toList());
    }

    private void selectionChanged(TemplateInfo was, TemplateInfo now) {
        if (was != null && now != null && was.id().equals(now.id())) {
            editable.set(now.origin() == TemplateInfo.Origin.USER);
            return;
        }
        if (was != null && dirty.get() && was.origin() == TemplateInfo.Origin.USER) {
            write(was.id(), text.get(), false);
        }
        editable.set(now != null && now.origin() == TemplateInfo.Origin.USER);
        if (now == null) {
            setText("");
            recheck();
            return;
        }
        TemplateServices s = services;
        runner.run(TaskRunner.Lane.IO, () -> s.catalog().text(now.id()).orElse(""), t -> {
            if (selected.get() != null && selected.get().id().equals(now.id())) {
                setText(t);
                recheck();
            }
        }, this::failed);
    }

    private void setText(String value) {
        loadingText = true;
        try {
            savedText = value;
            text.set(value);
            dirty.set(false);
        } finally {
            loadingText = false;
        }
    }

    private void interviewChanged() {
        PreviewInterview p = interview.get();
        List<String> names = p == null ? List.of()
            : p.interview().interviewers().stream().map(Interviewer::name).toList();
        String keep = recipient.get();
        boolean outer = adjusting;
        adjusting = true;
        try {
            if (!recipients.equals(names)) {
                recipients.setAll(names);
            }
            recipient.set(names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
        } finally {
            adjusting = outer;
        }
        if (!outer) {
            recheck();
        }
    }

    private void schedule() {
        if (pause != null) {
            pause.cancel();
        }
        pause = runner.after(PAUSE, this::recheck);
    }

    /** Checks and previews the text now; a result that arrives after a newer request is dropped. */
    public void recheck() {
        if (pause != null) {
            pause.cancel();
            pause = null;
        }
        int gen = ++generation;
        if (running != null) {
            running.cancel();
        }
        TemplateServices s = services;
        TemplateInfo info = selected.get();
        if (s == null || info == null) {
            errors.clear();
            checkSummary.set("");
            showPreview(null, s == null ? null : messages.get("templates.preview.none"));
            checking.set(false);
            return;
        }
        String source = text.get();
        boolean own = editable.get();
        PreviewInterview p = interview.get();
        String to = recipient.get();
        checking.set(true);
        running = runner.run(TaskRunner.Lane.COMPUTE, () -> compute(s, info, own, source, p, to), c -> {
            if (gen != generation) {
                return;
            }
            checking.set(false);
            errors.setAll(c.errors());
            checkSummary.set(summary(c));
            showPreview(c.preview(), c.previewProblem());
        }, e -> {
            if (gen != generation) {
                return;
            }
            checking.set(false);
            showPreview(null, messages.get("templates.preview.failed"));
        });
    }

    private Checked compute(TemplateServices s, TemplateInfo info, boolean own, String source, PreviewInterview p,
                            String to) {
        List<TemplateError> found = List.of();
        int drafted = 0;
        if (own) {
            TemplateCheck.Result r = s.check().check(info.title(), source, null);
            found = r.errors();
            drafted = r.notesDrafted();
        }
        if (p == null) {
            return new Checked(found, drafted, own, null, messages.get("templates.preview.noInterview"));
        }
        try {
            List<Draft> drafts = own ? s.drafter().preview(source, p.interview(), DraftRequest.DEFAULT.to(to))
                : s.drafter().draft(p.interview(), new DraftRequest(null, null, null, info.id(), to));
            return new Checked(found, drafted, own, drafts.isEmpty() ? null : drafts.get(0), null);
        } catch (DraftException e) {
            String why = e.errors().isEmpty() ? e.getMessage() : !found.isEmpty()
                ? messages.get("templates.preview.afterFix") : messages.get("templates.preview.blocked",
                describe(e.errors().get(0)));
            return new Checked(found, drafted, own, null, why);
        }
    }

    private String summary(Checked c) {
        if (!c.checked()) {
            return "";
        }
        if (c.errors().isEmpty()) {
            return c.drafted() > 0 ? messages.get("templates.check.ok", c.drafted())
                : messages.get("templates.check.nothing");
        }
        return messages.get("templates.check.problems", c.errors().size());
    }

    private void showPreview(Draft d, String problem) {
        previewSubject.set(d == null || d.subject() == null ? "" : d.subject());
        previewBody.set(d == null ? "" : d.body());
        previewProblem.set(problem);
    }

    /** A problem as the list under the editor shows it: "Line 3, column 14: …". */
    public String describe(TemplateError e) {
        return e.line() > 0 ? messages.get("templates.error.at", String.valueOf(e.line()),
            String.valueOf(e.column()), e.message()) : e.message();
    }

    /** Creates an own template of {@code kind} from a skeleton that already drafts, and selects it. */
    public void create(NoteKind kind) {
        UserTemplates user = user();
        if (user == null || kind == null) {
            return;
        }
        List<Medium> media = services.catalog().media(kind);
        Medium medium = media.isEmpty() ? Medium.EMAIL : media.get(0);
        String base = messages.get("templates.new.title", kind.label());
        long same = all.stream().filter(t -> t.origin() == TemplateInfo.Origin.USER && t.title().startsWith(base))
            .count();
        String title = same == 0 ? base : base + " " + (same + 1);
        String skeleton = Skeletons.of(kind, medium, title, messages.get("templates.new.description"));
        if (kindFilter.get() != null && kindFilter.get() != kind) {
            kindFilter.set(null);
        }
        runner.run(TaskRunner.Lane.IO, () -> user.save(null, TemplateHeader.parse(skeleton), skeleton), saved -> {
            say(Outcome.SUCCESS, messages.get("templates.created", saved.template().title()));
            reload(saved.template().id());
        }, this::failed);
    }

    /** Copies the selected template (bundled or own) into a new own template, and selects the copy. */
    public void duplicate() {
        UserTemplates user = user();
        TemplateInfo info = selected.get();
        if (user == null || info == null) {
            return;
        }
        String source = text.get();
        TemplateHeader h = TemplateHeader.parse(source);
        TemplateHeader header = new TemplateHeader(h.kind() != null ? h.kind() : info.kind(), h.medium() != null
            ? h.medium() : info.medium(), h.tone() != null ? h.tone() : info.tone(),
            messages.get("templates.copyOf", info.title()), h.description() != null ? h.description()
            : info.description(), h.requires(), List.of(), List.of());
        String copy = header.format() + "\n" + TemplateHeader.body(source);
        runner.run(TaskRunner.Lane.IO, () -> user.save(null, header, copy), saved -> {
            say(Outcome.SUCCESS, messages.get("templates.duplicated", info.title(), saved.template().title()));
            reload(saved.template().id());
        }, this::failed);
    }

    /** Saves the selected own template; one with problems is kept as a draft that can't draft notes. */
    public void save() {
        TemplateInfo info = selected.get();
        if (info == null || !editable.get() || user() == null) {
            return;
        }
        write(info.id(), text.get(), true);
    }

    /** Called when another screen replaces this one: saves unsaved edits, so leaving never loses work. */
    public void left() {
        TemplateInfo info = selected.get();
        if (info != null && editable.get() && dirty.get() && user() != null) {
            write(info.id(), text.get(), true);
        }
    }

    private void write(String id, String source, boolean reloadAfter) {
        UserTemplates user = user();
        runner.run(TaskRunner.Lane.IO, () -> user.save(id, TemplateHeader.parse(source), source), saved -> {
            TemplateInfo now = selected.get();
            if (now != null && now.id().equals(id)) {
                savedText = source;
                dirty.set(!text.get().equals(savedText));
            }
            if (saved.problems().isEmpty()) {
                say(Outcome.SUCCESS, messages.get("templates.saved", saved.template().title()));
            } else {
                say(Outcome.WARNING, messages.get("templates.savedWithProblems", saved.problems().size(),
                    saved.template().title()));
            }
            if (reloadAfter) {
                reload(null);
            }
        }, this::failed);
    }

    /** Deletes the selected own template; {@link #undoDelete()} brings it back. */
    public void delete() {
        UserTemplates user = user();
        TemplateInfo info = selected.get();
        if (user == null || info == null || !editable.get()) {
            return;
        }
        String source = text.get();
        runner.run(TaskRunner.Lane.IO, () -> {
            user.remove(info.id());
            return info;
        }, removed -> {
            deleted = new Deleted(info.title(), source);
            canUndo.set(true);
            dirty.set(false);
            savedText = text.get();
            say(Outcome.SUCCESS, messages.get("templates.deleted", info.title()));
            selected.set(null);
            reload(null);
        }, this::failed);
    }

    /** Brings back the template deleted last, as a new own template. */
    public void undoDelete() {
        UserTemplates user = user();
        Deleted d = deleted;
        if (user == null || d == null) {
            return;
        }
        runner.run(TaskRunner.Lane.IO, () -> user.save(null, TemplateHeader.parse(d.text()), d.text()), saved -> {
            deleted = null;
            canUndo.set(false);
            say(Outcome.SUCCESS, messages.get("templates.restored", d.title()));
            reload(saved.template().id());
        }, this::failed);
    }

    /** Asks for a template file and imports it, with the core's checks; a bad file names the file and problem. */
    public void importFile() {
        UserTemplates user = user();
        if (user == null) {
            return;
        }
        Optional<Path> chosen = dialogs.openTemplate(messages.get("templates.import.title"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        runner.run(TaskRunner.Lane.IO, () -> user.importFile(read(file, name), name, null), info -> {
            say(Outcome.SUCCESS, messages.get("templates.imported", info.title(), name));
            reload(info.id());
        }, e -> {
            if (e instanceof DraftException d) {
                String more = d.errors().size() > 1 ? " " + messages.get("templates.import.more",
                    d.errors().size() - 1) : "";
                say(Outcome.PROBLEM, d.getMessage() + more);
            } else {
                say(Outcome.PROBLEM, messages.get("templates.import.unreadable", name));
            }
        });
    }

    private static byte[] read(Path file, String name) throws IOException, DraftException {
        if (Files.isDirectory(file)) {
            throw new DraftException(name + " is a folder; choose a template file.");
        }
        if (Files.size(file) > TemplateFiles.MAX_BYTES) {
            throw new DraftException(name + " is larger than " + TemplateFiles.MAX_BYTES / 1024 + " KiB; a template "
                + "is a page of text.");
        }
        return Files.readAllBytes(file);
    }

    /** Asks where to, and writes the selected template (as shown in the editor) to a file, header included. */
    public void exportSelected() {
        TemplateInfo info = selected.get();
        TemplateServices s = services;
        if (info == null || s == null) {
            return;
        }
        Optional<Path> chosen = dialogs.saveTemplate(messages.get("templates.export.title"), info.id() + ".vtl");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
        runner.run(TaskRunner.Lane.IO, () -> {
            s.files().write(file, bytes);
            return file;
        }, written -> say(Outcome.SUCCESS, messages.get("templates.exported", info.title(), written.toString())),
            e -> say(Outcome.PROBLEM, messages.get("templates.export.failed", file.toString(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    private UserTemplates user() {
        return services == null ? null : services.user();
    }

    private void failed(Throwable e) {
        say(Outcome.PROBLEM, e instanceof DraftException ? e.getMessage() : messages.get("templates.failed"));
    }

    private void say(Outcome kind, String message) {
        status.set(null);
        statusKind.set(kind);
        status.set(message);
    }

    /** Hides the status line. */
    public void dismissStatus() {
        status.set(null);
        statusKind.set(Outcome.NONE);
    }

    /** The title of the selected template, or "". */
    public String title() {
        TemplateInfo t = selected.get();
        return t == null ? "" : t.title();
    }

    /** One line under a template's title in the list: kind, medium, tone, and whose it is. */
    public String facts(TemplateInfo t) {
        if (t == null) {
            return "";
        }
        String whose = t.origin() == TemplateInfo.Origin.BUNDLED ? messages.get("templates.origin.bundled")
            : t.valid() ? messages.get("templates.origin.yours") : messages.get("templates.origin.draft");
        return String.join(" · ", messages.get("note.kind." + t.kind().id()),
            messages.get("note.medium." + t.medium().id()), messages.get("note.tone." + t.tone().id()), whose);
    }

    /** The name of a kind for the filter; null means every kind. */
    public String kindName(NoteKind k) {
        return k == null ? messages.get("templates.filter.all") : messages.get("note.kind." + k.id());
    }

    /** The kinds a template can draft, for the filter and "New". */
    public List<NoteKind> kinds() {
        return List.of(NoteKind.values());
    }

    /** The templates shown in the list, bundled first, after the filter. */
    public ObservableList<TemplateInfo> templates() {
        return templates;
    }

    /** Show only this kind; null for all. */
    public ObjectProperty<NoteKind> kindFilterProperty() {
        return kindFilter;
    }

    /** Show only templates whose title, description or id contain these words. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The template shown in the editor. */
    public ObjectProperty<TemplateInfo> selectedProperty() {
        return selected;
    }

    /** The editor's text, header included, so line numbers match the file. */
    public StringProperty textProperty() {
        return text;
    }

    /** True for an own template; bundled ones are read-only. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** True when the text differs from what was saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True once the templates are read. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True when own templates can be created and imported (the templates folder is open). */
    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    /** The problems of the text, with line and column where there is one. */
    public ObservableList<TemplateError> errors() {
        return errors;
    }

    /** One line on the last check ("Drafted 9 notes for the sample interviews"), or "" for a bundled template. */
    public ReadOnlyStringProperty checkSummaryProperty() {
        return checkSummary.getReadOnlyProperty();
    }

    /** True while a check and preview are running. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The interviews the preview can draft for: saved ones, then the samples. */
    public ObservableList<PreviewInterview> interviews() {
        return interviews;
    }

    /** The interview the preview drafts for. */
    public ObjectProperty<PreviewInterview> interviewProperty() {
        return interview;
    }

    /** The interviewers of the chosen interview. */
    public ObservableList<String> recipients() {
        return recipients;
    }

    /** Whose note the preview shows. */
    public StringProperty recipientProperty() {
        return recipient;
    }

    /** The preview's subject ("" for media without one). */
    public ReadOnlyStringProperty previewSubjectProperty() {
        return previewSubject.getReadOnlyProperty();
    }

    /** The preview's text. */
    public ReadOnlyStringProperty previewBodyProperty() {
        return previewBody.getReadOnlyProperty();
    }

    /** Why there is no preview, or null. */
    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    /** What the last action did, or null. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How the last action ended. */
    public ReadOnlyObjectProperty<Outcome> statusKindProperty() {
        return statusKind.getReadOnlyProperty();
    }

    /** True while the last deleted template can be brought back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
