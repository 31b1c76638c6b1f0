// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Audience;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Text;
import app.afterword.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The note step's line on who the chosen kind of note goes to: "One note to each of the 3 interviewers" for a
 * thank-you, "Goes to Priya Raman, hiring manager" for a follow-up, with the way to choose another contact and to
 * copy others. The choice is kept with the interview (through {@link Keeper}), so the next follow-up goes to the
 * same person.
 */
public final class AudienceViewModel {

    /** Where the choice of contact and copies is kept: the interview the wizard saves. */
    @FunctionalInterface
    public interface Keeper {
        /**
         * Keeps the choice.
         *
         * @param contact the contact's name, or null for the default
         * @param cc      the names and addresses to copy
         */
        void keep(String contact, List<String> cc);
    }

    /**
     * One person who could be copied.
     *
     * @param name      the name as in the interview
     * @param label     the name with the part, as the check box says it
     * @param reachable false when there is no e-mail address to copy them at
     * @param chosen    whether the note copies them
     */
    public record Copy(String name, String label, boolean reachable, BooleanProperty chosen) {
    }

    private final Messages messages;
    private final ReadOnlyObjectProperty<Interview> interview;
    private final ObservableValue<NoteKind> kind;
    private final ObservableValue<Medium> medium;
    private final Keeper keeper;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line", "");
    private final ReadOnlyBooleanWrapper onePerson = new ReadOnlyBooleanWrapper(this, "onePerson");
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(this, "copying");
    private final BooleanProperty choosing = new SimpleBooleanProperty(this, "choosing");
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObjectProperty<String> contact = new SimpleObjectProperty<>(this, "contact");
    private final ObservableList<Copy> copies = FXCollections.observableArrayList();
    private final ObservableList<String> receivers = FXCollections.observableArrayList();
    private boolean updating;

    /**
     * Creates the line for an e-mail.
     *
     * @param interview the valid interview, or null
     * @param kind      the kind of note chosen
     * @param keeper    keeps a change of contact or copies with the interview
     */
    public AudienceViewModel(Messages messages, ReadOnlyObjectProperty<Interview> interview,
                             ObservableValue<NoteKind> kind, Keeper keeper) {
        this(messages, interview, kind, new SimpleObjectProperty<>(Medium.EMAIL), keeper);
    }

    /**
     * Creates the line.
     *
     * @param interview the valid interview, or null
     * @param kind      the kind of note chosen
     * @param medium    the medium chosen; only an e-mail copies others
     * @param keeper    keeps a change of contact or copies with the interview
     */
    public AudienceViewModel(Messages messages, ReadOnlyObjectProperty<Interview> interview,
                             ObservableValue<NoteKind> kind, ObservableValue<Medium> medium, Keeper keeper) {
        this.messages = messages;
        this.interview = interview;
        this.kind = kind;
        this.medium = medium;
        this.keeper = keeper;
        interview.addListener((o, was, now) -> update());
        kind.addListener((o, was, now) -> update());
        medium.addListener((o, was, now) -> update());
        contact.addListener((o, was, now) -> {
            if (!updating && now != null && !now.equals(was)) {
                keepChoice(now);
            }
        });
        update();
    }

    private void update() {
        updating = true;
        try {
            Interview i = interview.get();
            NoteKind k = kind.getValue();
            if (i == null || k == null) {
                line.set("");
                onePerson.set(false);
                copying.set(false);
                receivers.clear();
                people.clear();
                copies.clear();
                contact.set(null);
                return;
            }
            Audience audience = Audience.of(k);
            onePerson.set(audience.onePerson());
            copying.set(audience.onePerson() && medium.getValue() == Medium.EMAIL);
            List<String> names = i.interviewers().stream().map(Interviewer::name).toList();
            if (!people.equals(names)) {
                people.setAll(names);
            }
            Interviewer to = i.contactPerson();
            contact.set(to.name());
            List<Copy> made = new ArrayList<>();
            for (Interviewer p : i.interviewers()) {
                if (p != to) {
                    boolean chosen = i.cc().stream().anyMatch(c -> Text.sameName(c, p.name()));
                    Copy c = new Copy(p.name(), describe(p), p.email() != null, new SimpleBooleanProperty(chosen));
                    c.chosen().addListener((o, was, now) -> {
                        if (!updating) {
                            keepChoice(contact.get());
                        }
                    });
                    made.add(c);
                }
            }
            if (sameBoxes(made)) {
                // the same people: tick the boxes there are, so a box being ticked keeps its focus
                for (int n = 0; n < made.size(); n++) {
                    copies.get(n).chosen().set(made.get(n).chosen().get());
                }
            } else {
                copies.setAll(made);
            }
            try {
                List<String> who = audience.receivers(i, k).stream().map(Interviewer::name).toList();
                receivers.setAll(who);
                line.set(sentence(i, audience, who));
            } catch (DraftException e) {
                receivers.clear();
                line.set(e.getMessage());
            }
        } finally {
            updating = false;
        }
    }

