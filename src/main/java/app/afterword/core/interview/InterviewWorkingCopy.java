// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An interview as the person is typing it in: every field exactly as entered (half-typed dates, a card without a
 * name), with the step of the app they were on. It exists so that closing the window, a crash or a full disk never
 * costs someone the notes they typed straight after an interview; the validated {@link Interview} is built from it
 * only once everything checks out.
 *
 * @param schemaVersion the record format version (see {@link #SCHEMA_VERSION})
 * @param interviewId   the id of the interview this copy edits; null until the input first made a valid interview
 * @param step          the name of the step the person was on ("people"); readers fall back to the first step
 * @param savedAt       when this copy was written; the newest copy is the one the app resumes
 * @param date          the interview date as typed, e.g. "24 Nov 2026"
 * @param startTime     the start time as typed, e.g. "10:00"
 * @param timeZone      the interviewers' time zone as typed, e.g. "Europe/Berlin"
 * @param timesIn       which clock the start and end times were typed on: {@value #YOUR_TIME} (the person's own)
 *                      or {@value #THEIR_TIME} (the interviewers', {@code timeZone}); empty in copies saved before the
 *                      choice existed, whose times were read in {@code timeZone}
 * @param format        "onsite", "video", "phone" or empty
 * @param decisionDate  when they said they would decide, as typed
 * @param contact       the person chosen on the note step for one-recipient notes; empty for the default
 * @param cc            who those notes copy, as chosen on the note step
 * @param extra         fields a newer version added; kept and written back
 */
@JsonPropertyOrder({"schemaVersion", "interviewId", "step", "savedAt", "company", "role", "date", "startTime",
    "endTime", "timeZone", "timesIn", "format", "decisionDate", "people", "topics", "skills", "clarifications",
    "ideas", "contact", "cc"})
public record InterviewWorkingCopy(int schemaVersion, String interviewId, String step, Instant savedAt,
                                   String company, String role, String date, String startTime, String endTime,
                                   String timeZone, String timesIn, String format, String decisionDate,
                                   List<Person> people,
                                   List<String> topics, List<String> skills, List<String> clarifications,
                                   List<String> ideas, String contact, List<String> cc,
                                   @JsonAnySetter Map<String, JsonNode> extra) {

    /** The newest working-copy format this version reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** {@link #timesIn()} for times typed on the person's own clock. */
    public static final String YOUR_TIME = "yours";

    /** {@link #timesIn()} for times typed on the interviewers' clock. */
    public static final String THEIR_TIME = "theirs";

    /** The most list entries kept per list, as in interview files. */
    public static final int MAX_ITEMS = 200;

    /** The steps of the app a copy can be left on, in order, as {@link #step()} names them. */
    public static final List<String> STEPS = List.of("interview", "people", "conversation", "note", "review",
        "send");

    /** Normalises missing values to empty ones and refuses oversized input, so what saves also loads. */
    public InterviewWorkingCopy {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        interviewId = Text.optional(interviewId);
        step = Text.optional(step);
        company = raw(company);
        role = raw(role);
        date = raw(date);
        startTime = raw(startTime);
        endTime = raw(endTime);
        timeZone = raw(timeZone);
        timesIn = YOUR_TIME.equals(timesIn) ? YOUR_TIME : THEIR_TIME.equals(timesIn) ? THEIR_TIME : "";
        format = raw(format);
        decisionDate = raw(decisionDate);
        people = capped(people);
        topics = rawItems(topics);
        skills = rawItems(skills);
        clarifications = rawItems(clarifications);
        ideas = rawItems(ideas);
        contact = raw(contact);
        cc = rawItems(cc);
        extra = Extra.copy(extra);
    }

    /**
     * A copy whose times were typed on the interviewers' clock, as every copy was before the choice existed, with the
     * contact left to the default and nobody copied.
     */
    public InterviewWorkingCopy(int schemaVersion, String interviewId, String step, Instant savedAt, String company,
                                String role, String date, String startTime, String endTime, String timeZone,
                                String format, String decisionDate, List<Person> people, List<String> topics,
                                List<String> skills, List<String> clarifications, List<String> ideas,
                                Map<String, JsonNode> extra) {
        this(schemaVersion, interviewId, step, savedAt, company, role, date, startTime, endTime, timeZone, "",
            format, decisionDate, people, topics, skills, clarifications, ideas, "", List.of(), extra);
    }

    /** True when the times were typed on the person's own clock rather than the interviewers'. */
    @JsonIgnore
    public boolean timesInYourZone() {
        return YOUR_TIME.equals(timesIn);
    }

    /** This copy with fields this version does not know, for Jackson to write back at the top level. */
    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> extra() {
        return extra;
    }

    /** This copy saved under another interview id at another moment. */
    public InterviewWorkingCopy saved(String newInterviewId, Instant at) {
        return new InterviewWorkingCopy(schemaVersion, newInterviewId, step, at, company, role, date, startTime,
            endTime, timeZone, timesIn, format, decisionDate, people, topics, skills, clarifications, ideas,
            contact, cc, extra);
    }

    /** The number of the step this copy was left on, 1 for the first; an unknown step counts as the first. */
    public int stepNumber() {
        int i = STEPS.indexOf(step == null ? "" : step.strip().toLowerCase(java.util.Locale.ROOT));
        return i < 0 ? 1 : i + 1;
    }

    /**
     * True when nothing was typed: no company, role, times, format, decision date, person or item. The date and the
     * time zone don't count, because a new interview starts with today's date in the user's zone filled in.
     */
    @JsonIgnore
    public boolean isBlank() {
        return company.isBlank() && role.isBlank() && startTime.isBlank() && endTime.isBlank() && format.isBlank()
            && decisionDate.isBlank() && people.stream().allMatch(Person::isBlank)
            && java.util.stream.Stream.of(topics, skills, clarifications, ideas).flatMap(List::stream)
            .allMatch(String::isBlank);
    }

    /** What the copy is, for messages: "the interview with Acme", or "the interview you are typing in". */
    public String describe() {
        return company.isBlank() ? "the interview you are typing in" : "the interview with " + company.strip();
    }

    /** A copy with nothing typed yet. */
    public static InterviewWorkingCopy empty() {
        return new InterviewWorkingCopy(SCHEMA_VERSION, null, null, null, "", "", "", "", "", "", "", "",
            List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    static String raw(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() > Text.MAX_CHARS) {
            throw new IllegalArgumentException("a field is longer than " + Text.MAX_CHARS + " characters");
        }
        return value;
    }

    static List<String> rawItems(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a list has more than " + MAX_ITEMS + " entries");
        }
        return values.stream().map(InterviewWorkingCopy::raw).toList();
    }

    private static <T> List<T> capped(List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a list has more than " + MAX_ITEMS + " entries");
        }
        return values.stream().map(v -> {
            if (v == null) {
                throw new IllegalArgumentException("a list entry is empty");
            }
            return v;
        }).toList();
    }

    /**
     * One interviewer card as typed. The interviewer's own unknown fields travel with the card, so editing an
     * interview that came from a newer app never drops them.
     *
     * @param addressAs        how the person is greeted, when the candidate changed it from the suggestion; empty
     *                         leaves the greeting to the name and the note's tone
     * @param part             the part they played as in interview files ("hiring-manager"); empty for interviewer
     * @param interviewerExtra the unknown fields of the interviewer this card was made from
     */
    @JsonPropertyOrder({"name", "title", "email", "linkedin", "topics", "rapport", "addressAs", "part",
        "interviewerExtra"})
    public record Person(String name, String title, String email, String linkedin, List<String> topics,
                         String rapport, String addressAs, String part, Map<String, JsonNode> interviewerExtra) {

        /** Normalises missing values to empty ones. */
        public Person {
            name = raw(name);
            title = raw(title);
            email = raw(email);
            linkedin = raw(linkedin);
            topics = rawItems(topics);
            rapport = raw(rapport);
            addressAs = raw(addressAs);
            part = raw(part);
            interviewerExtra = interviewerExtra == null || interviewerExtra.isEmpty() ? Map.of()
                : Extra.copy(new LinkedHashMap<>(interviewerExtra));
        }

        /** An interviewer's card. */
        public Person(String name, String title, String email, String linkedin, List<String> topics,
                      String rapport, String addressAs, Map<String, JsonNode> interviewerExtra) {
            this(name, title, email, linkedin, topics, rapport, addressAs, "", interviewerExtra);
        }

        /** An interviewer's card whose greeting follows the name. */
        public Person(String name, String title, String email, String linkedin, List<String> topics,
                      String rapport, Map<String, JsonNode> interviewerExtra) {
            this(name, title, email, linkedin, topics, rapport, "", "", interviewerExtra);
        }

        /** True when nothing was typed on this card. */
        @JsonIgnore
        public boolean isBlank() {
            return name.isBlank() && title.isBlank() && email.isBlank() && linkedin.isBlank() && rapport.isBlank()
                && addressAs.isBlank() && topics.stream().allMatch(String::isBlank);
        }
    }
}
