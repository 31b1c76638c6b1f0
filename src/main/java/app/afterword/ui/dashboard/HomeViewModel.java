// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.schedule.AgendaItem;
import app.afterword.core.schedule.Outcome;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.PlannedStep;
import app.afterword.core.schedule.Stage;
import app.afterword.core.schedule.Status;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.StepState;
import app.afterword.core.schedule.TimelineException;
import app.afterword.core.store.Ids;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.UnfinishedInterview;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.Navigation;
import app.afterword.ui.common.Page;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.notes.SendStepViewModel;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
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
 * Home: every interview with where it stands and its next step, the agenda across them (overdue, today, coming
 * up) from the same timeline the {@code agenda} command uses, search and a filter, and the actions on an interview:
 * open it, draft the next note, start its next round, record a reply or the end, archive it, export its plan, delete
 * it with a short time to undo. Unfinished interviews (input that never made a valid interview) are listed first, to
 * resume where they were left or delete; the sample interview is labelled and stays out of the agenda and calendar.
 * Files are read and written on the IO lane; the lists are rebuilt on the UI thread.
 */
public final class HomeViewModel {

    /** Which interviews the list shows. */
    public enum Filter {
        /** Not archived. */
        ACTIVE,
        /** Archived only. */
        ARCHIVED,
        /** All of them. */
        ALL
    }

    /** How the last outcome reads. */
    public enum Tone {
        /** It worked. */
        SUCCESS,
        /** It did not; the line says why. */
        WARNING
    }

    /** What Home asks of the wizard; the app gives the real wizard, tests a fake. */
    public interface Wizard {
        /** Opens the interview where it was left. */
        void open(Interview interview);

        /** Resumes an unfinished interview: the working copy saved under {@code key}, at the step it was left on. */
        void resume(String key);

        /** Opens the interview at the note step with the step's template chosen and the note to the recipient. */
        void draft(Interview interview, Step step, String templateId, List<String> recipients);

        /** Starts a new interview from a working copy (the next round). */
        void start(InterviewWorkingCopy copy);

        /** Starts an empty interview. */
        void startNew();

        /**
         * Lets go of an interview about to be deleted: when the wizard edits it, its edits are saved and an empty
         * interview takes its place; then {@code then} runs on the UI thread.
         */
        void release(String interviewId, Runnable then);
    }

    /** How long "Undo" is offered after a delete. */
    public static final Duration UNDO_FOR = Duration.ofSeconds(10);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Messages messages;
    private final TaskRunner runner;
    private final InterviewShelf shelf;
    private final Wizard wizard;
    private final Navigation navigation;
    private final DateTimeInput input;
    private final ZoneId userZone;
    private final DialogService dialogs;
    private final SendStepViewModel.FileWriter files;

    private final ObservableList<HomeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AgendaCard> overdue = FXCollections.observableArrayList();
    private final ObservableList<AgendaCard> today = FXCollections.observableArrayList();
    private final ObservableList<AgendaCard> upcoming = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ACTIVE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome");
    private final ReadOnlyObjectWrapper<Tone> outcomeTone = new ReadOnlyObjectWrapper<>(this, "outcomeTone",
        Tone.SUCCESS);
    private final ReadOnlyStringWrapper noMatch = new ReadOnlyStringWrapper(this, "noMatch");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final Map<String, Interview> interviews = new LinkedHashMap<>();
    private final Map<String, UnfinishedInterview> unfinished = new LinkedHashMap<>();
    private List<HomeRow> all = List.of();
    private InterviewShelf.Removed removed;
    private TaskRunner.Cancellable undoTimer;
    private int generation;

    /**
     * Creates Home.
     *
     * @param shelf   the interviews, their history and archive marks; its methods run on the IO lane
     * @param wizard  opens interviews in the wizard
     * @param dialogs asks where to save the calendar file
     * @param files   writes it
     */
    public HomeViewModel(Messages messages, TaskRunner runner, InterviewShelf shelf, Wizard wizard,
                         Navigation navigation, DateTimeInput input, ZoneId userZone, DialogService dialogs,
                         SendStepViewModel.FileWriter files) {
        this.messages = messages;
        this.runner = runner;
        this.shelf = shelf;
        this.wizard = wizard;
        this.navigation = navigation;
        this.input = input;
        this.userZone = userZone;
        this.dialogs = dialogs;
        this.files = files;
        search.addListener((o, was, now) -> applyFilter());
        filter.addListener((o, was, now) -> applyFilter());
        noMatch.bind(Bindings.createStringBinding(() -> messages.get(filter.get() == Filter.ALL
            ? "home.list.noneInAll" : "home.list.none"), filter));
    }

