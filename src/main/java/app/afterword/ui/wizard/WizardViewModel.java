// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.ui.common.Autosaver;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.TaskRunner;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The wizard from interview to sent note. Which step shows, how far the person got, and whether they may move on are
 * state here, not in the View: "Next" checks the step and asks the View to focus the first problem; "Back" and the
 * step indicator never lose input. Every edit is autosaved as a working copy; whenever the input makes a valid
 * interview, the interview record is saved too and offered to the later steps through {@link #interviewProperty()}.
 */
public final class WizardViewModel {

    /** How long typing must pause before a save. */
    public static final Duration SAVE_PAUSE = Duration.ofMillis(1500);
    /** The longest edits wait while typing goes on. */
    public static final Duration SAVE_AT_LEAST_EVERY = Duration.ofSeconds(10);
    /** When a failed save is tried again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private static final DateTimeFormatter SAVED_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Messages messages;
    private final TaskRunner runner;
    private final ZoneId userZone;
    private final InterviewStepViewModel interviewStep;
    private final PeopleStepViewModel peopleStep;
    private final ConversationStepViewModel conversationStep;
    private final AboutYouViewModel aboutYou;
    private final BooleanBinding signed;
    private final Map<WizardStep, StepModel> models = new EnumMap<>(WizardStep.class);
    private final Autosaver<WorkingCopies.Snapshot, WorkingCopies.Saved> autosaver;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step",
        WizardStep.INTERVIEW);
    private final ReadOnlyObjectWrapper<WizardStep> furthest = new ReadOnlyObjectWrapper<>(this, "furthest",
        WizardStep.INTERVIEW);
    private final ReadOnlyObjectWrapper<Interview> interview = new ReadOnlyObjectWrapper<>(this, "interview");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(this, "sample");
    private final ReadOnlyBooleanWrapper sampleRemovable = new ReadOnlyBooleanWrapper(this, "sampleRemovable");
    private Consumer<String> sampleRemover;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final StringBinding saveText;
    private final List<Consumer<FormField>> focusListeners = new ArrayList<>();
    private String key;
    private Interview base;
    private Map<String, com.fasterxml.jackson.databind.JsonNode> copyExtra = Map.of();
    private String contact = "";
    private List<String> cc = List.of();
    private boolean loading;

    /**
     * Creates the wizard without a profile to ask for: notes count as signed.
     *
     * @param copies     where input is saved; its methods run on the IO lane
     * @param unexpected receives failures that are bugs (the central error handler)
     */
    public WizardViewModel(Messages messages, TaskRunner runner, WorkingCopies copies, DateTimeInput input,
                           ZoneId userZone, Consumer<Throwable> unexpected) {
        this(messages, runner, copies, input, userZone, AboutYouViewModel.Profile.none(), unexpected);
    }

    /**
     * Creates the wizard without sentences under the items of step 3.
     *
     * @param copies     where input is saved; its methods run on the IO lane
     * @param profile    the profile's name and sign-off, which step 1 asks for while there is no name
     * @param unexpected receives failures that are bugs (the central error handler)
     */
    public WizardViewModel(Messages messages, TaskRunner runner, WorkingCopies copies, DateTimeInput input,
                           ZoneId userZone, AboutYouViewModel.Profile profile, Consumer<Throwable> unexpected) {
        this(messages, runner, copies, input, userZone, profile, ConversationStepViewModel.Phrasing.NONE,
            unexpected);
    }

    /**
     * Creates the wizard.
     *
     * @param copies     where input is saved; its methods run on the IO lane
     * @param profile    the profile's name and sign-off, which step 1 asks for while there is no name
     * @param phrasing   the sentence each item of step 3 goes into, shown under it
     * @param unexpected receives failures that are bugs (the central error handler)
     */
    public WizardViewModel(Messages messages, TaskRunner runner, WorkingCopies copies, DateTimeInput input,
                           ZoneId userZone, AboutYouViewModel.Profile profile,
                           ConversationStepViewModel.Phrasing phrasing, Consumer<Throwable> unexpected) {
        this.messages = messages;
        this.runner = runner;
        this.userZone = userZone;
        Runnable changed = this::changed;
        interviewStep = new InterviewStepViewModel(messages, input,
            () -> LocalDate.ofInstant(runner.clock().instant(), userZone), userZone, changed);
        peopleStep = new PeopleStepViewModel(messages, changed, runner, phrasing);
        conversationStep = new ConversationStepViewModel(changed, runner, phrasing);
        aboutYou = new AboutYouViewModel(profile);
        signed = Bindings.createBooleanBinding(() -> aboutYou.signsProperty().get() || candidateSigns(interview.get()),
            aboutYou.signsProperty(), interview);
        models.put(WizardStep.INTERVIEW, interviewStep);
        models.put(WizardStep.PEOPLE, peopleStep);
        models.put(WizardStep.CONVERSATION, conversationStep);
        for (WizardStep s : List.of(WizardStep.NOTE, WizardStep.REVIEW, WizardStep.SEND)) {
            models.put(s, StepModel.NOTHING_TO_CHECK);
        }
        autosaver = new Autosaver<>(runner, this::snapshot, copies::save, this::saved, unexpected, SAVE_PAUSE,
            SAVE_AT_LEAST_EVERY, RETRY_AFTER);
        canGoBack = Bindings.createBooleanBinding(() -> step.get() != WizardStep.INTERVIEW, step);
        canGoNext = Bindings.createBooleanBinding(() -> step.get() != WizardStep.SEND, step);
        saveText = Bindings.createStringBinding(() -> describe(autosaver.stateProperty().get()),
            autosaver.stateProperty());
        interviewStep.company().textProperty().addListener((o, a, b) -> updateTitle());
        interviewStep.role().textProperty().addListener((o, a, b) -> updateTitle());
        updateTitle();
    }

    private void changed() {
        if (!loading) {
            autosaver.changed();
        }
    }

    private void updateTitle() {
        String company = interviewStep.company().trimmed();
        String role = interviewStep.role().trimmed();
        String named;
        if (company.isEmpty() && role.isEmpty()) {
            named = messages.get("wizard.title.new");
        } else if (role.isEmpty() || company.isEmpty()) {
            named = company.isEmpty() ? role : company;
        } else {
            named = messages.get("wizard.title", company, role);
        }
        title.set(sample.get() ? messages.get("wizard.title.sample", named) : named);
    }

    private String describe(SaveState s) {
        return switch (s.kind()) {
            case SAVED -> s.at() == null ? messages.get("save.upToDate")
                : messages.get("save.saved", SAVED_TIME.format(s.at().atZone(userZone)));
            case PENDING -> messages.get("save.pending");
            case SAVING -> messages.get("save.saving");
            case FAILED -> messages.get("save.failed." + (s.reason() == null ? "other"
                : s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        };
    }

    /**
     * Puts the ViewModel of a later step (note, review, send) in charge of checking that step; until one is given,
     * the step has nothing to check.
     */
    public void use(WizardStep laterStep, StepModel model) {
        if (laterStep.ordinal() <= WizardStep.CONVERSATION.ordinal()) {
            throw new IllegalArgumentException("steps 1 to 3 are built in: " + laterStep);
        }
        models.put(laterStep, model);
    }

    /** Opens a session: its input, at the step it was left on. */
    public void open(WorkingCopies.Session session) {
        loading = true;
        try {
            key = session.key();
            base = session.base();
            sample.set(base != null && base.sample());
            InterviewWorkingCopy c = session.copy();
            copyExtra = c.extra();
            interviewStep.load(c.company(), c.role(), c.date(), c.startTime(), c.endTime(), c.timeZone(),
                c.timesInYourZone(), c.format(), c.decisionDate());
            if (c.timeZone().isBlank()) {
                interviewStep.timeZone().load(userZone.getId());
            }
            peopleStep.load(c.people());
            conversationStep.topics().load(c.topics());
            conversationStep.skills().load(c.skills());
            conversationStep.clarifications().load(c.clarifications());
            conversationStep.ideas().load(c.ideas());
            boolean chosenInCopy = !c.contact().isBlank() || !c.cc().isEmpty();
            contact = chosenInCopy || base == null || base.contact() == null ? c.contact() : base.contact();
            cc = chosenInCopy || base == null ? c.cc() : base.cc();
            WizardStep at = WizardStep.parse(c.step());
            step.set(at);
            furthest.set(at);
            interview.set(build().orElse(null));
            notice.set(null);
            aboutYou.reconsider();
            updateTitle();
        } finally {
            loading = false;
        }
        autosaver.reset(session.copy().savedAt());
    }

    /**
     * Gives "Remove sample" its action: {@code remover} takes the sample's id away (with undo, as Home's deletes
     * do). Until one is given, the sample can't be removed from here.
     */
    public void onRemoveSample(Consumer<String> remover) {
        sampleRemover = remover;
        sampleRemovable.set(remover != null);
    }

    /** Removes the sample interview that is open; an empty interview takes its place. */
    public void removeSample() {
        if (sample.get() && base != null && sampleRemover != null) {
            sampleRemover.accept(base.id());
        }
    }

    /**
     * Starts an empty interview once what is open is safely saved; when that save fails, the open interview stays,
     * showing why, so nothing typed is left behind.
     */
    public void newInterview() {
        switchTo(() -> WorkingCopies.fresh(interviewStep.input(), userZone, runner.clock().instant()));
    }

    /** Opens another session once what is open is saved (see {@link #newInterview()}). */
    public void switchTo(java.util.function.Supplier<WorkingCopies.Session> next) {
        autosaver.flushThen(() -> open(next.get()));
    }

    /** Checks the step; moves on when it is fine, else asks for the first problem to be focused. */
    public boolean next() {
        WizardStep from = step.get();
        if (from == WizardStep.SEND) {
            return false;
        }
        List<FormField> problems = models.get(from).validate();
        if (!problems.isEmpty()) {
            requestFocus(problems.get(0));
            return false;
        }
        moveTo(from.next());
        return true;
    }

    /** Goes one step back; nothing is checked and nothing is lost. */
    public boolean back() {
        if (step.get() == WizardStep.INTERVIEW) {
            return false;
        }
        moveTo(step.get().previous());
        return true;
    }

    /**
     * Goes to any step. Earlier steps open at once; a later one only after every step before it checks out, else
     * the wizard stops at the first step with a problem and focuses it.
     */
    public boolean goTo(WizardStep target) {
        WizardStep at = step.get();
        if (target == at) {
            return true;
        }
        if (target.ordinal() > at.ordinal()) {
            for (WizardStep s = at; s != target; s = s.next()) {
                List<FormField> problems = models.get(s).validate();
                if (!problems.isEmpty()) {
                    if (s != at) {
                        moveTo(s);
                    }
                    requestFocus(problems.get(0));
                    return false;
                }
            }
        }
        moveTo(target);
        return true;
    }

    private void moveTo(WizardStep target) {
        peopleStep.clearUndo();
        aboutYou.reconsider();
        step.set(target);
        if (target.ordinal() > furthest.get().ordinal()) {
            furthest.set(target);
        }
        interview.set(build().orElse(null));
        autosaver.saveNow();
    }

    /**
     * Goes to step 1 and puts the cursor on "Your name" in "About you", for the notes that would go out unsigned.
     */
    public void askForName() {
        goTo(WizardStep.INTERVIEW);
        aboutYou.ask();
        requestFocus(aboutYou.name());
    }

    private static boolean candidateSigns(Interview i) {
        return i != null && (i.candidate().name() != null || i.candidate().signature() != null);
    }

    private void requestFocus(FormField field) {
        for (Consumer<FormField> l : List.copyOf(focusListeners)) {
            l.accept(field);
        }
    }

    /** Saves now (Ctrl+S). */
    public void save() {
        autosaver.saveNow();
    }

    /** Saves what is unsaved, as the window closes. */
    public void flush() {
        autosaver.flush();
    }

    /** Registers the View's way to focus a field. */
    public void onFocusRequest(Consumer<FormField> listener) {
        focusListeners.add(listener);
    }

    /**
     * Remembers who one-recipient notes (follow-ups) of this interview go to and who they copy, as chosen on the note
     * step, and offers the interview with that choice to the later steps at once.
     *
     * @param name  the contact's name, or null for the default (the hiring manager, else the first recruiter...)
     * @param copy  the names or e-mail addresses to copy
     */
    public void chooseContact(String name, List<String> copy) {
        contact = name == null ? "" : name;
        cc = copy == null ? List.of() : List.copyOf(copy);
        interview.set(build().orElse(null));
        changed();
    }

    /** The interview the input makes, when it is valid. */
    public Optional<Interview> build() {
        if (!interviewStep.isValid() || !peopleStep.isValid() || !conversationStep.isValid()) {
            return Optional.empty();
        }
        Interview.Builder b = base != null ? base.toBuilder() : new Interview.Builder();
        interviewStep.applyTo(b);
        peopleStep.applyTo(b);
        conversationStep.applyTo(b);
        try {
            Interview made = b.contact(null).cc(List.of()).build();
            return Optional.of(made.withContact(known(made, contact) ? contact : null, cc.stream()
                .filter(c -> c.contains("@") || known(made, c)).toList()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code name} is one of the people now on the cards; a choice of someone removed is dropped. */
    private static boolean known(Interview i, String name) {
        return name != null && !name.isBlank() && i.interviewer(name).isPresent();
    }

    private WorkingCopies.Snapshot snapshot() {
        InterviewStepViewModel i = interviewStep;
        InterviewWorkingCopy copy = new InterviewWorkingCopy(InterviewWorkingCopy.SCHEMA_VERSION,
            base == null ? null : base.id(), step.get().key(), null, i.company().text(), i.role().text(),
            i.date().text(), i.start().text(), i.end().text(), i.timeZone().text(),
            i.clockProperty().get() == InterviewStepViewModel.Clock.YOURS ? InterviewWorkingCopy.YOUR_TIME
                : InterviewWorkingCopy.THEIR_TIME,
            i.formatProperty().get() == null ? "" : i.formatProperty().get().jsonName(), i.decision().text(),
            peopleStep.snapshot(), conversationStep.topics().typed(), conversationStep.skills().typed(),
            conversationStep.clarifications().typed(), conversationStep.ideas().typed(), contact, cc, copyExtra);
        Interview valid = build().orElse(null);
        return new WorkingCopies.Snapshot(key, copy, valid, runner.clock().instant());
    }

    private void saved(WorkingCopies.Saved result) {
        key = result.key();
        if (result.interview() != null) {
            base = result.interview();
            if (interview.get() != null) {
                interview.set(base);
            }
        }
        notice.set(result.notSaved() == null ? null : messages.get("wizard.readOnly"));
    }

    /** The step showing. */
    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The furthest step reached. */
    public ReadOnlyObjectProperty<WizardStep> furthestProperty() {
        return furthest.getReadOnlyProperty();
    }

    /** The valid interview the input makes, or null; later steps draft from it. */
    public ReadOnlyObjectProperty<Interview> interviewProperty() {
        return interview.getReadOnlyProperty();
    }

    /** The header line: "Acme — Product Designer" or "New interview". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while the sample interview a first start added is open: the wizard says it is a sample. */
    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** True when "Remove sample" can act (Home, which removes it with undo, is ready). */
    public ReadOnlyBooleanProperty sampleRemovableProperty() {
        return sampleRemovable.getReadOnlyProperty();
    }

    /** A sentence about the interview record (it is read-only), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True when there is a step before this one. */
    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** True when there is a step after this one. */
    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /** The save state. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return autosaver.stateProperty();
    }

    /** The save state in words: "Saved 14:02". */
    public StringBinding saveTextProperty() {
        return saveText;
    }

    /** The full explanation of a failed save, or null. */
    public String saveProblem() {
        return autosaver.stateProperty().get().message();
    }

    /** Step 1. */
    public InterviewStepViewModel interviewStep() {
        return interviewStep;
    }

    /** Step 2. */
    public PeopleStepViewModel peopleStep() {
        return peopleStep;
    }

    /** Step 3. */
    public ConversationStepViewModel conversationStep() {
        return conversationStep;
    }

    /** Step 1's "About you": the name and sign-off the notes end with. */
    public AboutYouViewModel aboutYou() {
        return aboutYou;
    }

    /**
     * True when the notes end with a name: the profile has a name or signature block, or the interview names its
     * candidate. False asks the note and send steps to say so.
     */
    public BooleanBinding signedProperty() {
        return signed;
    }

    /** The key the working copy is saved under. */
    public String workingCopyKey() {
        return key;
    }

    /** True when there are edits not on disk yet. */
    public boolean hasUnsaved() {
        return autosaver.hasUnsaved();
    }
}
