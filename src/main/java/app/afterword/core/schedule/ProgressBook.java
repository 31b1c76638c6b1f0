// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Text;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Supplier;

/**
 * The service the UI and the command line call to track applications: it reads the history of each interview from
 * the workspace's {@code progress/} folder, applies the {@link Timeline} rules to a change, and saves the new
 * immutable record. Settings are read on every call, so an edit on the settings screen applies at once. The clock
 * decides "now" (for tests and for the CLI's {@code --now}).
 */
public final class ProgressBook {

    /** The workspace folder holding one progress file per interview. */
    public static final String FOLDER = "progress";

    private final RecordStore<Progress> store;
    private final Supplier<ScheduleSettings> settings;
    private final Clock clock;

    /** A book over {@code store}, with the settings supplier and clock the application gives it. */
    public ProgressBook(RecordStore<Progress> store, Supplier<ScheduleSettings> settings, Clock clock) {
        if (store == null || settings == null || clock == null) {
            throw new IllegalArgumentException("store, settings and clock are required");
        }
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The book of a workspace: its {@code progress/} folder and the {@code "schedule"} settings. */
    public static ProgressBook open(Workspace workspace, Clock clock) throws IOException {
        RecordStore<Progress> store = workspace.records(FOLDER, new ProgressCodec());
        return new ProgressBook(store, () -> workspace.settings().get(ScheduleSettings.SECTION), clock);
    }

    /** The timeline rules under the current settings. */
    public Timeline timeline() {
        return new Timeline(settings.get());
    }

    /** The clock this book uses for "now". */
    public Clock clock() {
        return clock;
    }

    /** The history of an interview; empty when nothing was recorded. */
    public Progress of(String interviewId) {
        return store.get(interviewId).orElseGet(() -> Progress.empty(interviewId));
    }

    /** True when the history was written by a newer version and can't be changed here. */
    public boolean isReadOnly(String interviewId) {
        return store.isReadOnly(interviewId);
    }

    /** The status of an interview, derived from its history. */
    public Status status(Interview interview) {
        return of(Timeline.idOf(interview)).status(interview);
    }

    /** The plan of an interview as of now. */
    public Plan plan(Interview interview) {
        return timeline().plan(interview, of(Timeline.idOf(interview)), clock);
    }

    /**
     * When the {@code step} note to {@code recipient} is to be sent by, or when it was: the end of the step's window
     * in the plan as of now, and the moment the history records that person's note as sent (for a null recipient:
     * when the whole step was done). The note, review and send steps all show this one answer.
     */
    public SendBy sendBy(Interview interview, Step step, String recipient) {
        PlannedStep p = plan(interview).step(step);
        OffsetDateTime sent;
        if (recipient == null) {
            sent = p.state() == StepState.DONE ? p.doneAt() : null;
        } else {
            sent = of(Timeline.idOf(interview)).sent(step).stream()
                .filter(e -> e.recipient() == null ? step != Step.THANK_YOU : Text.sameName(e.recipient(), recipient))
                .map(ProgressEvent::at).max(Comparator.naturalOrder()).orElse(null);
        }
        return new SendBy(step, p.state(), p.earliest(), p.sendBy(), sent, p.reason());
    }

    /**
     * The step a "sent" note to {@code recipient} counts for when the user does not say (see
     * {@link Timeline#nextStep}); empty when nothing more is planned (closed, or they replied).
     */
    public java.util.Optional<Step> nextStep(Interview interview, String recipient) {
        try {
            return java.util.Optional.of(timeline().nextStep(interview, of(Timeline.idOf(interview)), recipient));
        } catch (TimelineException e) {
            return java.util.Optional.empty();
        }
    }

    /** The agenda across the interviews as of now. */
    public Agenda agenda(Collection<Interview> interviews) {
        return timeline().agenda(interviews, this::of, clock);
    }

    /**
     * Records a sent note and saves the history.
     *
     * @param step      the step, or null for the next one
     * @param recipient who it went to, or null (for a thank-you: every interviewer still waiting)
     * @param at        when it was sent, or null for now
     * @throws TimelineException when the change does not make sense; nothing is saved
     * @throws SaveException     when the disk refused; the change is kept in memory for a retry
     */
    public synchronized Recorded markSent(Interview interview, Step step, String recipient, OffsetDateTime at)
        throws TimelineException, SaveException {
        String id = idFor(interview);
        Recorded r = timeline().recordSent(interview, of(id), step, recipient, atOrNow(at), clock.getZone());
        return save(id, r);
    }

    /** Records a reply (which ends the follow-ups) and saves the history. */
    public synchronized Recorded markReplied(Interview interview, String from, OffsetDateTime at)
        throws TimelineException, SaveException {
        String id = idFor(interview);
        return save(id, timeline().recordReplied(interview, of(id), from, atOrNow(at)));
    }

    /** Records how the application ended and saves the history. */
    public synchronized Recorded markClosed(Interview interview, Outcome outcome, OffsetDateTime at)
        throws TimelineException, SaveException {
        String id = idFor(interview);
        return save(id, timeline().recordClosed(interview, of(id), outcome, atOrNow(at)));
    }

    /** Records a drafted note and saves the history. */
    public synchronized Recorded markDrafted(Interview interview, Step step, String recipient, OffsetDateTime at)
        throws TimelineException, SaveException {
        String id = idFor(interview);
        return save(id, timeline().recordDrafted(interview, of(id), step, recipient, atOrNow(at)));
    }

    /** Records an exported note ("eml", "pdf", "clipboard"...) and saves the history. */
    public synchronized Recorded recordExport(Interview interview, Step step, String recipient, String format,
                                              OffsetDateTime at) throws TimelineException, SaveException {
        String id = idFor(interview);
        return save(id, timeline().recordExported(interview, of(id), step, recipient, format, atOrNow(at)));
    }

    /** Forgets an interview's history (when the interview itself is removed). */
    public synchronized void forget(String interviewId) throws SaveException {
        store.remove(interviewId);
    }

    private Recorded save(String id, Recorded r) throws SaveException {
        store.save(id, r.progress());
        return r;
    }

    private OffsetDateTime atOrNow(OffsetDateTime at) {
        return at != null ? at : OffsetDateTime.now(clock);
    }

    private static String idFor(Interview interview) throws TimelineException {
        if (interview.id() == null || !RecordStore.isValidId(interview.id())) {
            throw new TimelineException("Add the interview to the workspace first; progress is tracked for "
                + "interviews in the workspace.");
        }
        return interview.id();
    }
}
