// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.draft.ReadsAs;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.ListField;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 2: one card per interviewer. Cards can be added, removed (with undo), moved, and filled from pasted text, so
 * a panel from a calendar invite takes one paste. There is always at least one card.
 */
public final class PeopleStepViewModel implements StepModel {

    private final Messages messages;
    private final Runnable onChange;
    private final ObservableList<PersonViewModel> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper removedNotice = new ReadOnlyStringWrapper(this, "removedNotice");
    private final BooleanBinding canRemove = Bindings.size(people).greaterThan(1);
    private final BooleanProperty formalGreeting = new SimpleBooleanProperty(this, "formalGreeting");
    private final TaskRunner runner;
    private final ConversationStepViewModel.Phrasing phrasing;
    private final Map<Object, ReadsAsPreview> readsAs = new IdentityHashMap<>();
    private PersonViewModel lastRemoved;
    private int lastRemovedAt;

    /** Creates the step with one blank card and no "reads as" lines. */
    public PeopleStepViewModel(Messages messages, Runnable onChange) {
        this(messages, onChange, null, ConversationStepViewModel.Phrasing.NONE);
    }

    /**
     * Creates the step with one blank card.
     *
     * @param runner   where the "reads as" lines of topics and rapport are asked for; null shows none
     * @param phrasing the sentence each of them goes into
     */
    public PeopleStepViewModel(Messages messages, Runnable onChange, TaskRunner runner,
                               ConversationStepViewModel.Phrasing phrasing) {
        this.messages = messages;
        this.onChange = onChange;
        this.runner = runner;
        this.phrasing = phrasing;
        people.add(newPerson());
        people.addListener((javafx.collections.ListChangeListener<PersonViewModel>) c -> {
            onChange.run();
            people.forEach(p -> p.name().refresh());
        });
        formalGreeting.addListener((o, was, now) -> people.forEach(PersonViewModel::toneChanged));
    }

    /** The sentence a topic typed for one person reads as in a note, or null while there is nothing to show. */
    public ReadOnlyStringProperty readsAs(ListField.Item topic) {
        return readsAs.computeIfAbsent(topic, t -> new ReadsAsPreview(runner, phrasing, ReadsAs.Slot.TOPIC,
            topic.textProperty())).sentenceProperty();
    }

    /** The sentence a person's rapport line reads as in the note to them, or null while there is nothing to show. */
    public ReadOnlyStringProperty rapportReadsAs(PersonViewModel person) {
        return readsAs.computeIfAbsent(person, p -> new ReadsAsPreview(runner, phrasing, ReadsAs.Slot.RAPPORT,
            person.rapport().textProperty())).sentenceProperty();
    }

    /** Asks again for every line, as when the phrase layer has just become ready. */
    public void refreshReadsAs() {
        readsAs.values().forEach(ReadsAsPreview::schedule);
    }

    private PersonViewModel newPerson() {
        return new PersonViewModel(messages, this::nameTaken, () -> {
            onChange.run();
            people.forEach(p -> p.name().refresh());
        }, formalGreeting::get);
    }

    /**
     * Whether "Addressed as" suggests the formal greeting ("Dr. Schröder") rather than the warm one ("Anke"). False
     * by default: the tone is chosen on a later step, warm first, and a greeting left as suggested is not saved, so
     * the note's own tone decides it when drafting.
     */
    public BooleanProperty formalGreetingProperty() {
        return formalGreeting;
    }