    // ---------------------------------------------------------------------------------------------- loading

    /** Reads the interviews, their plans and the agenda again (Home came into view, or something changed). */
    public void refresh() {
        int gen = ++generation;
        runner.run(TaskRunner.Lane.IO, shelf::load, s -> {
            if (gen == generation) {
                show(s);
            }
        }, e -> {
            if (gen == generation) {
                loaded.set(true);
                say(messages.get("home.loadFailed"), Tone.WARNING);
            }
        });
    }

    private void show(InterviewShelf.Snapshot s) {
        interviews.clear();
        unfinished.clear();
        List<InterviewShelf.Entry> entries = new ArrayList<>(s.entries());
        entries.sort(Comparator.comparing((InterviewShelf.Entry e) -> e.interview().start().toInstant())
            .reversed().thenComparing(e -> e.interview().id()));
        List<HomeRow> made = new ArrayList<>();
        for (UnfinishedInterview u : s.unfinished()) {
            unfinished.put(u.key(), u);
            made.add(row(u));
        }
        for (InterviewShelf.Entry e : entries) {
            interviews.put(e.interview().id(), e.interview());
            made.add(row(e));
        }
        all = List.copyOf(made);
        overdue.setAll(s.agenda().overdue().stream().map(this::card).toList());
        today.setAll(s.agenda().today().stream().map(this::card).toList());
        upcoming.setAll(s.agenda().upcoming().stream().map(this::card).toList());
        empty.set(all.isEmpty());
        loaded.set(true);
        applyFilter();
    }

    private HomeRow row(InterviewShelf.Entry e) {
        Interview i = e.interview();
        Plan plan = e.plan();
        ZonedDateTime start = i.start().atZoneSameInstant(plan.zone());
        String people = String.join(", ", i.interviewers().stream().map(Interviewer::name).toList());
        Status status = plan.status();
        // the sample has nothing planned: it is there to look at, not to act on
        Optional<PlannedStep> next = i.sample() ? Optional.empty() : plan.next();
        boolean overdue = !e.archived() && next.map(p -> p.state() == StepState.OVERDUE).orElse(false);
        return new HomeRow(i.id(), i.company(), i.role(), DATE.format(start), people, capitalised(status.label()),
            next.map(p -> p.step().title()).orElse(null),
            next.map(p -> due(p.state(), p.earliest(), p.sendBy())).orElse(null), overdue, e.archived(),
            status.stage() != Stage.CLOSED && status.stage() != Stage.REPLIED, status.stage() != Stage.CLOSED,
            i.sample(), false);
    }

    /** An unfinished interview's row: what was typed, and the step it was left on. */
    private HomeRow row(UnfinishedInterview u) {
        InterviewWorkingCopy c = u.copy();
        String company = c.company().strip();
        String people = String.join(", ", c.people().stream().map(p -> p.name().strip())
            .filter(n -> !n.isEmpty()).toList());
        return new HomeRow(u.key(), company.isEmpty() ? messages.get("home.unfinished.untitled") : company,
            c.role().strip(), input.parseDate(c.date()).map(DATE::format).orElse(c.date().strip()), people,
            messages.get("home.status.unfinished", u.step(),
            UnfinishedInterview.steps()), null, null, false, false, false, false, false, true);
    }

    private AgendaCard card(AgendaItem item) {
        String title = messages.get("home.agenda.card", item.step().title(), item.company());
        String when = capitalised(due(item.state(), item.earliest(), item.latest()));
        String action = switch (item.step()) {
            case THANK_YOU -> messages.get("followup.draft.thankYou");
            case CLOSE -> messages.get("followup.draft.close");
            default -> messages.get("followup.draft.followUp");
        };
        return new AgendaCard(item, title, when, item.reason(), action);
    }

    /** When a step is due, in the user's own zone: "overdue since Wed 25 Nov", "due today by 17:00". */
    private String due(StepState state, ZonedDateTime earliest, ZonedDateTime latest) {
        ZonedDateTime from = earliest.withZoneSameInstant(userZone);
        ZonedDateTime until = latest.withZoneSameInstant(userZone);
        return switch (state) {
            case OVERDUE -> until.toLocalDate().equals(currentDate())
                ? messages.get("home.due.overdueToday", TIME.format(until))
                : messages.get("home.due.overdue", DAY.format(until));
            case DUE -> until.toLocalDate().equals(currentDate())
                ? messages.get("home.due.todayBy", TIME.format(until)) : messages.get("home.due.today");
            default -> messages.get("home.due.from", DAY.format(from));
        };
    }

    private LocalDate currentDate() {
        return LocalDate.ofInstant(runner.clock().instant(), userZone);
    }

