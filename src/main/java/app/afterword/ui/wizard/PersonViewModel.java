// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.interview.Part;
import app.afterword.core.interview.PersonName;
import app.afterword.core.interview.Text;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.ListField;
import app.afterword.ui.common.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One person's card: who they are, the part they played (which decides the notes they get), how the note greets
 * them, how to reach them, what you talked about, and a personal connection.
 *
 * <p>"Addressed as" starts as the greeting the name suggests and follows the name while it is left that way; only a
 * greeting the person changed is kept in the interview ({@code addressAs}), so a suggestion never overrides the tone
 * chosen later (a formal note greets "Dr. Anke Schröder" as "Dr. Schröder" unless the card says otherwise). A name
 * typed in lower case offers its capitalised form; the name only changes when the person takes the offer.
 */
public final class PersonViewModel {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final FormField name;
    private final FormField title;
    private final FormField email;
    private final FormField linkedin;
    private final ListField topics;
    private final FormField rapport;
    private final FormField addressAs;
    private final Messages messages;
    private final BooleanSupplier formal;
    private final ReadOnlyStringWrapper capitaliseOffer = new ReadOnlyStringWrapper(this, "capitaliseOffer");
    private final ReadOnlyStringWrapper capitalisedName = new ReadOnlyStringWrapper(this, "capitalisedName");
    private final ReadOnlyStringWrapper addressHelp = new ReadOnlyStringWrapper(this, "addressHelp");
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(this, "part", Part.INTERVIEWER);
    private final StringBinding partHelp;
    private String suggestion = "";
    private boolean chosen;
    private boolean prefilling;
    private Map<String, JsonNode> extra = Map.of();

    /**
     * A blank card whose greeting is suggested for a warm note.
     *
     * @param nameTaken tells whether another card already uses a name
     */
    PersonViewModel(Messages messages, Predicate<PersonViewModel> nameTaken, Runnable onChange) {
        this(messages, nameTaken, onChange, () -> false);
    }

    /**
     * A blank card.
     *
     * @param nameTaken tells whether another card already uses a name
     * @param formal    whether the greeting to suggest is the formal one
     */
    PersonViewModel(Messages messages, Predicate<PersonViewModel> nameTaken, Runnable onChange,
                    BooleanSupplier formal) {
        this.messages = messages;
        this.formal = formal;
        name = new FormField("name", onChange);
        name.rule(() -> {
            if (name.trimmed().isEmpty()) {
                return messages.get("people.name.missing");
            }
            return nameTaken.test(this) ? messages.get("people.name.duplicate") : null;
        });
        title = new FormField("title", onChange);
        email = new FormField("email", onChange);
        email.rule(() -> email.trimmed().isEmpty() || EMAIL.matcher(email.trimmed()).matches() ? null
            : messages.get("people.email.invalid", email.trimmed()));
        linkedin = new FormField("linkedin", onChange);
        linkedin.rule(() -> linkedin.trimmed().matches(".*\\s.*") ? messages.get("people.linkedin.invalid") : null);
        topics = new ListField("topics", onChange);
        rapport = new FormField("rapport", onChange);
        addressAs = new FormField("addressAs", onChange);
        addressAs.rule(() -> Text.hasControlCharacter(addressAs.text()) ? messages.get("people.addressAs.invalid")
            : null);
        name.textProperty().addListener((o, was, now) -> suggest());
        partHelp = Bindings.createStringBinding(() -> messages.get("people.part." + part.get().jsonName() + ".help"),
            part);
        part.addListener((o, was, now) -> {
            if (now == null) {
                part.set(Part.INTERVIEWER);
            } else if (!prefilling) {
                onChange.run();
            }
        });
        addressAs.textProperty().addListener((o, was, now) -> {
            if (!prefilling) {
                chosen = !addressAs.trimmed().isEmpty();
            }
            describeAddress();
        });
        describeAddress();
    }

    private void prefill(String greeting, boolean typed) {
        prefilling = true;
        try {
            addressAs.load(greeting);
            chosen = typed && !addressAs.trimmed().isEmpty();
        } finally {
            prefilling = false;
        }
        describeAddress();
    }

    /** Follows the name: a new suggestion (kept in the field unless the person changed it) and the capitals offer. */
    private void suggest() {
        PersonName parsed = PersonName.parse(name.trimmed());
        suggestion = parsed.greeting(formal.getAsBoolean());
        if (!chosen && !addressAs.text().equals(suggestion)) {
            prefill(suggestion, false);
        }
        String capitalised = parsed.isAllLowerCase() && !parsed.capitalised().equals(parsed.typed())
            ? parsed.capitalised() : null;
        capitalisedName.set(capitalised);
        capitaliseOffer.set(capitalised == null ? null : messages.get("people.name.capitalise", capitalised));
        describeAddress();
    }

    private void describeAddress() {
        if (addressAsChanged()) {
            addressHelp.set(messages.get("people.addressAs.help.chosen"));
            return;
        }
        PersonName parsed = PersonName.parse(name.trimmed());
        String formalGreeting = parsed.greeting(true);
        addressHelp.set(parsed.isEmpty() || formalGreeting.equals(parsed.greeting(false))
            ? messages.get("people.addressAs.help.suggested")
            : messages.get("people.addressAs.help.tone", formalGreeting));
    }

