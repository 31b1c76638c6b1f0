// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.ReadsAs;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.Tone;
import app.afterword.core.draft.ToneCoverage;
import app.afterword.core.interview.Interview;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.wizard.StepModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 4: which note to send (kind, medium, tone, template), each with a line saying what it means, and a live
 * preview of the draft for one recipient. Drafting runs on the compute lane; only the latest request's result is
 * shown. "Next" is refused when the chosen template needs something the interview lacks (an idea to offer, a point
 * to clarify), naming what to add and where. A tone the chosen kind and medium don't come in can't be chosen, and
 * the step says why; the tone shown is always the tone of the template that drafts.
 */
public final class NoteStepViewModel implements StepModel {

    private final Messages messages;
    private final TaskRunner runner;
    private final Drafter drafter;
    private final ReadOnlyObjectProperty<Interview> interview;
    private final ObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(this, "kind", NoteKind.THANK_YOU);
    private final ObjectProperty<Medium> medium = new SimpleObjectProperty<>(this, "medium", Medium.EMAIL);
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.WARM);
    private final ObjectProperty<TemplateInfo> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty recipient = new SimpleStringProperty(this, "recipient");
    private final ObservableList<NoteKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<Medium> media = FXCollections.observableArrayList();
    private final ObservableList<TemplateInfo> templates = FXCollections.observableArrayList();
    private final ObservableList<String> recipients = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper(this, "previewSubject", "");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper(this, "previewBody", "");
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem");
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper(this, "leftOut");
    private final ReadOnlyBooleanWrapper drafting = new ReadOnlyBooleanWrapper(this, "drafting");
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper(this, "timing", "");
    private SendTiming sendTiming;
    private final Map<Tone, ReadOnlyBooleanWrapper> offered = new EnumMap<>(Tone.class);
    private final ReadOnlyStringWrapper toneNotice = new ReadOnlyStringWrapper(this, "toneNotice");
    private Tone wanted = Tone.WARM;
    private final FormField templateField;
    private final Signing signing;
    private final AudienceViewModel audience;
    private final StringBinding signatureWarning;
    private boolean adjusting;
    private int generation;
    private TaskRunner.Cancellable running;

    /**
     * Creates the step for notes that are always signed.
     *
     * @param interview the valid interview of steps 1 to 3, or null while it is not valid
     */
    public NoteStepViewModel(Messages messages, TaskRunner runner, Drafter drafter,
                             ReadOnlyObjectProperty<Interview> interview) {
        this(messages, runner, drafter, interview, Signing.alwaysSigned());
    }

    /**
     * Creates the step.
     *
     * @param interview the valid interview of steps 1 to 3, or null while it is not valid
     * @param signing   whether the notes end with a name, and the way to add one
     */
    public NoteStepViewModel(Messages messages, TaskRunner runner, Drafter drafter,
                             ReadOnlyObjectProperty<Interview> interview, Signing signing) {
        this(messages, runner, drafter, interview, signing, (contact, cc) -> { });
    }

    /**
     * Creates the step.
     *
     * @param interview the valid interview of steps 1 to 3, or null while it is not valid
     * @param signing   whether the notes end with a name, and the way to add one
     * @param contacts  keeps the contact and copies chosen for one-recipient notes with the interview
     */
    public NoteStepViewModel(Messages messages, TaskRunner runner, Drafter drafter,
                             ReadOnlyObjectProperty<Interview> interview, Signing signing,
                             AudienceViewModel.Keeper contacts) {
        audience = new AudienceViewModel(messages, interview, kind, medium, contacts);
        this.messages = messages;
        this.runner = runner;
        this.drafter = drafter;
        this.interview = interview;
        this.signing = signing;
        signatureWarning = Bindings.createStringBinding(() -> signing.signed().get() ? null
            : messages.get("notes.unsigned"), signing.signed());
        signatureWarning.addListener((o, was, now) -> refreshPreview());
        templateField = new FormField("template", () -> { }).rule(this::missingInput);
        for (Tone t : ToneCoverage.ORDER) {
            offered.put(t, new ReadOnlyBooleanWrapper(this, "offered" + t.id(), true));
        }
        for (NoteKind k : NoteKind.values()) {
            if (!drafter.catalog().media(k).isEmpty()) {
                kinds.add(k);
            }
        }
        kind.addListener((o, was, now) -> choicesChanged(true));
        medium.addListener((o, was, now) -> choicesChanged(false));
        tone.addListener((o, was, now) -> {
            if (!adjusting && now != null) {
                wanted = now;
                chooseTemplate();
                refreshPreview();
            }
        });
        template.addListener((o, was, now) -> {
            if (!adjusting && now != null) {
                wanted = now.tone();
            }
            if (!adjusting && now != null && now.tone() != tone.get()) {
                adjusting = true;
                tone.set(now.tone());
                adjusting = false;
            }
            templateField.refresh();
            if (!adjusting) {
                refreshPreview();
            }
        });
        recipient.addListener((o, was, now) -> refreshPreview());
        audience.receivers().addListener((javafx.collections.ListChangeListener<String>) c -> updateRecipients());
        interview.addListener((o, was, now) -> interviewChanged());
        adjusting = true;
        choicesChanged(true);
        adjusting = false;
        interviewChanged();
    }

    private void choicesChanged(boolean kindChanged) {
        boolean outer = adjusting;
        adjusting = true;
        try {
            if (kindChanged) {
                List<Medium> available = drafter.catalog().media(kind.get());
                media.setAll(available);
                if (!available.contains(medium.get()) && !available.isEmpty()) {
                    medium.set(available.get(0));
                }
            }
            templates.setAll(drafter.catalog().all().stream()
                .filter(t -> t.valid() && t.drafts(kind.get(), medium.get())).toList());
            chooseTemplate();
        } finally {
            adjusting = outer;
        }
        if (!outer) {
            refreshPreview();
        }
    }

    /**
     * Chooses the template in the tone last asked for, or else in the nearest tone there is (warm first), shows
     * that tone, and says which tones this kind and medium don't come in and why.
     */
    private void chooseTemplate() {
        boolean outer = adjusting;
        adjusting = true;
        try {
            List<Tone> available = ToneCoverage.ORDER.stream()
                .filter(t -> templates.stream().anyMatch(x -> x.tone() == t)).toList();
            Optional<Tone> best = ToneCoverage.nearest(wanted, available);
            TemplateInfo chosen = best.flatMap(b -> templates.stream().filter(t -> t.tone() == b).findFirst())
                .orElse(null);
            template.set(chosen);
            if (chosen != null) {
                tone.set(chosen.tone());
            }
            offered.forEach((t, p) -> p.set(available.isEmpty() || available.contains(t)));
            toneNotice.set(notice(available));
        } finally {
            adjusting = outer;
        }
    }

    /** "No formal or brief version for this kind and medium: …", or null when every tone is offered. */
    private String notice(List<Tone> available) {
        List<Tone> missing = ToneCoverage.ORDER.stream().filter(t -> !available.contains(t)).toList();
        if (available.isEmpty() || missing.isEmpty()) {
            return null;
        }
        List<String> reasons = missing.stream().map(t -> ToneCoverage.gap(kind.get(), medium.get(), t)
            .map(g -> messages.get("note.tone.gap." + g.id())).orElse(messages.get("note.tone.gap.none")))
            .distinct().toList();
        List<String> names = missing.stream().map(t -> name(t).toLowerCase(Locale.ROOT)).toList();
        String which = names.size() == 1 ? names.get(0) : messages.get("note.tone.or",
            String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
        return messages.get("note.tone.notOffered", which, String.join(" ", reasons));
    }

    private void interviewChanged() {
        updateRecipients();
        templateField.refresh();
        refreshPreview();
    }

    /** The preview's choice of person follows who the kind goes to: each interviewer, or the one contact. */
    private void updateRecipients() {
        List<String> names = List.copyOf(audience.receivers());
        String keep = recipient.get();
        if (!recipients.equals(names)) {
            recipients.setAll(names);
        }
        recipient.set(keep != null && names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0));
    }

    /** Drafts the preview again; a result that arrives after a newer request is dropped. */
    public void refreshPreview() {
        refreshTiming();
        int gen = ++generation;
        if (running != null) {
            running.cancel();
        }
        Interview i = interview.get();
        TemplateInfo t = template.get();
        String to = recipient.get();
        if (i == null || t == null || to == null) {
            previewSubject.set("");
            previewBody.set("");
            previewProblem.set(i == null ? messages.get("note.preview.notReady") : null);
            drafting.set(false);
            return;
        }
        String missing = missingInput();
        if (missing != null) {
            previewSubject.set("");
            previewBody.set("");
            previewProblem.set(missing);
            drafting.set(false);
            return;
        }
        DraftRequest request = request().to(to);
        drafting.set(true);
        ReadsAs readsAs = new ReadsAs(drafter.phrases());
        running = runner.run(TaskRunner.Lane.COMPUTE, () -> drafted(i, request, readsAs), drafted -> {
            if (gen != generation) {
                return;
            }
            drafting.set(false);
            List<Draft> drafts = drafted.drafts();
            leftOut.set(drafted.leftOut().isEmpty() ? null : String.join("\n", drafted.leftOut()));
            Draft d = drafts.isEmpty() ? null : drafts.get(0);
            previewSubject.set(d == null || d.subject() == null ? "" : d.subject());
            previewBody.set(d == null ? "" : d.body());
            previewProblem.set(null);
        }, e -> {
            if (gen != generation) {
                return;
            }
            drafting.set(false);
            previewSubject.set("");
            previewBody.set("");
            if (e instanceof DraftException) {
                previewProblem.set(e.getMessage());
            } else {
                previewProblem.set(messages.get("note.preview.failed"));
            }
        });
    }

    /**
     * What the chosen template needs and the interview lacks, as a sentence naming where to add it; null when
     * nothing is missing.
     */
    String missingInput() {
        TemplateInfo t = template.get();
        Interview i = interview.get();
        if (t == null) {
            return messages.get("note.template.none");
        }
        if (i == null) {
            return null;
        }
        List<String> needs = new ArrayList<>();
        for (String path : t.requires()) {
            String field = path.substring(path.indexOf('.') + 1);
            boolean missing = switch (field) {
                case "idea", "ideas" -> i.ideas().isEmpty();
                case "clarification", "clarifications" -> i.clarifications().isEmpty();
                case "skills", "skill" -> i.skills().isEmpty();
                case "topics", "topic" -> i.topics().isEmpty()
                    && i.interviewers().stream().allMatch(p -> p.topics().isEmpty());
                default -> false;
            };
            if (missing) {
                String key = "note.needs." + field.replaceAll("s$", "");
                needs.add(messages.has(key) ? messages.get(key) : messages.get("note.needs.other", field));
            }
        }
        return needs.isEmpty() ? null : messages.get("note.needs", t.title(), String.join(" ", needs));
    }

    @Override
    public List<FormField> validate() {
        return templateField.check() ? List.of() : List.of(templateField);
    }

    @Override
    public boolean isValid() {
        return missingInput() == null;
    }

    /** The request the review step drafts with: the chosen template, for everyone. */
    public DraftRequest request() {
        TemplateInfo t = template.get();
        return new DraftRequest(kind.get(), medium.get(), tone.get(), t == null ? null : t.id(), null);
    }

    /**
     * Says when the chosen note goes out, with the timing the review and send steps use (the same line on all
     * three steps).
     */
    public void useTiming(SendTiming shared) {
        sendTiming = shared;
        kind.addListener((o, was, now) -> refreshTiming());
        refreshTiming();
    }

    private void refreshTiming() {
        timing.set(sendTiming == null ? "" : sendTiming.line(interview.get(), kind.get(), recipient.get()));
    }

    /** When the chosen note goes out ("Send by Tue 8 Dec, 09:00 (America/Chicago): 14 hours left."), or "". */
    public ReadOnlyStringProperty timingProperty() {
        return timing.getReadOnlyProperty();
    }

    /** One line on what a kind of note is for. */
    public String describe(NoteKind k) {
        return k == null ? "" : messages.get("note.kind." + k.id() + ".help");
    }

    /** One line on a medium. */
    public String describe(Medium m) {
        return m == null ? "" : messages.get("note.medium." + m.id() + ".help");
    }

    /** One line on a tone. */
    public String describe(Tone t) {
        return t == null ? "" : messages.get("note.tone." + t.id() + ".help");
    }

    /** The name of a kind, for lists. */
    public String name(NoteKind k) {
        return k == null ? "" : messages.get("note.kind." + k.id());
    }

    /** The name of a medium, for lists. */
    public String name(Medium m) {
        return m == null ? "" : messages.get("note.medium." + m.id());
    }

    /** The name of a tone, for lists. */
    public String name(Tone t) {
        return t == null ? "" : messages.get("note.tone." + t.id());
    }

    /** The tones, in the order they are offered. */
    public List<Tone> tones() {
        return ToneCoverage.ORDER;
    }

    /** True while the chosen kind and medium come in this tone; the step can't choose a tone they don't. */
    public ReadOnlyBooleanProperty offeredProperty(Tone t) {
        return offered.get(t).getReadOnlyProperty();
    }

    /**
     * Which tones the chosen kind and medium don't come in, and why ("No formal or brief version for this kind and
     * medium: a handwritten card has one voice…"), or null when every tone is offered.
     */
    public ReadOnlyStringProperty toneNoticeProperty() {
        return toneNotice.getReadOnlyProperty();
    }

    /** A template's name with its tone, for lists. */
    public String name(TemplateInfo t) {
        if (t == null) {
            return "";
        }
        String origin = t.origin() == TemplateInfo.Origin.USER ? " · " + messages.get("note.template.yours") : "";
        return t.title() + origin;
    }

    /** The chosen template's one-line description. */
    public String templateDescription() {
        TemplateInfo t = template.get();
        return t == null || t.description().isBlank() ? "" : t.description();
    }

    /**
     * Chooses a template by id with its kind and medium, as when the person comes back to notes edited with it;
     * an id the catalog no longer has leaves the choice as it is.
     */
    public void restore(String templateId) {
        drafter.catalog().find(templateId).filter(TemplateInfo::valid).ifPresent(t -> {
            kind.set(t.kind());
            medium.set(t.medium());
            selectTemplate(t.id());
        });
    }

    /** Selects the template with this id, if it is offered. */
    public void selectTemplate(String id) {
        templates.stream().filter(t -> Objects.equals(t.id(), id)).findFirst().ifPresent(template::set);
    }

    /** The kind chosen. */
    public ObjectProperty<NoteKind> kindProperty() {
        return kind;
    }

    /** The medium chosen. */
    public ObjectProperty<Medium> mediumProperty() {
        return medium;
    }

    /** The tone chosen. */
    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    /** The template chosen. */
    public ObjectProperty<TemplateInfo> templateProperty() {
        return template;
    }

    /** Whose note the preview shows. */
    public StringProperty recipientProperty() {
        return recipient;
    }

    /** The kinds there are templates for. */
    public ObservableList<NoteKind> kinds() {
        return kinds;
    }

    /** The media there are templates for, for the chosen kind. */
    public ObservableList<Medium> media() {
        return media;
    }

    /** The templates for the chosen kind and medium. */
    public ObservableList<TemplateInfo> templates() {
        return templates;
    }

    /** Who the chosen kind goes to, with the choice of contact and copies for a one-recipient note. */
    public AudienceViewModel audience() {
        return audience;
    }

    /** The people the chosen kind goes to, for the preview's recipient picker. */
    public ObservableList<String> recipients() {
        return recipients;
    }

    /** The preview's subject line ("" for media without one). */
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

    /**
     * The items the notes leave out because of how they are worded, each with why and how to word it so it fits
     * (one a line), or null when every item fits.
     */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    private record Drafted(List<Draft> drafts, List<String> leftOut) {
    }

    private Drafted drafted(Interview i, DraftRequest request, ReadsAs readsAs) throws DraftException {
        return new Drafted(drafter.draft(i, request), readsAs.leftOut(i));
    }

    /** True while a draft is being made. */
    public ReadOnlyBooleanProperty draftingProperty() {
        return drafting.getReadOnlyProperty();
    }

    /**
     * "Your notes are not signed: add your name" while the notes would end without a name, else null; the step shows
     * it with {@link #addName()}.
     */
    public StringBinding signatureWarningProperty() {
        return signatureWarning;
    }

    /** Goes to the name the notes are signed with. */
    public void addName() {
        signing.addName().run();
    }

    /** The field "Next" checks: the template and what it needs. */
    public FormField templateField() {
        return templateField;
    }

    /** Lower-case id of a kind, for node ids. */
    static String idOf(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