    private void applyFilter() {
        String words = fold(search.get());
        Filter f = filter.get();
        List<HomeRow> shown = all.stream()
            .filter(r -> f == Filter.ALL || (f == Filter.ARCHIVED) == r.archived())
            .filter(r -> words.isEmpty() || matches(r, words))
            .toList();
        if (!rows.equals(shown)) {
            rows.setAll(shown);
        }
    }

    private boolean matches(HomeRow r, String words) {
        String hay = fold(String.join(" ", r.company(), r.role(), r.people(), r.status(), r.date(),
            r.sample() ? messages.get("home.status.sample") : ""));
        for (String w : words.split("\\s+")) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, so "maria" finds "María". */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    // ---------------------------------------------------------------------------------------------- actions

    /** Opens the interview in the wizard where it was left; an unfinished one resumes at the step it was left on. */
    public void open(String id) {
        if (unfinished.containsKey(id)) {
            wizard.resume(id);
            navigation.show(Page.INTERVIEW);
            return;
        }
        Interview i = interviews.get(id);
        if (i != null) {
            wizard.open(i);
            navigation.show(Page.INTERVIEW);
        }
    }

    /** Opens the wizard at the note step of the agenda item: its template, its recipients, the interview's notes. */
    public void draft(AgendaCard card) {
        AgendaItem item = card.item();
        Interview i = interviews.get(item.interviewId());
        if (i != null) {
            wizard.draft(i, item.step(), item.template(), item.recipients());
            navigation.show(Page.INTERVIEW);
        }
    }

    /** Starts the next round with the same company: a new interview in the wizard, date and topics to fill in. */
    public void duplicate(String id) {
        Interview i = interviews.get(id);
        if (i != null) {
            wizard.start(NextRound.of(i, input, userZone));
            navigation.show(Page.INTERVIEW);
        }
    }

    /** Starts an empty interview in the wizard. */
    public void newInterview() {
        wizard.startNew();
        navigation.show(Page.INTERVIEW);
    }

    /** Archives or unarchives an interview; archived ones leave the agenda and the active list. */
    public void archive(String id, boolean archived) {
        Interview i = interviews.get(id);
        if (i == null) {
            return;
        }
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> {
            shelf.archive(id, archived, runner.clock().instant());
            return id;
        }, done -> {
            busy.set(false);
            say(archived ? messages.get("home.archived", i.company()) : messages.get("home.unarchived", i.company()),
                Tone.SUCCESS);
            refresh();
        }, this::failed);
    }

