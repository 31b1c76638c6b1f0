// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.Medium;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.export.CardOptions;
import app.afterword.core.export.CardPdf;
import app.afterword.core.export.CardResult;
import app.afterword.core.export.ClipContent;
import app.afterword.core.export.Copier;
import app.afterword.core.export.EmlWriter;
import app.afterword.core.export.ExportException;
import app.afterword.core.export.ExportFormat;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.export.FileNames;
import app.afterword.core.export.LinkedInNote;
import app.afterword.core.export.MailHandoff;
import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.PlannedStep;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Recorded;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.TimelineException;
import app.afterword.core.store.SaveException;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * Step 6: gets the note showing in the review step out the way that suits the person: copy (plain text and HTML),
 * open in the mail app, save a .eml draft, save a card PDF, copy the LinkedIn text with its count. Launching and file
 * writing run off the UI thread; every outcome is said in one line, and when the mail app can't take the note the
 * step offers copy and .eml instead. "Mark as sent" records the note in the follow-up timeline and shows what comes
 * next.
 */
public final class SendStepViewModel {

    /** How an outcome reads. */
    public enum Tone {
        /** It worked. */
        SUCCESS,
        /** It did not work; the line says what to do instead. */
        WARNING
    }

    /** Writes a file the person chose; runs on the IO lane. */
    @FunctionalInterface
    public interface FileWriter {
        /** Writes (replacing) the file. */
        void write(Path path, byte[] bytes) throws IOException, ExportException;
    }

