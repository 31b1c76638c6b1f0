// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.zone.ZoneDirectory;
import app.afterword.core.zone.ZoneEntry;
import app.afterword.core.zone.ZoneTime;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Step 1: the company, the role, when it happened and in which zone, how it took place, and when they will decide.
 * Dates and times are kept as typed and read leniently; every message says what to write instead. The start and end
 * are typed on one clock, the person's own or the interviewers' (their choice), and each says what it is on the
 * other: "14:45 your time = 15:45 in Berlin".
 */
public final class InterviewStepViewModel implements StepModel {

    /** Which clock the start and end times are typed on. */
    public enum Clock {
        /** The person's own zone. */
        YOURS,
        /** The interviewers' zone, the one in the time-zone field. */
        THEIRS
    }

    /** How many zones the list under the time-zone field shows at most. */
    public static final int ZONE_CHOICES = 60;

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
    private final ObjectProperty<Clock> clock = new SimpleObjectProperty<>(this, "clock", Clock.YOURS);
    private final ZoneDirectory zones;
    private final StringBinding startLabel;
    private final StringBinding endLabel;
    private final StringBinding startOther;
    private final StringBinding endOther;
    private final StringBinding zoneHelp;
    private final StringBinding yoursChoice;
    private final StringBinding theirsChoice;

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
        this.zones = input.zones();
        company = new FormField("company", onChange).rule(() -> required(companyField(),
            "interview.company.missing"));
        role = new FormField("role", onChange).rule(() -> required(roleField(), "interview.role.missing"));
        date = new FormField("date", onChange).rule(this::dateProblem);
        start = new FormField("start", onChange).rule(this::startProblem);
        end = new FormField("end", onChange).rule(this::endProblem);
        timeZone = new FormField("timeZone", onChange).rule(this::zoneProblem);
        decision = new FormField("decisionBy", onChange).rule(this::decisionProblem);
        format.addListener((obs, was, now) -> onChange.run());
        clock.addListener((obs, was, now) -> {
            end.refresh();
            onChange.run();
        });
        start.textProperty().addListener((obs, was, now) -> end.refresh());
        date.textProperty().addListener((obs, was, now) -> decision.refresh());
        startLabel = Bindings.createStringBinding(() -> timeLabel("interview.start.label"), clock,
            timeZone.textProperty());
        endLabel = Bindings.createStringBinding(() -> timeLabel("interview.end.label"), clock,
            timeZone.textProperty());
        startOther = Bindings.createStringBinding(() -> otherClock(start), clock, timeZone.textProperty(),
            date.textProperty(), start.textProperty());
        endOther = Bindings.createStringBinding(() -> otherClock(end), clock, timeZone.textProperty(),
            date.textProperty(), end.textProperty());
        zoneHelp = Bindings.createStringBinding(this::zoneDescription, timeZone.textProperty(), date.textProperty(),
            start.textProperty());
        yoursChoice = Bindings.createStringBinding(() -> messages.get("interview.clock.yours", shortName(userZone)));
        theirsChoice = Bindings.createStringBinding(() -> theirZone().map(z -> messages.get("interview.clock.theirs",
            shortName(z))).orElse(messages.get("interview.clock.theirsUnknown")), timeZone.textProperty());
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
        ZoneDirectory.Resolution r = zones.resolve(timeZone.text());
        return switch (r.kind()) {
            case BLANK -> messages.get("interview.zone.missing");
            case ONE -> null;
            case NONE -> messages.get("interview.zone.invalid", timeZone.trimmed());
            case SEVERAL -> r.choices().size() <= 3
                ? messages.get("interview.zone.several", timeZone.trimmed(), r.choices().size(),
                    r.choices().stream().map(ZoneEntry::id).collect(Collectors.joining(", ")))
                : messages.get("interview.zone.many", timeZone.trimmed(), r.choices().size(),
                    r.choices().get(0).id());
        };
    }

    /** The interviewers' zone, when the field names one. */
    public Optional<ZoneId> theirZone() {
        return zones.resolve(timeZone.text()).one();
    }

    /** The zone the start and end are read in: the person's own, or the interviewers' once the field names one. */
    public ZoneId typingZone() {
        return clock.get() == Clock.THEIRS ? theirZone().orElse(userZone) : userZone;
    }

    private ZoneId otherZone() {
        return clock.get() == Clock.THEIRS ? userZone : theirZone().orElse(userZone);
    }

    /** "Berlin" for Europe/Berlin, "UTC" for UTC, the offset for a fixed offset. */
    private String shortName(ZoneId zone) {
        return zones.entry(zone).map(ZoneEntry::city).orElse(ZoneEntry.offsetText(
            zone.getRules().getOffset(Instant.EPOCH)));
    }

    /** "Started (your time, UTC)" or "Started (Berlin time)". */
    private String timeLabel(String key) {
        String name = messages.get(key);
        if (clock.get() == Clock.THEIRS && theirZone().isEmpty()) {
            return messages.get("interview.time.theirLabelUnknown", name);
        }
        if (clock.get() == Clock.THEIRS && !theirZone().get().equals(userZone)) {
            return messages.get("interview.time.theirLabel", name, shortName(theirZone().get()));
        }
        return messages.get("interview.time.yourLabel", name, shortName(userZone));
    }

    /** A typed time read on its clock, when the date and time are readable. */
    private Optional<ZoneTime> reading(FormField time) {
        Optional<LocalDate> day = input.parseDate(date.text());
        Optional<LocalTime> t = input.parseTime(time.text());
        if (day.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZoneTime.read(day.get(), t.get(), typingZone()));
    }

    /**
     * The line under a time: what it is on the other clock ("14:45 your time = 15:45 in Berlin"), and whether the
     * clocks skipped it that day. Empty when there is nothing to say.
     */
    private String otherClock(FormField time) {
        Optional<ZoneTime> read = reading(time);
        Optional<ZoneId> theirs = theirZone();
        if (read.isEmpty() || theirs.isEmpty()) {
            return "";
        }
        ZoneTime r = read.get();
        String skipped = r.skipped() ? " " + messages.get("interview.time.skipped", input.formatTime(
            r.typed().toLocalTime()), shortName(typingZone()), input.formatTime(r.at().toLocalTime())) : "";
        if (theirs.get().equals(userZone)) {
            return skipped.strip();
        }
        ZoneId other = otherZone();
        String here = input.formatTime(r.at().toLocalTime());
        ZonedDateTime there = r.in(other);
        String thereText = r.daysAheadIn(other) == 0 ? input.formatTime(there.toLocalTime())
            : messages.get("interview.time.onDay", input.formatTime(there.toLocalTime()),
                input.formatDate(there.toLocalDate()).replaceFirst(" \\d{4}$", ""));
        String line = clock.get() == Clock.THEIRS
            ? messages.get("interview.time.theirsToYours", here, shortName(theirs.get()), thereText)
            : messages.get("interview.time.yoursToTheirs", here, thereText, shortName(theirs.get()));
        return line + skipped;
    }

    /** The moment offsets are shown for: the interview's start when it can be read, else noon of its day or today. */
    public Instant referenceInstant() {
        Optional<ZoneTime> read = reading(start);
        if (read.isPresent()) {
            return read.get().at().toInstant();
        }
        LocalDate day = input.parseDate(date.text()).orElseGet(today);
        return day.atTime(12, 0).atZone(typingZone()).toInstant();
    }

    /** Under the zone field: where the zone is and its offset, and what the zone is used for. */
    private String zoneDescription() {
        Optional<ZoneId> z = theirZone();
        String use = messages.get("interview.zone.help", shortName(userZone));
        if (z.isEmpty()) {
            return use;
        }
        Instant at = referenceInstant();
        String where = zones.entry(z.get()).map(e -> e.place() + " · " + ZoneEntry.offsetText(e.offsetAt(at)))
            .orElse(ZoneEntry.offsetText(z.get().getRules().getOffset(at)));
        return messages.get("interview.zone.described", where, use);
    }

    /** The zones matching what is typed in the zone field, best first, each with its label at the interview. */
    public List<ZoneEntry> zoneMatches(String typed) {
        return zones.search(typed, ZONE_CHOICES);
    }

    /** "Europe/Berlin — Berlin, Germany · UTC+1", the offset as on the interview's day. */
    public String zoneLabel(ZoneEntry entry) {
        return entry.label(referenceInstant());
    }

    /** Puts a zone chosen from the list in the field. */
    public void chooseZone(ZoneEntry entry) {
        timeZone.textProperty().set(entry.id());
        timeZone.check();
    }

    /**
     * When what is typed in the zone field names one zone ("berlin", "Asia/Calcutta"), writes it as that zone's id
     * ("Europe/Berlin", "Asia/Kolkata"), as the list would have.
     */
    public void settleZone() {
        ZoneDirectory.Resolution r = zones.resolve(timeZone.text());
        if (r.kind() == ZoneDirectory.Resolution.Kind.ONE && !r.text().equals(timeZone.text())) {
            timeZone.textProperty().set(r.text());
        }
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
        ZoneId zone = theirZone().orElseThrow();
        ZoneId typed = typingZone();
        LocalDate day = input.parseDate(date.text()).orElseThrow();
        OffsetDateTime from = ZoneTime.read(day, input.parseTime(start.text()).orElseThrow(), typed)
            .offsetDateTime();
        OffsetDateTime to = input.parseTime(end.text())
            .map(t -> ZoneTime.read(day, t, typed).offsetDateTime()).orElse(null);
        b.company(company.trimmed()).role(role.trimmed()).format(format.get()).start(from).end(to).timeZone(zone)
            .decisionBy(input.parseDate(decision.text()).orElse(null));
    }

    /** Shows a fresh interview: today, in the user's zone, nothing else. */
    public void loadNew() {
        fields().forEach(f -> f.load(""));
        date.load(input.formatDate(today.get()));
        timeZone.load(zones.entry(userZone).map(ZoneEntry::id).orElse(userZone.getId()));
        format.set(null);
        clock.set(Clock.YOURS);
    }

    /**
     * Shows the fields of a working copy as they were typed.
     *
     * @param yourClock true when the times were typed on the person's own clock, false for the interviewers'
     */
    public void load(String companyText, String roleText, String dateText, String startText, String endText,
                     String zoneText, boolean yourClock, String formatText, String decisionText) {
        clock.set(yourClock ? Clock.YOURS : Clock.THEIRS);
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

    /** Which clock the times are typed on. */
    public ObjectProperty<Clock> clockProperty() {
        return clock;
    }

    /** The start field's label, naming its clock: "Started (your time, UTC)". */
    public StringBinding startLabel() {
        return startLabel;
    }

    /** The end field's label, naming its clock. */
    public StringBinding endLabel() {
        return endLabel;
    }

    /** The start on the other clock: "14:45 your time = 15:45 in Berlin"; empty when there is nothing to say. */
    public StringBinding startOnOtherClock() {
        return startOther;
    }

    /** The end on the other clock. */
    public StringBinding endOnOtherClock() {
        return endOther;
    }

    /** The line under the zone field: "Berlin, Germany · UTC+1. Notes are timed for their working day…". */
    public StringBinding zoneHelp() {
        return zoneHelp;
    }

    /** The choice of the person's own clock: "Your time (UTC)". */
    public StringBinding yoursChoice() {
        return yoursChoice;
    }

    /** The choice of the interviewers' clock: "Their time (Berlin)". */
    public StringBinding theirsChoice() {
        return theirsChoice;
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
