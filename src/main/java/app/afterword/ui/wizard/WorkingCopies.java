// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DateTimeInput;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The wizard's input on disk: one working copy per interview being edited (folder {@value #FOLDER}), kept as typed,
 * and the interview record itself, written whenever the input makes a valid interview. A new interview's copy is
 * keyed {@code new-…} until its first valid save gives it an interview id; from then on it is keyed by that id.
 * Every method that touches the disk runs on the IO lane (or before the window opens).
 */
public final class WorkingCopies {

    /** The workspace folder of working copies. */
    public static final String FOLDER = Workspace.WORKING_COPIES;

    private static final DateTimeFormatter NEW_KEY = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");

    private final RecordStore<InterviewWorkingCopy> copies;
    private final RecordStore<Interview> interviews;

    /** What the wizard opens: the key its copy is saved under, the copy, and the interview it edits (or null). */
    public record Session(String key, InterviewWorkingCopy copy, Interview base) {
    }

    /** A snapshot to save, taken on the UI thread. */
    public record Snapshot(String key, InterviewWorkingCopy copy, Interview interview, Instant at) {
    }

    /**
     * What a save did.
     *
     * @param key       the key the copy is saved under now
     * @param interview the interview as saved (with its id), or null when the input is not a valid interview yet
     * @param notSaved  why the interview record was left alone (it is read-only), or null
     */
    public record Saved(String key, Interview interview, String notSaved) {
    }

    private WorkingCopies(RecordStore<InterviewWorkingCopy> copies, RecordStore<Interview> interviews) {
        this.copies = copies;
        this.interviews = interviews;
    }

    /** Opens the working copies of a workspace. */
    public static WorkingCopies open(Workspace workspace) throws IOException {
        return new WorkingCopies(workspace.workingCopies(), workspace.interviews());
    }

    /** A key for a new interview's copy, made from the time so it needs no disk access. */
    public static String newKey(Instant now, ZoneId zone) {
        return "new-" + NEW_KEY.format(ZonedDateTime.ofInstant(now, zone));
    }

    /**
     * Where the app starts: the copy saved last, else the sample added on this first start, else the latest
     * interview, else a new one.
     */
    public Session start(Optional<String> seededSample, DateTimeInput input, ZoneId userZone, Instant now) {
        Optional<Map.Entry<String, InterviewWorkingCopy>> latest = copies.all().entrySet().stream()
            .max(Comparator.comparing((Map.Entry<String, InterviewWorkingCopy> e) ->
                Objects.requireNonNullElse(e.getValue().savedAt(), Instant.EPOCH)));
        if (latest.isPresent()) {
            InterviewWorkingCopy copy = latest.get().getValue();
            Interview base = copy.interviewId() == null ? null : interviews.get(copy.interviewId()).orElse(null);
            return new Session(latest.get().getKey(), copy, base);
        }
        Optional<Interview> open = seededSample.flatMap(interviews::get).or(() -> interviews.all().values().stream()
            .max(Comparator.comparing(Interview::start)));
        return open.map(i -> session(i, input, userZone)).orElseGet(() -> fresh(input, userZone, now));
    }

    /** A new, empty interview: today, in the user's zone, its times typed on the user's clock. */
    public static Session fresh(DateTimeInput input, ZoneId userZone, Instant now) {
        String zone = input.zones().entry(userZone).map(e -> e.id()).orElse(userZone.getId());
        InterviewWorkingCopy copy = new InterviewWorkingCopy(InterviewWorkingCopy.SCHEMA_VERSION, null,
            WizardStep.INTERVIEW.key(), null, "", "", input.formatDate(LocalDate.ofInstant(now, userZone)), "", "",
            zone, InterviewWorkingCopy.YOUR_TIME, "", "", List.of(), List.of(), List.of(), List.of(), List.of(),
            "", List.of(), Map.of());
        return new Session(newKey(now, userZone), copy, null);
    }

    /** A session editing a stored interview: its own copy if there is one, else its fields. */
    public Session session(Interview interview, DateTimeInput input, ZoneId userZone) {
        Optional<InterviewWorkingCopy> saved = copies.get(interview.id());
        return new Session(interview.id(), saved.orElseGet(() -> fromInterview(interview, input, userZone)),
            interview);
    }

    /**
     * A session resuming the copy saved under {@code key} as it was left, at its step: an unfinished interview from
     * Home. Empty when there is no such copy any more.
     */
    public Optional<Session> resume(String key) {
        return copies.get(key).map(copy -> new Session(key, copy,
            copy.interviewId() == null ? null : interviews.get(copy.interviewId()).orElse(null)));
    }

    /** The fields of an interview as the wizard shows them: its times on the interviewers' clock. */
    public static InterviewWorkingCopy fromInterview(Interview i, DateTimeInput input, ZoneId userZone) {
        ZoneId zone = i.zoneOr(userZone);
        ZonedDateTime start = i.start().atZoneSameInstant(zone);
        String end = i.end() == null ? "" : input.formatTime(i.end().atZoneSameInstant(zone).toLocalTime());
        List<InterviewWorkingCopy.Person> people = i.interviewers().stream().map(WorkingCopies::person).toList();
        return new InterviewWorkingCopy(InterviewWorkingCopy.SCHEMA_VERSION, i.id(), WizardStep.INTERVIEW.key(),
            null, i.company(), i.role(), input.formatDate(start.toLocalDate()), input.formatTime(start.toLocalTime()),
            end, zone.getId(), InterviewWorkingCopy.THEIR_TIME, i.format() == null ? "" : i.format().jsonName(),
            i.decisionBy() == null ? "" : input.formatDate(i.decisionBy()), people, i.topics(), i.skills(),
            i.clarifications(), i.ideas(), i.contact() == null ? "" : i.contact(), i.cc(), Map.of());
    }

    private static InterviewWorkingCopy.Person person(Interviewer p) {
        return new InterviewWorkingCopy.Person(p.name(), p.title(), p.email(), p.linkedin(), p.topics(), p.rapport(),
            p.addressAs(), p.part() == Part.INTERVIEWER ? "" : p.part().jsonName(), p.extra());
    }

    /** Writes a snapshot: the interview when it is valid (giving a new one its id), then the copy. */
    public Saved save(Snapshot s) throws SaveException {
        String interviewId = s.copy().interviewId();
        Interview saved = null;
        String notSaved = null;
        if (s.interview() != null) {
            if (interviewId == null) {
                Interview i = s.interview();
                interviewId = interviews.newId(i.company() + " " + i.role() + " " + i.start().toLocalDate());
            }
            saved = s.interview().withId(interviewId);
            if (interviews.isReadOnly(interviewId)) {
                notSaved = "read-only";
            } else if (!interviews.get(interviewId).map(saved::equals).orElse(false)) {
                interviews.save(interviewId, saved);
            }
        }
        String key = interviewId != null ? interviewId : s.key();
        copies.save(key, s.copy().saved(interviewId, s.at()));
        if (!key.equals(s.key()) && copies.get(s.key()).isPresent()) {
            copies.remove(s.key());
        }
        return new Saved(key, saved, notSaved);
    }

    /** The stored copy under a key, for tests. */
    Optional<InterviewWorkingCopy> get(String key) {
        return copies.get(key);
    }
}
