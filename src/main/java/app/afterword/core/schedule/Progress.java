// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.interview.Extra;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Text;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history of one application after its interview, stored as {@code progress/<interview id>.json}. Only events
 * are stored; every status is derived from them, so the record cannot contradict itself. Immutable: recording an
 * event makes a new record, and the UI can hand a snapshot to a background save.
 *
 * @param schemaVersion the file format version (see {@link #SCHEMA_VERSION})
 * @param interviewId   the interview this history belongs to
 * @param events        in the order they were recorded
 * @param extra         fields this version does not know, kept and written back
 */
public record Progress(int schemaVersion, String interviewId, List<ProgressEvent> events,
                       Map<String, JsonNode> extra) {

    /** The newest progress format this version reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** Most events kept for one application: far more than a real one has, small enough to stay fast. */
    public static final int MAX_EVENTS = 10_000;

    private static final Comparator<ProgressEvent> BY_TIME = Comparator.comparing(e -> e.at().toInstant());

    /** Requires the interview id; copies the events. */
    public Progress {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        interviewId = Text.required(interviewId, "interviewId");
        events = events == null ? List.of() : List.copyOf(events);
        if (events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("events has more than " + MAX_EVENTS + " entries");
        }
        extra = Extra.copy(extra);
    }

    /** An empty history for the interview. */
    public static Progress empty(String interviewId) {
        return new Progress(SCHEMA_VERSION, interviewId, List.of(), Map.of());
    }

    /** This history with one more event at the end. */
    public Progress with(ProgressEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event is missing");
        }
        List<ProgressEvent> more = new ArrayList<>(events);
        more.add(event);
        return new Progress(schemaVersion, interviewId, more, extra);
    }

    /** The events this version understands, in recorded order. */
    public List<ProgressEvent> known() {
        return events.stream().filter(ProgressEvent::known).toList();
    }

    /** The events of one type, oldest first. */
    public List<ProgressEvent> ofType(EventType type) {
        return events.stream().filter(e -> e.type() == type).sorted(BY_TIME).toList();
    }

    /** The notes sent for {@code step}, oldest first. */
    public List<ProgressEvent> sent(Step step) {
        return ofType(EventType.SENT).stream().filter(e -> e.step() == step).toList();
    }

    /** True when a note was sent for {@code step}. */
    public boolean wasSent(Step step) {
        return !sent(step).isEmpty();
    }

    /** When the last note for {@code step} was sent. */
    public Optional<OffsetDateTime> lastSent(Step step) {
        List<ProgressEvent> s = sent(step);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1).at());
    }

    /** The first reply, if any. */
    public Optional<ProgressEvent> firstReply() {
        return ofType(EventType.REPLIED).stream().findFirst();
    }

    /** The close, if the application has ended. */
    public Optional<ProgressEvent> closing() {
        return ofType(EventType.CLOSED).stream().findFirst();
    }

    /** True when the person has been sent a thank-you. */
    public boolean thanked(String name) {
        return sent(Step.THANK_YOU).stream().anyMatch(e -> e.recipient() != null && Text.sameName(e.recipient(), name));
    }

    /**
     * The people who interviewed the candidate ({@link Interview#interviewedBy()}) and have not been sent a thank-you
     * yet, in interview order. A recruiter, host or referrer is not waiting for a panel thank-you.
     */
    public List<String> unthanked(Interview interview) {
        return interview.interviewedBy().stream().map(Interviewer::name).filter(n -> !thanked(n)).toList();
    }

    /** The status of the application, derived from the history. */
    public Status status(Interview interview) {
        int recipients = interview.interviewedBy().size();
        int thanked = recipients - unthanked(interview).size();
        Optional<ProgressEvent> closed = closing();
        if (closed.isPresent()) {
            return new Status(Stage.CLOSED, closed.get().outcome(), thanked, recipients, closed.get().at());
        }
        Optional<ProgressEvent> reply = firstReply();
        if (reply.isPresent()) {
            return new Status(Stage.REPLIED, null, thanked, recipients, reply.get().at());
        }
        for (Step step : List.of(Step.FOLLOW_UP_2, Step.FOLLOW_UP_1)) {
            Optional<OffsetDateTime> at = lastSent(step);
            if (at.isPresent()) {
                return new Status(step == Step.FOLLOW_UP_2 ? Stage.FOLLOW_UP_2_SENT : Stage.FOLLOW_UP_1_SENT, null,
                    thanked, recipients, at.get());
            }
        }
        Optional<OffsetDateTime> thankYou = lastSent(Step.THANK_YOU);
        if (thankYou.isPresent()) {
            return new Status(Stage.SENT, null, thanked, recipients, thankYou.get());
        }
        List<ProgressEvent> drafts = ofType(EventType.DRAFTED);
        if (!drafts.isEmpty()) {
            return new Status(Stage.DRAFTED, null, thanked, recipients, drafts.get(drafts.size() - 1).at());
        }
        return new Status(Stage.NEW, null, thanked, recipients, null);
    }

    /** Where things stand with one person (an interviewer, or anyone a note went to). */
    public RecipientStatus recipient(String name) {
        Optional<ProgressEvent> reply = ofType(EventType.REPLIED).stream()
            .filter(e -> e.concerns(EventType.REPLIED, name)).findFirst();
        List<ProgressEvent> sent = ofType(EventType.SENT).stream().filter(e -> e.concerns(EventType.SENT, name))
            .toList();
        ProgressEvent last = sent.isEmpty() ? null : sent.get(sent.size() - 1);
        Step lastStep = last == null ? null : last.step();
        OffsetDateTime sentAt = last == null ? null : last.at();
        if (reply.isPresent()) {
            return new RecipientStatus(name, RecipientStatus.State.REPLIED, lastStep, sentAt, reply.get().at());
        }
        if (last != null) {
            return new RecipientStatus(name, RecipientStatus.State.SENT, lastStep, sentAt, null);
        }
        boolean drafted = events.stream().anyMatch(e -> e.concerns(EventType.DRAFTED, name));
        return new RecipientStatus(name, drafted ? RecipientStatus.State.DRAFTED : RecipientStatus.State.NONE, null,
            null, null);
    }

    /** The status of every interviewer of {@code interview}, in interview order. */
    public List<RecipientStatus> recipients(Interview interview) {
        return interview.interviewers().stream().map(i -> recipient(i.name())).toList();
    }
}
