// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened at one interview: the facts every note and every follow-up is drafted from. Immutable; an edit
 * makes a new record, so a render or a save always works on a consistent snapshot.
 *
 * @param schemaVersion  the file format version this record was read from (see {@link #SCHEMA_VERSION})
 * @param id             the workspace id; null in a file that has not been added to a workspace yet
 * @param timeZone       the interviewers' zone; send times are judged there. Null means "the user's own zone"
 * @param topics         discussed with everyone
 * @param skills         the candidate's qualifications to restate
 * @param clarifications points to clarify or elaborate
 * @param ideas          value to offer in follow-ups
 * @param decisionBy     when they said they would decide, if they said
 * @param contact        the name of the person one-recipient notes (follow-ups) go to; null for the default, see
 *                       {@link #contactPerson()}
 * @param cc             who those notes copy: names of people in the interview or e-mail addresses
 * @param sample         true for the sample interview a first start adds: it shows how the app works, is labelled
 *                       as a sample wherever it shows, and stays out of the agenda and calendar exports
 * @param extra          fields this version does not know, kept and written back
 */
public record Interview(int schemaVersion, String id, Candidate candidate, String company, String role,
                        InterviewFormat format, OffsetDateTime start, OffsetDateTime end, ZoneId timeZone,
                        List<Interviewer> interviewers, List<String> topics, List<String> skills,
                        List<String> clarifications, List<String> ideas, LocalDate decisionBy, String notes,
                        String contact, List<String> cc, boolean sample, Map<String, JsonNode> extra) {

    /** The newest interview file format this version reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Validates the required fields; the codec reports problems in detail before this runs. */
    public Interview {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        id = Text.optional(id);
        candidate = candidate == null ? Candidate.EMPTY : candidate;
        company = Text.required(company, "company");
        role = Text.required(role, "role");
        if (start == null) {
            throw new IllegalArgumentException("start is missing");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end is before start");
        }
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        if (interviewers.isEmpty()) {
            throw new IllegalArgumentException("interviewers needs at least one person");
        }
        topics = Text.items(topics);
        skills = Text.items(skills);
        clarifications = Text.items(clarifications);
        ideas = Text.items(ideas);
        notes = Text.optional(notes) == null ? null : notes;
        contact = Text.optional(contact);
        cc = Text.items(cc);
        extra = Extra.copy(extra);
    }

    /** This interview under another workspace id. */
    public Interview withId(String newId) {
        return toBuilder().id(newId).build();
    }

    /** This interview with its follow-ups going to {@code name} (null: the default contact), copying {@code copy}. */
    public Interview withContact(String name, List<String> copy) {
        return toBuilder().contact(name).cc(copy).build();
    }

    /** The people in the given part, in interview order. */
    public List<Interviewer> withPart(Part part) {
        return interviewers.stream().filter(i -> i.part() == part).toList();
    }

    /**
     * The people the candidate was interviewed by, who each get a thank-you of their own: the interviewers and the
     * hiring manager. On a screening call with nobody else, the recruiters who ran it.
     */
    public List<Interviewer> interviewedBy() {
        List<Interviewer> panel = interviewers.stream().filter(i -> i.part().interviewed()).toList();
        return panel.isEmpty() ? withPart(Part.RECRUITER) : panel;
    }

    /**
     * The person a one-recipient note (a follow-up, a value-add, a close-the-loop note) goes to: the one named in
     * {@link #contact()} when it names someone; else the hiring manager, else the first recruiter, else the first
     * interviewer, else the first person.
     */
    public Interviewer contactPerson() {
        if (contact != null) {
            Optional<Interviewer> chosen = interviewer(contact);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        for (Part p : List.of(Part.HIRING_MANAGER, Part.RECRUITER, Part.INTERVIEWER)) {
            List<Interviewer> in = withPart(p);
            if (!in.isEmpty()) {
                return in.get(0);
            }
        }
        return interviewers.get(0);
    }

    /** The zone to judge times in: the interviewers' zone, or the given fallback (the user's zone). */
    public ZoneId zoneOr(ZoneId fallback) {
        return timeZone != null ? timeZone : fallback;
    }

    /** When the interview ended, or its start when no end was given. */
    public OffsetDateTime endOrStart() {
        return end != null ? end : start;
    }

    /** The interviewer with this name (ignoring case), if any. */
    public Optional<Interviewer> interviewer(String name) {
        return interviewers.stream().filter(i -> Text.sameName(i.name(), name)).findFirst();
    }

    /** A builder, for tests and the UI, starting from this record. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable collector of fields that yields a validated {@link Interview}. */
    public static final class Builder {
        private int schemaVersion = SCHEMA_VERSION;
        private String id;
        private Candidate candidate = Candidate.EMPTY;
        private String company;
        private String role;
        private InterviewFormat format;
        private OffsetDateTime start;
        private OffsetDateTime end;
        private ZoneId timeZone;
        private List<Interviewer> interviewers = List.of();
        private List<String> topics = List.of();
        private List<String> skills = List.of();
        private List<String> clarifications = List.of();
        private List<String> ideas = List.of();
        private LocalDate decisionBy;
        private String notes;
        private String contact;
        private List<String> cc = List.of();
        private boolean sample;
        private Map<String, JsonNode> extra = Map.of();

        /** An empty builder. */
        public Builder() {
        }

        private Builder(Interview i) {
            schemaVersion = i.schemaVersion;
            id = i.id;
            candidate = i.candidate;
            company = i.company;
            role = i.role;
            format = i.format;
            start = i.start;
            end = i.end;
            timeZone = i.timeZone;
            interviewers = i.interviewers;
            topics = i.topics;
            skills = i.skills;
            clarifications = i.clarifications;
            ideas = i.ideas;
            decisionBy = i.decisionBy;
            notes = i.notes;
            contact = i.contact;
            cc = i.cc;
            sample = i.sample;
            extra = i.extra;
        }

        public Builder schemaVersion(int v) {
            schemaVersion = v;
            return this;
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder candidate(Candidate v) {
            candidate = v;
            return this;
        }

        public Builder company(String v) {
            company = v;
            return this;
        }

        public Builder role(String v) {
            role = v;
            return this;
        }

        public Builder format(InterviewFormat v) {
            format = v;
            return this;
        }

        public Builder start(OffsetDateTime v) {
            start = v;
            return this;
        }

        public Builder end(OffsetDateTime v) {
            end = v;
            return this;
        }

        public Builder timeZone(ZoneId v) {
            timeZone = v;
            return this;
        }

        public Builder interviewers(List<Interviewer> v) {
            interviewers = v;
            return this;
        }

        public Builder topics(List<String> v) {
            topics = v;
            return this;
        }

        public Builder skills(List<String> v) {
            skills = v;
            return this;
        }

        public Builder clarifications(List<String> v) {
            clarifications = v;
            return this;
        }

        public Builder ideas(List<String> v) {
            ideas = v;
            return this;
        }

        public Builder decisionBy(LocalDate v) {
            decisionBy = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder contact(String v) {
            contact = v;
            return this;
        }

        public Builder cc(List<String> v) {
            cc = v;
            return this;
        }

        /** Marks the interview as the first start's sample (or not). */
        public Builder sample(boolean v) {
            sample = v;
            return this;
        }

        public Builder extra(Map<String, JsonNode> v) {
            extra = v;
            return this;
        }

        /** Builds the record; throws {@link IllegalArgumentException} naming the first missing field. */
        public Interview build() {
            return new Interview(schemaVersion, id, candidate, company, role, format, start, end, timeZone,
                interviewers, topics, skills, clarifications, ideas, decisionBy, notes, contact, cc, sample, extra);
        }
    }
}
