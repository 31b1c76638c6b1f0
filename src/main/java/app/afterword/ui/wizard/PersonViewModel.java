// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.ListField;
import app.afterword.ui.common.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** One interviewer card: who they are, how to reach them, what you talked about, and a personal connection. */
public final class PersonViewModel {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final FormField name;
    private final FormField title;
    private final FormField email;
    private final FormField linkedin;
    private final ListField topics;
    private final FormField rapport;
    private Map<String, JsonNode> extra = Map.of();

    /**
     * A blank card.
     *
     * @param nameTaken tells whether another card already uses a name
     */
    PersonViewModel(Messages messages, Predicate<PersonViewModel> nameTaken, Runnable onChange) {
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

    /** The fields in screen order. */
    List<FormField> fields() {
        return List.of(name, title, email, linkedin, rapport);
    }

    /** The name in lower case, for comparing. */
    String nameKey() {
        return name.trimmed().toLowerCase(Locale.ROOT);
    }

    /** "AS" for "Ana Souza"; empty when there is no name yet. */
    public String initials() {
        StringBuilder sb = new StringBuilder();
        for (String part : name.trimmed().split("\\s+")) {
            if (!part.isEmpty() && sb.length() < 2 && Character.isLetter(part.codePointAt(0))) {
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
        title.load(p.title());
        email.load(p.email());
        linkedin.load(p.linkedin());
        topics.load(p.topics());
        rapport.load(p.rapport());
        extra = p.interviewerExtra();
    }

    InterviewWorkingCopy.Person snapshot() {
        return new InterviewWorkingCopy.Person(name.text(), title.text(), email.text(), linkedin.text(),
            topics.typed(), rapport.text(), extra);
    }

    Interviewer toInterviewer() {
        return new Interviewer(name.trimmed(), title.trimmed(), email.trimmed(), linkedin.trimmed(),
            topics.values(), rapport.trimmed(), extra);
    }
}