    /** Records that they replied: the follow-ups end. */
    public void markReplied(String id) {
        Interview i = interviews.get(id);
        if (i == null) {
            return;
        }
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> shelf.replied(id), r -> {
            busy.set(false);
            say(messages.get("followup.replied", i.company()), Tone.SUCCESS);
            refresh();
        }, this::failed);
    }

    /** Records how the application ended. */
    public void close(String id, Outcome how) {
        Interview i = interviews.get(id);
        if (i == null || how == null) {
            return;
        }
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> shelf.closed(id, how), r -> {
            busy.set(false);
            say(messages.get("followup.closed", i.company(), outcomeName(how)), Tone.SUCCESS);
            refresh();
        }, this::failed);
    }

    /** The name of an outcome, for menus. */
    public String outcomeName(Outcome o) {
        return switch (o) {
            case OFFER -> messages.get("followup.outcome.offer");
            case REJECTED -> messages.get("followup.outcome.rejected");
            case NO_ANSWER -> messages.get("followup.outcome.noAnswer");
            case WITHDRAWN -> messages.get("followup.outcome.withdrawn");
        };
    }

    /** Asks where, then saves the plans of the interviews listed as active as one calendar file (not the sample's). */
    public void exportPlan() {
        List<String> ids = all.stream().filter(r -> !r.archived() && !r.sample() && !r.unfinished())
            .map(HomeRow::id).toList();
        export(ids, "afterword-follow-ups.ics");
    }

    /** Asks where, then saves one interview's plan as a calendar file; the sample has none to save. */
    public void exportPlan(String id) {
        Interview i = interviews.get(id);
        if (i != null && i.sample()) {
            say(messages.get("followup.ics.sample"), Tone.WARNING);
            return;
        }
        if (i != null) {
            export(List.of(id), Ids.slug(i.company() + " " + i.role()) + "-follow-ups.ics");
        }
    }

    private void export(List<String> ids, String fileName) {
        if (ids.isEmpty()) {
            say(messages.get("followup.ics.none"), Tone.WARNING);
            return;
        }
        Optional<Path> where = dialogs.saveFile(messages.get("followup.ics.dialog"), fileName,
            messages.get("followup.ics.kind"), "ics");
        if (where.isEmpty()) {
            return;
        }
        Path path = where.get();
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> {
            InterviewShelf.Calendar c = shelf.calendar(ids);
            files.write(path, c.bytes());
            return c;
        }, c -> {
            busy.set(false);
            say(messages.get("followup.ics.saved", path.getFileName(), c.events()), Tone.SUCCESS);
        }, e -> {
            busy.set(false);
            say(messages.get("followup.ics.failed", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()), Tone.WARNING);
        });
    }

    /**
     * Deletes the interview with its history, edited notes and working copy (or an unfinished interview's working
     * copy), and offers "Undo" for {@link #UNDO_FOR}; undo puts every record back as it was. It works before Home has
     * read the list too (the wizard's "Remove sample").
     */
    public void delete(String id) {
        if (id == null) {
            return;
        }
        boolean draft = unfinished.containsKey(id);
        forgetUndo();
        busy.set(true);
        wizard.release(id, () -> runner.run(TaskRunner.Lane.IO,
            () -> draft ? shelf.removeUnfinished(id) : shelf.remove(id), r -> {
                busy.set(false);
                removed = r;
                undoText.set(removedText(r));
                undoTimer = runner.after(UNDO_FOR, this::forgetUndo);
                outcome.set(null);
                refresh();
            }, this::failed));
    }

    private String removedText(InterviewShelf.Removed r) {
        return switch (r.kind()) {
            case SAMPLE -> messages.get("home.sample.removed");
            case UNFINISHED -> r.company().isEmpty() ? messages.get("home.unfinished.deletedUntitled")
                : messages.get("home.unfinished.deleted", r.company());
            default -> messages.get("home.deleted", r.company());
        };
    }

    private String restoredText(InterviewShelf.Removed r) {
        return switch (r.kind()) {
            case SAMPLE -> messages.get("home.sample.restored");
            case UNFINISHED -> r.company().isEmpty() ? messages.get("home.unfinished.restoredUntitled")
                : messages.get("home.unfinished.restored", r.company());
            default -> messages.get("home.restored", r.company());
        };
    }

    /** Puts the interview deleted last back, with everything that belonged to it. */
    public void undo() {
        InterviewShelf.Removed r = removed;
        if (r == null) {
            return;
        }
        forgetUndo();
        busy.set(true);
        runner.run(TaskRunner.Lane.IO, () -> {
            shelf.restore(r);
            return r;
        }, done -> {
            busy.set(false);
            say(restoredText(r), Tone.SUCCESS);
            refresh();
        }, this::failed);
    }

    /** Closes the undo bar; the delete stays. */
    public void forgetUndo() {
        if (undoTimer != null) {
            undoTimer.cancel();
            undoTimer = null;
        }
        removed = null;
        undoText.set(null);
    }

    /** Hides the outcome line. */
    public void dismissOutcome() {
        outcome.set(null);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof TimelineException || e instanceof SaveException) {
            say(e.getMessage(), Tone.WARNING);
        } else {
            say(messages.get("home.actionFailed"), Tone.WARNING);
        }
        refresh();
    }

    private void say(String text, Tone tone) {
        outcomeTone.set(tone);
        outcome.set(text);
    }

    // ---------------------------------------------------------------------------------------------- state

    /** The interviews shown, latest first, after search and filter. */
    public ObservableList<HomeRow> rows() {
        return rows;
    }

    /** Agenda items whose window has passed, most overdue first. */
    public ObservableList<AgendaCard> overdue() {
        return overdue;
    }

    /** Agenda items due today, earliest first. */
    public ObservableList<AgendaCard> today() {
        return today;
    }

    /** Agenda items coming up, soonest first. */
    public ObservableList<AgendaCard> upcoming() {
        return upcoming;
    }

    /** The search text: every word must match company, role, people, status or date. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Which interviews show. */
    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** True once the first load finished. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** What the list says when nothing matches: "show all" is offered only when All isn't already chosen. */
    public ReadOnlyStringProperty noMatchProperty() {
        return noMatch.getReadOnlyProperty();
    }

    /** True when the workspace has no interview at all. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** True while an action runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last outcome in one line, or null. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether the last outcome worked. */
    public ReadOnlyObjectProperty<Tone> outcomeToneProperty() {
        return outcomeTone.getReadOnlyProperty();
    }

    /** The undo bar's line while a delete can be undone, else null. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** The interview with this id as last read, for the View's menus. */
    Optional<Interview> interview(String id) {
        return Optional.ofNullable(interviews.get(id));
    }
}