    /** Re-suggests the greeting after the tone to suggest for changed. */
    void toneChanged() {
        suggest();
    }

    /**
     * True when "Addressed as" holds a greeting the person typed (or an interview file gave) rather than the
     * suggestion; only then is it saved. Clearing the field hands the greeting back to the name.
     */
    public boolean addressAsChanged() {
        return chosen && !addressAs.trimmed().isEmpty();
    }

    /** How the note greets this person; starts as the greeting the name suggests. */
    public FormField addressAs() {
        return addressAs;
    }

    /** "Capitalise as Maria Garcia" while the name is typed all in lower case; null otherwise. */
    public ReadOnlyStringProperty capitaliseOfferProperty() {
        return capitaliseOffer.getReadOnlyProperty();
    }

    /** The name with the capitals it probably needs, while it is typed all in lower case; null otherwise. */
    public ReadOnlyStringProperty capitalisedNameProperty() {
        return capitalisedName.getReadOnlyProperty();
    }

    /** The line under "Addressed as": where the greeting comes from and what a formal note uses. */
    public ReadOnlyStringProperty addressHelpProperty() {
        return addressHelp.getReadOnlyProperty();
    }

    /** Takes the capitalisation offer: the name becomes its capitalised form. Does nothing without an offer. */
    public void capitaliseName() {
        if (capitalisedName.get() != null) {
            name.textProperty().set(capitalisedName.get());
        }
    }

    /** The name field. */
    public FormField name() {
        return name;
    }

    /** The job title field. */
    public FormField title() {
        return title;
    }

    /** The email field. */
    public FormField email() {
        return email;
    }

    /** The LinkedIn field. */
    public FormField linkedin() {
        return linkedin;
    }

    /** What was discussed with this person. */
    public ListField topics() {
        return topics;
    }

    /** A personal connection, one line. */
    public FormField rapport() {
        return rapport;
    }

    /** The part this person played: interviewer (the default), hiring manager, recruiter, host or referrer. */
    public ObjectProperty<Part> partProperty() {
        return part;
    }

    /** A part as the card names it ("Recruiter or coordinator"). */
    public String partName(Part p) {
        return p == null ? "" : messages.get("people.part." + p.jsonName());
    }

    /** The line under the part: which notes a person in this part gets. */
    public StringBinding partHelpProperty() {
        return partHelp;
    }

    /** The parts a person can have, in the order they are offered. */
    public static List<Part> parts() {
        return List.of(Part.values());
    }

    /** The fields in screen order. */
    List<FormField> fields() {
        return List.of(name, addressAs, title, email, linkedin, rapport);
    }

    /** The name in lower case, for comparing. */
    String nameKey() {
        return name.trimmed().toLowerCase(Locale.ROOT);
    }

    /**
     * "AS" for "Ana Souza" and for "Dr. Anke Schröder" (titles, particles and letters after the name are skipped);
     * empty when there is no name yet.
     */
    public String initials() {
        PersonName parsed = PersonName.parse(name.trimmed());
        List<String> words = new ArrayList<>();
        if (parsed.given() != null && parsed.surname() != null) {
            words.add(parsed.given());
            List<String> surname = List.of(parsed.surname().split("\\s+"));
            words.add(surname.stream().filter(w -> !PersonName.isParticle(w)).findFirst()
                .orElse(surname.get(surname.size() - 1)));
        } else {
            for (String w : parsed.typed().split("\\s+")) {
                if (!PersonName.isHonorific(w) && !PersonName.isParticle(w)) {
                    words.add(w);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : words) {
            if (!part.isEmpty() && sb.codePointCount(0, sb.length()) < 2 && Character.isLetter(part.codePointAt(0))) {
                sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return sb.toString();
    }

    /** True when nothing was typed on this card. */
    boolean isBlank() {
        return snapshot().isBlank();
    }

    void load(InterviewWorkingCopy.Person p) {
        name.load(p.name());
        prefill(p.addressAs().isBlank() ? suggestion : p.addressAs(), !p.addressAs().isBlank());
        title.load(p.title());
        email.load(p.email());
        linkedin.load(p.linkedin());
        topics.load(p.topics());
        rapport.load(p.rapport());
        prefilling = true;
        try {
            part.set(Part.parse(p.part()).orElse(Part.INTERVIEWER));
        } finally {
            prefilling = false;
        }
        extra = p.interviewerExtra();
    }

    InterviewWorkingCopy.Person snapshot() {
        return new InterviewWorkingCopy.Person(name.text(), title.text(), email.text(), linkedin.text(),
            topics.typed(), rapport.text(), addressAsChanged() ? addressAs.text() : "",
            part.get() == Part.INTERVIEWER ? "" : part.get().jsonName(), extra);
    }

    Interviewer toInterviewer() {
        return new Interviewer(name.trimmed(), title.trimmed(), email.trimmed(), linkedin.trimmed(),
            topics.values(), rapport.trimmed(), addressAsChanged() ? addressAs.trimmed() : null, part.get(), extra);
    }
}