    private final Messages messages;
    private final TaskRunner runner;
    private final ReviewStepViewModel review;
    private final ReadOnlyObjectProperty<Interview> interview;
    private final Drafter drafter;
    private final Copier copier;
    private final MailHandoff mail;
    private final EmlWriter eml;
    private final CardPdf cards;
    private final Supplier<ExportSettings> settings;
    private final ProgressBook book;
    private final DialogService dialogs;
    private final FileWriter files;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome");
    private final ReadOnlyObjectWrapper<Tone> outcomeTone = new ReadOnlyObjectWrapper<>(this, "outcomeTone",
        Tone.SUCCESS);
    private final ReadOnlyBooleanWrapper offerFallback = new ReadOnlyBooleanWrapper(this, "offerFallback");
    private final ReadOnlyStringWrapper manualCopy = new ReadOnlyStringWrapper(this, "manualCopy");
    private final ReadOnlyStringWrapper linkedInCount = new ReadOnlyStringWrapper(this, "linkedInCount", "");
    private final ReadOnlyStringWrapper timeline = new ReadOnlyStringWrapper(this, "timeline", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Signing signing;
    private final ReadOnlyStringWrapper signatureWarning = new ReadOnlyStringWrapper(this, "signatureWarning");
    private final ReadOnlyStringWrapper signatureFix = new ReadOnlyStringWrapper(this, "signatureFix", "");
    private final ListChangeListener<Finding> findingsChanged = c -> checkSignature();
    private NoteTab watched;
    private Runnable fix = () -> { };
    private SendTiming timing;
    private TaskRunner.Cancellable linkedInDrafting;
    private int linkedInGeneration;

    /**
     * Creates the step for notes that are always signed.
     *
     * @param review   the notes and which one is showing
     * @param drafter  drafts the LinkedIn connection note of an e-mail or card
     * @param settings the export settings (LinkedIn limit, card size), read at every use
     * @param files    writes the files chosen in the save dialog
     */
    public SendStepViewModel(Messages messages, TaskRunner runner, ReviewStepViewModel review,
                             ReadOnlyObjectProperty<Interview> interview, Drafter drafter, Copier copier,
                             MailHandoff mail,
                             EmlWriter eml, CardPdf cards, Supplier<ExportSettings> settings, ProgressBook book,
                             DialogService dialogs, FileWriter files) {
        this(messages, runner, review, interview, drafter, copier, mail, eml, cards, settings, book, dialogs, files,
            Signing.alwaysSigned());
    }

    /**
     * Creates the step.
     *
     * @param review   the notes and which one is showing
     * @param drafter  drafts the LinkedIn connection note of an e-mail or card
     * @param settings the export settings (LinkedIn limit, card size), read at every use
     * @param files    writes the files chosen in the save dialog
     * @param signing  whether the notes end with a name, and the ways to fix a note that doesn't
     */
    public SendStepViewModel(Messages messages, TaskRunner runner, ReviewStepViewModel review,
                             ReadOnlyObjectProperty<Interview> interview, Drafter drafter, Copier copier,
                             MailHandoff mail,
                             EmlWriter eml, CardPdf cards, Supplier<ExportSettings> settings, ProgressBook book,
                             DialogService dialogs, FileWriter files, Signing signing) {
        this.messages = messages;
        this.runner = runner;
        this.review = review;
        this.interview = interview;
        this.drafter = drafter;
        this.copier = copier;
        this.mail = mail;
        this.eml = eml;
        this.cards = cards;
        this.settings = settings;
        this.book = book;
        this.dialogs = dialogs;
        this.files = files;
        this.signing = signing;
        this.timing = new SendTiming(messages, book, runner);
        review.selectedProperty().addListener((o, was, now) -> refresh());
        review.tabs().addListener((ListChangeListener<NoteTab>) c -> checkSignature());
        signing.signed().addListener((o, was, now) -> checkSignature());
        checkSignature();
    }

    /**
     * Says when the note showing would go out without a name: the profile has none to sign with, or the etiquette
     * check of the note as edited found no sign-off or name (rule A8). The fix goes where the name is missing.
     */
    private void checkSignature() {
        NoteTab tab = review.selectedTab();
        if (tab != watched) {
            if (watched != null) {
                watched.findings().removeListener(findingsChanged);
            }
            watched = tab;
            if (tab != null) {
                tab.findings().addListener(findingsChanged);
            }
        }
        if (!signing.signed().get()) {
            warn(messages.get("notes.unsigned"), messages.get("notes.addName"), signing.addName());
            return;
        }
        Finding unsigned = tab == null ? null : tab.findings().stream()
            .filter(f -> f.rule() == Rule.A8 && f.severity().atLeast(Severity.WARNING)).findFirst().orElse(null);
        if (unsigned != null) {
            warn(unsigned.message(), messages.get("notes.editNote"), signing.editNote());
        } else {
            warn(null, "", () -> { });
        }
    }

    private void warn(String text, String action, Runnable then) {
        fix = then;
        signatureFix.set(action);
        signatureWarning.set(text);
    }

    /** Updates the lines that depend on the note showing (the step opened, or another recipient was chosen). */
    public void refresh() {
        checkSignature();
        outcome.set(null);
        offerFallback.set(false);
        manualCopy.set(null);
        Draft d = draft();
        if (d == null) {
            linkedInCount.set("");
            timeline.set("");
            return;
        }
        linkedInCount.set("");
        linkedIn(d, note -> linkedInCount.set(note.describe()), problem -> linkedInCount.set(problem));
        Interview i = interview.get();
        if (i != null && book != null) {
            timeline.set(describe(i, book.plan(i)));
        }
    }

    /** The note showing in the review step, as edited; null when there is none. */
    public Draft draft() {
        NoteTab tab = review.selectedTab();
        return tab == null ? null : tab.current();
    }

    /** Copies the note as plain text and HTML. Runs on the UI thread, where the clipboard lives. */
    public void copy() {
        Draft d = draft();
        if (d == null) {
            return;
        }
        copied(copier.copy(ClipContent.note(d)), messages.get("send.copied", d.recipient()));
    }

    /** Copies the subject line on its own. */
    public void copySubject() {
        Draft d = draft();
        if (d == null || d.subject() == null) {
            return;
        }
        copied(copier.copy(ClipContent.subject(d)), messages.get("send.subjectCopied"));
    }

    /**
     * Copies the text for LinkedIn, and says how it counts against the limit. A note written for LinkedIn is copied as
     * edited; for an e-mail or a card, the recipient's LinkedIn connection note is drafted (the clipboard is written
     * back on the UI thread once it is).
     */
    public void copyLinkedIn() {
        Draft d = draft();
        if (d == null) {
            return;
        }
        linkedIn(d, note -> {
            Copier.CopyOutcome o = copier.copy(new ClipContent(note.text(), null));
            copied(o, note.fits() ? messages.get("send.linkedInCopied", note.describe())
                : messages.get("send.linkedInTooLong", note.describe()));
            if (o.copied() && !note.fits()) {
                outcomeTone.set(Tone.WARNING);
            }
        }, problem -> say(problem, Tone.WARNING));
    }

    /**
     * The LinkedIn text for a note: the note itself when it is a LinkedIn note or message; else the same kind of note
     * to the same person drafted as a LinkedIn connection note (or, for kinds without one, a LinkedIn message).
     */
    private void linkedIn(Draft d, java.util.function.Consumer<LinkedInNote> then,
                          java.util.function.Consumer<String> problem) {
        if (d.medium() == Medium.LINKEDIN_NOTE || d.medium() == Medium.LINKEDIN_MESSAGE || drafter == null) {
            then.accept(LinkedInNote.of(d.body(), limit(d)));
            return;
        }
        Interview i = interview.get();
        if (i == null) {
            return;
        }
        if (linkedInDrafting != null) {
            linkedInDrafting.cancel();
        }
        int gen = ++linkedInGeneration;
        linkedInDrafting = runner.run(TaskRunner.Lane.COMPUTE, () -> draftLinkedIn(i, d), linked -> {
            if (gen == linkedInGeneration) {
                then.accept(linked);
            }
        }, e -> {
            if (gen == linkedInGeneration) {
                problem.accept(e instanceof DraftException ? e.getMessage() : messages.get("note.preview.failed"));
            }
        });
    }

    private LinkedInNote draftLinkedIn(Interview i, Draft d) throws DraftException {
        DraftException none = null;
        for (Medium m : new Medium[] {Medium.LINKEDIN_NOTE, Medium.LINKEDIN_MESSAGE}) {
            try {
                java.util.List<Draft> drafted = drafter.draft(i, new DraftRequest(d.kind(), m, null, null,
                    d.recipient()));
                if (!drafted.isEmpty()) {
                    Draft linked = drafted.get(0);
                    return LinkedInNote.of(linked.body(), limit(linked));
                }
            } catch (DraftException e) {
                none = none == null ? e : none;
            }
        }
        throw none != null ? none : new DraftException(DraftException.Problem.REQUEST, messages.get(
            "note.preview.failed"));
    }

    private void copied(Copier.CopyOutcome o, String success) {
        offerFallback.set(false);
        if (o.copied()) {
            manualCopy.set(null);
            say(success, Tone.SUCCESS);
        } else {
            manualCopy.set(o.text());
            say(o.message(), Tone.WARNING);
        }
    }

    /** Hands the note to the mail app, off the UI thread; when that can't work, offers copy and .eml. */
    public void openInMail() {
        Draft d = draft();
        Interview i = interview.get();
        if (d == null || i == null) {
            return;
        }
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> mail.open(i, d), o -> {
            busy.set(false);
            boolean opened = o.result() == MailHandoff.Result.OPENED;
            offerFallback.set(!opened);
            say(o.message(), opened ? Tone.SUCCESS : Tone.WARNING);
        }, e -> {
            busy.set(false);
            offerFallback.set(true);
            say(messages.get("send.mailFailed"), Tone.WARNING);
        });
    }

