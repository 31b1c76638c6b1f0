// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.schedule.Agenda;
import app.afterword.core.schedule.CalendarExport;
import app.afterword.core.schedule.Outcome;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Recorded;
import app.afterword.core.schedule.TimelineException;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.UnfinishedInterview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Home's access to the workspace: every interview with its plan and archive mark, the unfinished interviews (working
 * copies that never made a valid interview), the agenda (the same {@link ProgressBook} the {@code agenda} and
 * {@code mark} commands use), archiving, and removing an interview with everything that belongs to it (its history,
 * edited notes, working copy, archive mark), or an unfinished one, in a way that can be undone. Every method reads or
 * writes files, so it runs on the IO lane.
 */
public final class InterviewShelf {

    /** One interview as Home lists it. */
    public record Entry(Interview interview, Plan plan, boolean archived) {
    }

    /** Everything Home shows, read at one moment. */
    public record Snapshot(List<Entry> entries, List<UnfinishedInterview> unfinished, Agenda agenda) {
        /** Copies the lists. */
        public Snapshot {
            entries = List.copyOf(entries);
            unfinished = List.copyOf(unfinished);
        }
    }

    /** What was removed: an interview, the sample, or an unfinished interview. */
    public enum Kind {
        /** An interview with its history, notes, copy and archive mark. */
        INTERVIEW,
        /** The sample interview a first start added. */
        SAMPLE,
        /** The working copy of an interview that was never valid. */
        UNFINISHED
    }

    /** An interview taken out of the workspace, with what belonged to it, ready to be put back. */
    public static final class Removed {
        private final String id;
        private final String company;
        private final Kind kind;
        private final List<Held<?>> held;

        private Removed(String id, String company, Kind kind, List<Held<?>> held) {
            this.id = id;
            this.company = company;
            this.kind = kind;
            this.held = List.copyOf(held);
        }

        /** Whether it was an interview, the sample, or an unfinished interview. */
        public Kind kind() {
            return kind;
        }

        /** The interview's id. */
        public String id() {
            return id;
        }

        /** Its company, for the undo bar. */
        public String company() {
            return company;
        }

        /** How many records were taken, the interview included. */
        public int records() {
            return held.size();
        }
    }

    /** One record taken from one store. */
    private record Held<T>(RecordStore<T> store, String id, T value) {
        void restore() throws SaveException {
            store.save(id, value);
        }
    }

    private final RecordStore<Interview> interviews;
    private final ProgressBook book;
    private final RecordStore<ArchiveMark> archive;
    private final RecordStore<InterviewWorkingCopy> copies;
    private final List<RecordStore<?>> companions;

    /**
     * A shelf over the workspace's stores.
     *
     * @param copies     the wizard's working copies: an interview's own goes with it, and the ones that never made
     *                   an interview are listed as unfinished
     * @param companions the other stores keyed by interview id (history, edited notes): removing an interview
     *                   removes its record from each, and undo puts it back
     */
    public InterviewShelf(RecordStore<Interview> interviews, ProgressBook book, RecordStore<ArchiveMark> archive,
                          RecordStore<InterviewWorkingCopy> copies, List<RecordStore<?>> companions) {
        if (interviews == null || book == null || archive == null || copies == null || companions == null) {
            throw new IllegalArgumentException("interviews, book, archive, copies and companions are required");
        }
        this.interviews = interviews;
        this.book = book;
        this.archive = archive;
        this.copies = copies;
        List<RecordStore<?>> all = new ArrayList<>(companions);
        all.add(copies);
        this.companions = List.copyOf(all);
    }

    /** The book of histories, for the clock and the settings. */
    public ProgressBook book() {
        return book;
    }

    /** Every interview with its plan as of now, and the agenda of the ones not archived. */
    public Snapshot load() {
        List<Entry> entries = new ArrayList<>();
        List<Interview> active = new ArrayList<>();
        for (Map.Entry<String, Interview> e : interviews.all().entrySet()) {
            boolean archived = archive.get(e.getKey()).isPresent();
            Interview i = e.getValue().id() == null ? e.getValue().withId(e.getKey()) : e.getValue();
            entries.add(new Entry(i, book.plan(i), archived));
            if (!archived) {
                active.add(i);
            }
        }
        return new Snapshot(entries, UnfinishedInterview.in(copies, interviews), book.agenda(active));
    }

    /** The interview with this id. */
    public Optional<Interview> get(String id) {
        return interviews.get(id).map(i -> i.id() == null ? i.withId(id) : i);
    }

    /** Archives or unarchives an interview. */
    public void archive(String id, boolean archived, Instant at) throws SaveException {
        if (archived) {
            if (archive.get(id).isEmpty()) {
                archive.save(id, ArchiveMark.at(at));
            }
        } else {
            archive.remove(id);
        }
    }

    /**
     * Removes the interview and every record that belongs to it. When a removal fails half-way, what was removed
     * is put back and the failure is thrown, so an interview is never left half-deleted.
     */
    public Removed remove(String id) throws SaveException {
        Interview interview = interviews.get(id).orElseThrow(() -> new IllegalArgumentException("no interview "
            + id));
        List<Held<?>> held = new ArrayList<>();
        try {
            take(interviews, id, held);
            for (RecordStore<?> store : companions) {
                take(store, id, held);
            }
            take(archive, id, held);
        } catch (SaveException e) {
            putBack(held);
            throw e;
        }
        return new Removed(id, interview.company(), interview.sample() ? Kind.SAMPLE : Kind.INTERVIEW, held);
    }

    /**
     * Removes an unfinished interview: its working copy, the only record it has. Undo ({@link #restore}) puts it
     * back.
     */
    public Removed removeUnfinished(String key) throws SaveException {
        InterviewWorkingCopy copy = copies.get(key).orElseThrow(() -> new IllegalArgumentException("no working copy "
            + key));
        List<Held<?>> held = new ArrayList<>();
        take(copies, key, held);
        return new Removed(key, copy.company().strip(), Kind.UNFINISHED, held);
    }

    private static <T> void take(RecordStore<T> store, String id, List<Held<?>> held) throws SaveException {
        Optional<T> value = store.get(id);
        if (value.isPresent()) {
            store.remove(id);
            held.add(new Held<>(store, id, value.get()));
        }
    }

    /** Puts a removed interview and its records back. */
    public void restore(Removed removed) throws SaveException {
        putBack(removed.held);
    }

    private static void putBack(Collection<Held<?>> held) throws SaveException {
        for (Held<?> h : held) {
            h.restore();
        }
    }

    /** Records that they replied (which ends the follow-ups). */
    public Recorded replied(String id) throws TimelineException, SaveException {
        return book.markReplied(require(id), null, null);
    }

    /** Records how the application ended. */
    public Recorded closed(String id, Outcome outcome) throws TimelineException, SaveException {
        return book.markClosed(require(id), outcome, null);
    }

    /** A calendar file's content and how many events it holds. */
    public record Calendar(byte[] bytes, int events) {
    }

    /** The calendar of the plans of these interviews (one event per step, with reminders). */
    public Calendar calendar(Collection<String> ids) {
        List<Plan> plans = CalendarExport.exported(ids.stream().map(this::get).flatMap(Optional::stream)
            .map(book::plan).toList());
        byte[] bytes = new CalendarExport(book.timeline().settings()).bytes(plans, book.clock());
        return new Calendar(bytes, plans.stream().mapToInt(p -> p.steps().size()).sum());
    }

    private Interview require(String id) throws TimelineException {
        return get(id).orElseThrow(() -> new TimelineException("This interview is no longer in your data."));
    }
}