    private boolean nameTaken(PersonViewModel person) {
        String key = person.nameKey();
        if (key.isEmpty()) {
            return false;
        }
        for (PersonViewModel other : people) {
            if (other == person) {
                return false;
            }
            if (other.nameKey().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The cards, in order. */
    public ObservableList<PersonViewModel> people() {
        return people;
    }

    /** Adds a blank card at the end and returns it; null when the panel is full. */
    public PersonViewModel add() {
        if (people.size() >= ListField.MAX_ITEMS) {
            return null;
        }
        clearUndo();
        PersonViewModel p = newPerson();
        people.add(p);
        return p;
    }

    /** Removes a card (never the last one); it can be brought back with {@link #undoRemove()}. */
    public void remove(PersonViewModel person) {
        int at = people.indexOf(person);
        if (at < 0 || people.size() <= 1) {
            return;
        }
        lastRemoved = person;
        lastRemovedAt = at;
        people.remove(at);
        String name = person.name().trimmed();
        removedNotice.set(name.isEmpty() ? messages.get("people.removed.unnamed")
            : messages.get("people.removed", name));
    }

    /** Puts the last removed card back where it was; returns it, or null when there is nothing to undo. */
    public PersonViewModel undoRemove() {
        PersonViewModel p = lastRemoved;
        if (p == null) {
            return null;
        }
        people.add(Math.min(lastRemovedAt, people.size()), p);
        clearUndo();
        return p;
    }

    /** Forgets the undo (the person moved on). */
    public void clearUndo() {
        lastRemoved = null;
        removedNotice.set(null);
    }

    /** Moves a card one place up. */
    public void moveUp(PersonViewModel person) {
        move(person, -1);
    }

    /** Moves a card one place down. */
    public void moveDown(PersonViewModel person) {
        move(person, 1);
    }

    private void move(PersonViewModel person, int by) {
        int from = people.indexOf(person);
        int to = from + by;
        if (from < 0 || to < 0 || to >= people.size()) {
            return;
        }
        List<PersonViewModel> order = new ArrayList<>(people);
        order.remove(from);
        order.add(to, person);
        people.setAll(order);
    }

    /**
     * The paste panel opened: an empty card the person never typed in shows no message for having lost focus to
     * the "Paste names" button; the pasted names fill it. Cards with something typed keep their messages.
     */
    public void pasteOpened() {
        for (PersonViewModel p : people) {
            if (p.isBlank()) {
                p.fields().forEach(FormField::quiet);
            }
        }
    }

    /**
     * Adds everyone found in pasted text. Blank cards are filled first; people already on a card are skipped.
     *
     * @return the cards filled or added, in order
     */
    public List<PersonViewModel> paste(String text) {
        List<PersonViewModel> touched = new ArrayList<>();
        for (NameListParser.Parsed p : NameListParser.parse(text)) {
            boolean known = people.stream().anyMatch(x -> x.nameKey().equalsIgnoreCase(p.name().strip()));
            if (known) {
                continue;
            }
            PersonViewModel card = people.stream().filter(PersonViewModel::isBlank).findFirst().orElse(null);
            if (card == null) {
                card = add();
                if (card == null) {
                    break;
                }
            }
            card.name().load(p.name());
            card.title().load(p.title());
            card.email().load(p.email());
            touched.add(card);
        }
        if (!touched.isEmpty()) {
            clearUndo();
            onChange.run();
        }
        return touched;
    }

    /** The sentence offering to undo a removal; null when there is nothing to undo. */
    public ReadOnlyStringProperty removedNoticeProperty() {
        return removedNotice.getReadOnlyProperty();
    }

    /** True when a card can be removed (there is more than one). */
    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    @Override
    public List<FormField> validate() {
        List<FormField> problems = new ArrayList<>();
        for (PersonViewModel p : people) {
            for (FormField f : p.fields()) {
                if (!f.check()) {
                    problems.add(f);
                }
            }
        }
        return problems;
    }

    @Override
    public boolean isValid() {
        return people.stream().flatMap(p -> p.fields().stream()).allMatch(f -> f.problem() == null);
    }

    /** Fills an interview builder; only call when the step is valid. */
    public void applyTo(Interview.Builder b) {
        b.interviewers(people.stream().map(PersonViewModel::toInterviewer).toList());
    }

    /**
     * Shows the cards of a working copy; a copy without people shows one blank card. Existing cards are reused in
     * order, so opening another interview does not rebuild the screen.
     */
    public void load(List<InterviewWorkingCopy.Person> cards) {
        clearUndo();
        List<InterviewWorkingCopy.Person> wanted = cards.isEmpty()
            ? List.of(new InterviewWorkingCopy.Person("", "", "", "", List.of(), "", Map.of())) : cards;
        List<PersonViewModel> loaded = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            PersonViewModel vm = i < people.size() ? people.get(i) : newPerson();
            vm.load(wanted.get(i));
            loaded.add(vm);
        }
        if (!loaded.equals(people)) {
            people.setAll(loaded);
        }
    }

    /** The cards as typed, without blank extra cards. */
    public List<InterviewWorkingCopy.Person> snapshot() {
        List<InterviewWorkingCopy.Person> out = new ArrayList<>();
        for (PersonViewModel p : people) {
            InterviewWorkingCopy.Person s = p.snapshot();
            if (!s.isBlank() || people.size() == 1) {
                out.add(s);
            }
        }
        return out;
    }
}