    /** Asks where, then saves the note as a .eml draft. */
    public void saveEml() {
        Draft d = draft();
        Interview i = interview.get();
        if (d == null || i == null) {
            return;
        }
        Optional<Path> where = dialogs.saveFile(messages.get("send.eml.dialog"),
            FileNames.forDraft(i, d, ExportFormat.EML), messages.get("send.eml.kind"), "eml");
        where.ifPresent(path -> write(path, () -> eml.write(i, d).bytes(), messages.get("send.saved", path)));
    }

    /** Asks where, then saves the card PDF; says when the note does not fit the card. */
    public void saveCard() {
        Draft d = draft();
        Interview i = interview.get();
        if (d == null || i == null) {
            return;
        }
        Optional<Path> where = dialogs.saveFile(messages.get("send.card.dialog"),
            FileNames.forDraft(i, d, ExportFormat.PDF), messages.get("send.card.kind"), "pdf");
        if (where.isEmpty()) {
            return;
        }
        Path path = where.get();
        CardOptions options = CardOptions.from(settings.get());
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> {
            CardResult r = cards.render(i, d, options);
            files.write(path, r.pdf());
            return r;
        }, r -> {
            busy.set(false);
            if (r.fit().fits()) {
                say(messages.get("send.saved", path), Tone.SUCCESS);
            } else {
                say(messages.get("send.cardTooLong", path, r.fit().describe(r.size())), Tone.WARNING);
            }
        }, e -> failed(e));
    }

    private void write(Path path, Render render, String success) {
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> {
            files.write(path, render.bytes());
            return path;
        }, p -> {
            busy.set(false);
            say(success, Tone.SUCCESS);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ExportException || e instanceof IOException) {
            say(messages.get("send.saveFailed", e.getMessage()), Tone.WARNING);
        } else {
            say(messages.get("send.saveFailed", e.getClass().getSimpleName()), Tone.WARNING);
        }
    }

    /** Records the note showing as sent and shows the next step of the timeline. */
    public void markSent() {
        Draft d = draft();
        Interview i = interview.get();
        if (d == null || i == null || book == null) {
            return;
        }
        if (!d.kind().onFollowUpPlan()) {
            say(messages.get("send.unplanned"), Tone.WARNING);
            return;
        }
        busy.set(true);
        Step planned = timing.planned();
        runner.run(TaskRunner.Lane.IO, () -> {
            Step step = stepOf(d);
            Recorded r = book.markSent(i, step == null ? planned : step, d.recipient(), null);
            return new Marked(r, book.plan(i));
        }, m -> {
            busy.set(false);
            say(messages.get("send.marked", m.recorded().step().title(), d.recipient()), Tone.SUCCESS);
            timeline.set(describe(i, m.plan()));
        }, e -> {
            busy.set(false);
            if (e instanceof TimelineException || e instanceof SaveException) {
                say(e.getMessage(), Tone.WARNING);
            } else {
                say(messages.get("send.markFailed"), Tone.WARNING);
            }
        });
    }

    /**
     * The timeline step the notes are drafted for (the agenda item the wizard was opened from), or null. A
     * follow-up then counts for that step for every recipient, so a panel's second follow-up note is not taken for
     * the second follow-up.
     */
    public void planStep(Step step) {
        timing.planStep(step);
    }

    /**
     * Says when notes go out with {@code shared}, the timing the note and review steps use too: one answer on all
     * three steps, and one idea of which timeline step the notes are for.
     */
    public void useTiming(SendTiming shared) {
        Step planned = timing.planned();
        timing = shared;
        if (planned != null) {
            shared.planStep(planned);
        }
    }

    /** The timing this step says when notes go out with. */
    public SendTiming timing() {
        return timing;
    }

    /** The timeline step a note is: a thank-you or a close is that step; a follow-up is the next one due. */
    static Step stepOf(Draft d) {
        return switch (d.kind()) {
            case THANK_YOU, SECOND_ROUND -> Step.THANK_YOU;
            case CLOSE_LOOP -> Step.CLOSE;
            default -> null;
        };
    }

    private String describe(Interview i, Plan plan) {
        Optional<PlannedStep> next = plan.next();
        if (next.isEmpty()) {
            return messages.get("send.next.none", plan.status().label());
        }
        PlannedStep p = next.get();
        return messages.get("send.next", p.step().title(), timing.line(book.sendBy(i, p.step(), null)),
            p.action());
    }

    private int limit(Draft d) {
        return d.medium() == Medium.LINKEDIN_MESSAGE ? LinkedInNote.MESSAGE_LIMIT : settings.get().linkedinLimit();
    }

    private void say(String text, Tone tone) {
        outcomeTone.set(tone);
        outcome.set(text);
    }

    /**
     * Why the note showing would go out unsigned ("Your notes are not signed: add your name"), or null when it ends
     * with a name.
     */
    public ReadOnlyStringProperty signatureWarningProperty() {
        return signatureWarning.getReadOnlyProperty();
    }

    /** What {@link #fixSignature()} does, as its button says it ("Add your name", "Edit the note"). */
    public ReadOnlyStringProperty signatureFixProperty() {
        return signatureFix.getReadOnlyProperty();
    }

    /** Goes where the missing name is added: the profile's name, or the note in the review step. */
    public void fixSignature() {
        fix.run();
    }

    /** The last outcome in one line, or null. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether the last outcome worked. */
    public ReadOnlyObjectProperty<Tone> outcomeToneProperty() {
        return outcomeTone.getReadOnlyProperty();
    }

    /** True when the mail app could not take the note: offer copy and .eml beside the message. */
    public ReadOnlyBooleanProperty offerFallbackProperty() {
        return offerFallback.getReadOnlyProperty();
    }

    /** The text to select and copy by hand when the clipboard failed, or null. */
    public ReadOnlyStringProperty manualCopyProperty() {
        return manualCopy.getReadOnlyProperty();
    }

    /** The LinkedIn count of the note showing. */
    public ReadOnlyStringProperty linkedInCountProperty() {
        return linkedInCount.getReadOnlyProperty();
    }

    /** The next step of the follow-up timeline, in a sentence. */
    public ReadOnlyStringProperty timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** True while a launch or a save runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The review step, for the recipient picker. */
    public ReviewStepViewModel review() {
        return review;
    }

    @FunctionalInterface
    private interface Render {
        byte[] bytes() throws Exception;
    }

    private record Marked(Recorded recorded, Plan plan) {
    }
}