    private boolean sameBoxes(List<Copy> made) {
        if (made.size() != copies.size()) {
            return false;
        }
        for (int n = 0; n < made.size(); n++) {
            Copy was = copies.get(n);
            Copy now = made.get(n);
            if (!was.name().equals(now.name()) || !was.label().equals(now.label())
                || was.reachable() != now.reachable()) {
                return false;
            }
        }
        return true;
    }

    private String sentence(Interview i, Audience audience, List<String> who) {
        if (audience.onePerson()) {
            Interviewer to = i.contactPerson();
            String goesTo = messages.get("note.audience.contact", describe(to));
            List<String> copied = copies.stream().filter(c -> c.chosen().get()).map(Copy::name).toList();
            List<String> others = i.cc().stream().filter(c -> i.interviewer(c).isEmpty()).toList();
            List<String> all = new ArrayList<>(copied);
            all.addAll(others);
            return all.isEmpty() || !copying.get() ? goesTo
                : goesTo + " · " + messages.get("note.audience.copying", list(all));
        }
        if (who.size() == 1) {
            return messages.get("note.audience.one", describe(i.interviewer(who.get(0)).orElseThrow()));
        }
        return messages.get("note.audience.each." + audience.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            who.size());
    }

    /** "Priya Raman, hiring manager". */
    private String describe(Interviewer p) {
        return messages.get("note.audience.person", p.name(), p.part().label());
    }

    /** "A", "A and B", "A, B and C". */
    private String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return messages.get("note.audience.and", String.join(", ", names.subList(0, names.size() - 1)),
            names.get(names.size() - 1));
    }

    /** Keeps the contact and the people ticked, with the addresses the interview already copies. */
    private void keepChoice(String to) {
        Interview i = interview.get();
        if (i == null) {
            return;
        }
        List<String> cc = new ArrayList<>();
        for (Copy c : copies) {
            if (c.chosen().get() && !Objects.equals(c.name(), to)) {
                cc.add(c.name());
            }
        }
        i.cc().stream().filter(c -> i.interviewer(c).isEmpty()).forEach(cc::add);
        boolean isDefault = i.withContact(null, List.of()).contactPerson().name().equals(to);
        keeper.keep(isDefault ? null : to, cc);
    }

    /** The contact's name with the part, for the contact choice ("Priya Raman, hiring manager"). */
    public String label(String name) {
        Interview i = interview.get();
        return name == null || i == null ? "" : i.interviewer(name).map(this::describe).orElse(name);
    }

    /** Who the note goes to, and how to change it: the line under the kind. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** True when the kind goes to one contact, who can be changed and who may copy others. */
    public ReadOnlyBooleanProperty onePersonProperty() {
        return onePerson.getReadOnlyProperty();
    }

    /** True when the note to the contact can copy others: it is an e-mail. */
    public ReadOnlyBooleanProperty copyingProperty() {
        return copying.getReadOnlyProperty();
    }

    /** True while the contact and copies are shown for changing. */
    public BooleanProperty choosingProperty() {
        return choosing;
    }

    /** Everyone in the interview, for the contact choice. */
    public ObservableList<String> people() {
        return people;
    }

    /** The contact a one-recipient note goes to; setting it keeps the choice with the interview. */
    public ObjectProperty<String> contactProperty() {
        return contact;
    }

    /** Everyone but the contact, each with whether the note copies them. */
    public ObservableList<Copy> copies() {
        return copies;
    }

    /** The names of the people the chosen kind goes to, in interview order. */
    public ObservableList<String> receivers() {
        return receivers;
    }
}
