// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Step 1: the company, the role, when it happened and in which zone, how it took place, and when they will decide.
 * Dates and times are kept as typed and read leniently; every message says what to write instead.
 */
public final class InterviewStepViewModel implements StepModel {

    private final Messages messages;
    private final DateTimeInput input;
    private final Supplier<LocalDate> today;
    private final ZoneId userZone;

    private final FormField company;
    private final FormField role;
    private final FormField date;
    private final FormField start;
    private final FormField end;
    private final FormField timeZone;
    private final FormField decision;
    private final ObjectProperty<InterviewFormat> format = new SimpleObjectProperty<>(this, "format");

    /**
     * Creates the step.
     *
     * @param today    the user's date, for examples and for a new interview's date
     * @param userZone the zone a new interview starts in
     * @param onChange called after every edit
     */
    public InterviewStepViewModel(Messages messages, DateTimeInput input, Supplier<LocalDate> today, ZoneId userZone,
                                  Runnable onChange) {
        this.messages = messages;
        this.input = input;
        this.today = today;
        this.userZone = userZone;
        company = new FormField("company", onChange).rule(() -> required(companyField(),
            "interview.company.missing"));
        role = new FormField("role", onChange).rule(() -> required(roleField(), "interview.role.missing"));
        date = new FormField("date", onChange).rule(this::dateProblem);
        start = new FormField("start", onChange).rule(this::startProblem);
        end = new FormField("end", onChange).rule(this::endProblem);
        timeZone = new FormField("timeZone", onChange).rule(this::zoneProblem);
        decision = new FormField("decisionBy", onChange).rule(this::decisionProblem);
        format.addListener((obs, was, now) -> onChange.run());
        start.textProperty().addListener((obs, was, now) -> end.refresh());
        date.textProperty().addListener((obs, was, now) -> decision.refresh());
    }

    private FormField companyField() {
        return company;
    }

    private FormField roleField() {
        return role;
    }

    private String required(FormField field, String key) {
        return field.trimmed().isEmpty() ? messages.get(key) : null;
    }

    private String exampleDate() {
        return input.formatDate(today.get());
    }

    private String dateProblem() {
        if (date.trimmed().isEmpty()) {
            return messages.get("interview.date.missing", exampleDate());
        }
        return input.parseDate(date.text()).isPresent() ? null
            : messages.get("input.date.invalid", date.trimmed(), exampleDate());
    }

    private String startProblem() {
        if (start.trimmed().isEmpty()) {
            return messages.get("interview.start.missing", input.formatTime(LocalTime.of(10, 0)));
        }
        return input.parseTime(start.text()).isPresent() ? null
            : messages.get("input.time.invalid", start.trimmed(), input.exampleTime());
    }

    private String endProblem() {
        if (end.trimmed().isEmpty()) {
            return null;
        }
        Optional<LocalTime> e = input.parseTime(end.text());
        if (e.isEmpty()) {
            return messages.get("input.time.invalid", end.trimmed(), input.exampleTime());
        }
        Optional<LocalTime> s = input.parseTime(start.text());
        return s.isPresent() && e.get().isBefore(s.get()) ? messages.get("interview.end.beforeStart") : null;
    }

    private String zoneProblem() {
        if (timeZone.trimmed().isEmpty()) {
            return messages.get("interview.zone.missing");
        }
        return input.parseZone(timeZone.text()).isPresent() ? null
            : messages.get("interview.zone.invalid", timeZone.trimmed());
    }

    private String decisionProblem() {
        if (decision.trimmed().isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = input.parseDate(decision.text());
        if (d.isEmpty()) {
            return messages.get("input.date.invalid", decision.trimmed(), exampleDate());
        }
        Optional<LocalDate> day = input.parseDate(date.text());
        return day.isPresent() && d.get().isBefore(day.get()) ? messages.get("interview.decision.beforeInterview")
            : null;
    }

    /** Every field in screen order. */
    public List<FormField> fields() {
        return List.of(company, role, date, start, end, timeZone, decision);
    }

    @Override
    public List<FormField> validate() {
        return fields().stream().filter(f -> !f.check()).toList();
    }

    @Override
    public boolean isValid() {
        return fields().stream().allMatch(f -> f.problem() == null);
    }

    /** Fills an interview builder; only call when the step is valid. */
    public void applyTo(Interview.Builder b) {
        ZoneId zone = input.parseZone(timeZone.text()).orElseThrow();
        LocalDate day = input.parseDate(date.text()).orElseThrow();
        OffsetDateTime from = ZonedDateTime.of(day, input.parseTime(start.text()).orElseThrow(), zone)
            .toOffsetDateTime();
        OffsetDateTime to = input.parseTime(end.text())
            .map(t -> ZonedDateTime.of(day, t, zone).toOffsetDateTime()).orElse(null);
        b.company(company.trimmed()).role(role.trimmed()).format(format.get()).start(from).end(to).timeZone(zone)
            .decisionBy(input.parseDate(decision.text()).orElse(null));
    }

    /** Shows a fresh interview: today, in the user's zone, nothing else. */
    public void loadNew() {
        fields().forEach(f -> f.load(""));
        date.load(input.formatDate(today.get()));
        timeZone.load(userZone.getId());
        format.set(null);
    }

    /** Shows the fields of a working copy as they were typed. */
    public void load(String companyText, String roleText, String dateText, String startText, String endText,
                     String zoneText, String formatText, String decisionText) {
        company.load(companyText);
        role.load(roleText);
        date.load(dateText);
        start.load(startText);
        end.load(endText);
        timeZone.load(zoneText);
        format.set(InterviewFormat.parse(formatText).orElse(null));
        decision.load(decisionText);
    }

    /** The company field. */
    public FormField company() {
        return company;
    }

    /** The job title field. */
    public FormField role() {
        return role;
    }

    /** The date field. */
    public FormField date() {
        return date;
    }

    /** The start time field. */
    public FormField start() {
        return start;
    }

    /** The end time field. */
    public FormField end() {
        return end;
    }

    /** The time zone field. */
    public FormField timeZone() {
        return timeZone;
    }

    /** The decision date field. */
    public FormField decision() {
        return decision;
    }

    /** How the interview took place; null when not said. */
    public ObjectProperty<InterviewFormat> formatProperty() {
        return format;
    }

    /** The user's zone, shown as the default. */
    public ZoneId userZone() {
        return userZone;
    }

    /** The parser the fields use, for the date picker. */
    public DateTimeInput input() {
        return input;
    }
}
