// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the documented interview file format. Reading never stops at the first mistake: it collects every
 * problem with its JSON path and a hint, so a person can fix a file in one pass. Fields it does not know are kept.
 */
public final class InterviewCodec {

    private static final Set<String> ROOT_FIELDS = Set.of("schemaVersion", "id", "candidate", "company", "role",
        "format", "start", "end", "timeZone", "interviewers", "contact", "cc", "topics", "skills", "clarifications",
        "ideas", "decisionBy", "notes", "sample");
    private static final Set<String> CANDIDATE_FIELDS = Set.of("name", "email", "phone", "linkedin", "signature");
    private static final Set<String> INTERVIEWER_FIELDS = Set.of("name", "part", "title", "email", "linkedin",
        "topics", "rapport", "addressAs");
    private static final int MAX_TEXT = Text.MAX_CHARS;
    private static final int MAX_ITEMS = 200;
    /** The first year a date may have; earlier ones are typing mistakes. */
    public static final int FIRST_YEAR = 1900;
    /** The last year a date may have; later ones are typing mistakes, and plans must stay computable. */
    public static final int LAST_YEAR = 2200;

    /** One-line fields: a line break would cut a subject or start a new header, a control character has no place. */
    private static final List<String> ONE_LINE = List.of("company", "role", "timeZone", "format", "contact");
    private static final List<String> CANDIDATE_ONE_LINE = List.of("name", "email", "phone", "linkedin");
    private static final List<String> INTERVIEWER_ONE_LINE = List.of("name", "title", "email", "linkedin",
        "addressAs");
    private static final Pattern MAILBOX = Pattern.compile("[^\\s@<>()\\[\\]:;,\"\\\\]+@[^\\s@<>()\\[\\]:;,\"\\\\]+");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final boolean checkContent;

    /** A codec for files from outside the workspace: every check, content included. */
    public InterviewCodec() {
        this(true);
    }

    private InterviewCodec(boolean checkContent) {
        this.checkContent = checkContent;
    }

    /**
     * A codec for records already in the workspace. They passed the checks of the version that stored them; checks
     * added since (control characters, single mailboxes, the date range) are not applied again, so an upgrade never
     * moves a record a person saved into quarantine.
     */
    public static InterviewCodec forStoredRecords() {
        return new InterviewCodec(false);
    }

    /** The outcome of reading a file: the interview when it is valid, and every problem found. */
    public record Decoded(Interview interview, List<Problem> problems, int schemaVersion) {
        /** Copies the problem list. */
        public Decoded {
            problems = List.copyOf(problems);
        }

        /** True when the file was written by a newer version of the app; it must not be rewritten. */
        public boolean newerSchema() {
            return schemaVersion > Interview.SCHEMA_VERSION;
        }

        /** True when there is an interview and nothing to fix. */
        public boolean valid() {
            return interview != null && problems.isEmpty();
        }
    }

    /** Reads an interview from a parsed JSON document. */
    public Decoded read(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add(new Problem("", "The file must hold one JSON object describing an interview "
                + "(it starts with '{'), not " + kind(root) + "."));
            return new Decoded(null, problems, Interview.SCHEMA_VERSION);
        }
        Reader r = new Reader(problems);
        int version = r.schemaVersion(root.get("schemaVersion"));
        Interview.Builder b = new Interview.Builder().schemaVersion(Math.max(version, 1));
        b.id(r.text(root, "id", "", false, null));
        b.candidate(r.candidate(root.get("candidate")));
        b.company(r.text(root, "company", "", true, "add the company's name, e.g. \"company\": \"Acme\""));
        b.role(r.text(root, "role", "", true, "add the job title, e.g. \"role\": \"Product Designer\""));
        b.format(r.format(root.get("format")));
        OffsetDateTime start = r.dateTime(root.get("start"), "start", true);
        OffsetDateTime end = r.dateTime(root.get("end"), "end", false);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("end", "end (" + end + ") is before start (" + start
                + "); check the date and the time of day."));
            end = null;
        }
        b.start(start).end(end);
        b.timeZone(r.zone(root.get("timeZone")));
        List<Interviewer> people = r.interviewers(root.get("interviewers"));
        b.interviewers(people);
        String contact = r.text(root, "contact", "", false, null);
        List<String> cc = r.list(root.get("cc"), "cc");
        if (checkContent) {
            r.audience(people, contact, cc);
        }
        b.contact(contact).cc(cc);
        b.topics(r.list(root.get("topics"), "topics"));
        b.skills(r.list(root.get("skills"), "skills"));
        b.clarifications(r.list(root.get("clarifications"), "clarifications"));
        b.ideas(r.list(root.get("ideas"), "ideas"));
        b.decisionBy(r.date(root.get("decisionBy"), "decisionBy"));
        b.notes(r.text(root, "notes", "", false, null));
        b.sample(r.flag(root.get("sample"), "sample"));
        b.extra(unknown(root, ROOT_FIELDS));
        if (checkContent) {
            new ContentCheck(problems).check(root);
        }
        Interview interview = null;
        if (problems.isEmpty()) {
            try {
                interview = b.build();
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("", e.getMessage()));
            }
        }
        return new Decoded(interview, problems, version);
    }

    /** Writes an interview in the documented field order, followed by the fields this version does not know. */
    public ObjectNode write(Interview interview) {
        ObjectNode o = nodes.objectNode();
        o.put("schemaVersion", interview.schemaVersion());
        putText(o, "id", interview.id());
        Candidate c = interview.candidate();
        ObjectNode cand = nodes.objectNode();
        putText(cand, "name", c.name());
        putText(cand, "email", c.email());
        putText(cand, "phone", c.phone());
        putText(cand, "linkedin", c.linkedin());
        putText(cand, "signature", c.signature());
        c.extra().forEach(cand::set);
        if (!cand.isEmpty()) {
            o.set("candidate", cand);
        }
        o.put("company", interview.company());
        o.put("role", interview.role());
        if (interview.format() != null) {
            o.put("format", interview.format().jsonName());
        }
        o.put("start", interview.start().toString());
        if (interview.end() != null) {
            o.put("end", interview.end().toString());
        }
        if (interview.timeZone() != null) {
            o.put("timeZone", interview.timeZone().getId());
        }
        ArrayNode people = o.putArray("interviewers");
        for (Interviewer i : interview.interviewers()) {
            ObjectNode p = people.addObject();
            p.put("name", i.name());
            if (i.part() != Part.INTERVIEWER) {
                p.put("part", i.part().jsonName());
            }
            putText(p, "title", i.title());
            putText(p, "email", i.email());
            putText(p, "linkedin", i.linkedin());
            putList(p, "topics", i.topics());
            putText(p, "rapport", i.rapport());
            putText(p, "addressAs", i.addressAs());
            i.extra().forEach(p::set);
        }
        putText(o, "contact", interview.contact());
        putList(o, "cc", interview.cc());
        putList(o, "topics", interview.topics());
        putList(o, "skills", interview.skills());
        putList(o, "clarifications", interview.clarifications());
        putList(o, "ideas", interview.ideas());
        if (interview.decisionBy() != null) {
            o.put("decisionBy", interview.decisionBy().toString());
        }
        putText(o, "notes", interview.notes());
        if (interview.sample()) {
            o.put("sample", true);
        }
        interview.extra().forEach(o::set);
        return o;
    }

    private static void putText(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putList(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }

    private static Map<String, JsonNode> unknown(JsonNode object, Set<String> known) {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue());
            }
        }
        return extra;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isTextual()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private static String quote(String s) {
        String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "'" + shown + "'";
    }

    /** Reads values, adding a problem for each mistake. */
    private final class Reader {
        private final List<Problem> problems;

        Reader(List<Problem> problems) {
            this.problems = problems;
        }

        void add(String path, String message) {
            problems.add(new Problem(path, message));
        }

        int schemaVersion(JsonNode n) {
            if (absent(n)) {
                return Interview.SCHEMA_VERSION;
            }
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                add("schemaVersion", "schemaVersion must be a whole number such as 1, not " + kind(n) + ".");
                return Interview.SCHEMA_VERSION;
            }
            return n.asInt();
        }

        String text(JsonNode parent, String field, String prefix, boolean required, String hint) {
            String path = prefix + field;
            JsonNode n = parent.get(field);
            if (absent(n) || n.isTextual() && n.asText().isBlank()) {
                if (required) {
                    add(path, path + " is missing: " + hint + ".");
                }
                return null;
            }
            if (!n.isTextual()) {
                add(path, path + " must be text in quotes, not " + kind(n) + ".");
                return null;
            }
            if (n.asText().length() > MAX_TEXT) {
                add(path, path + " is " + n.asText().length() + " characters long; keep it under " + MAX_TEXT
                    + ".");
                return null;
            }
            return n.asText();
        }

        boolean flag(JsonNode n, String path) {
            if (absent(n)) {
                return false;
            }
            if (!n.isBoolean()) {
                add(path, path + " must be true or false, not " + kind(n) + ".");
                return false;
            }
            return n.asBoolean();
        }

        /** An optional text that must stay on one line (it is written into a greeting). */
        String oneLine(JsonNode parent, String field, String prefix, String hint) {
            String value = text(parent, field, prefix, false, null);
            if (value != null && Text.hasControlCharacter(value)) {
                add(prefix + field, prefix + field + " has a line break or a control character; " + hint + ".");
                return null;
            }
            return value;
        }

        List<String> list(JsonNode n, String path) {
            if (absent(n)) {
                return List.of();
            }
            if (n.isTextual()) {
                return List.of(n.asText());
            }
            if (!n.isArray()) {
                add(path, path + " must be a list of text, e.g. [\"first\", \"second\"], not " + kind(n) + ".");
                return List.of();
            }
            if (n.size() > MAX_ITEMS) {
                add(path, path + " has " + n.size() + " items; keep it to " + MAX_ITEMS + " or fewer.");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode item = n.get(i);
                if (!item.isTextual()) {
                    add(path + "[" + i + "]", path + "[" + i + "] must be text in quotes, not " + kind(item) + ".");
                } else if (item.asText().length() > MAX_TEXT) {
                    add(path + "[" + i + "]", path + "[" + i + "] is too long; keep it under " + MAX_TEXT
                        + " characters.");
                } else {
                    out.add(item.asText());
                }
            }
            return out;
        }

        InterviewFormat format(JsonNode n) {
            if (absent(n)) {
                return null;
            }
            if (!n.isTextual()) {
                add("format", "format must be one of " + InterviewFormat.choices() + ", not " + kind(n) + ".");
                return null;
            }
            return InterviewFormat.parse(n.asText()).orElseGet(() -> {
                add("format", "format: " + quote(n.asText()) + " is not one of " + InterviewFormat.choices()
                    + ".");
                return null;
            });
        }

        OffsetDateTime dateTime(JsonNode n, String path, boolean required) {
            if (absent(n)) {
                if (required) {
                    add(path, path + " is missing: give the date and time with its UTC offset, "
                        + "e.g. \"2026-11-20T10:00:00-06:00\".");
                }
                return null;
            }
            if (!n.isTextual()) {
                add(path, path + " must be a date and time in quotes, e.g. \"2026-11-20T10:00:00-06:00\", not "
                    + kind(n) + ".");
                return null;
            }
            String s = n.asText().strip();
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                if (parsesAsLocal(s)) {
                    add(path, path + ": " + quote(s) + " has no UTC offset; add it, e.g. \"" + s
                        + "-06:00\" for Chicago in winter.");
                } else {
                    add(path, path + ": " + quote(s) + " is not a date and time; write it like "
                        + "\"2026-11-20T10:00:00-06:00\".");
                }
                return null;
            }
        }

        private boolean parsesAsLocal(String s) {
            try {
                LocalDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        LocalDate date(JsonNode n, String path) {
            if (absent(n)) {
                return null;
            }
            if (!n.isTextual()) {
                add(path, path + " must be a date in quotes, e.g. \"2026-12-04\", not " + kind(n) + ".");
                return null;
            }
            try {
                return LocalDate.parse(n.asText().strip());
            } catch (DateTimeParseException e) {
                add(path, path + ": " + quote(n.asText()) + " is not a date; write it like \"2026-12-04\".");
                return null;
            }
        }

        ZoneId zone(JsonNode n) {
            if (absent(n)) {
                return null;
            }
            if (!n.isTextual()) {
                add("timeZone", "timeZone must be a time zone name in quotes, e.g. \"America/Chicago\", not "
                    + kind(n) + ".");
                return null;
            }
            try {
                return ZoneId.of(n.asText().strip());
            } catch (DateTimeException e) {
                add("timeZone", "timeZone: " + quote(n.asText()) + " is not a known time zone; use a name such as "
                    + "\"America/Chicago\" or \"Europe/London\".");
                return null;
            }
        }

        Candidate candidate(JsonNode n) {
            if (absent(n)) {
                return Candidate.EMPTY;
            }
            if (!n.isObject()) {
                add("candidate", "candidate must be an object with name, email, phone, linkedin and signature, not "
                    + kind(n) + ".");
                return Candidate.EMPTY;
            }
            String p = "candidate.";
            return new Candidate(text(n, "name", p, false, null), text(n, "email", p, false, null),
                text(n, "phone", p, false, null), text(n, "linkedin", p, false, null),
                text(n, "signature", p, false, null), unknown(n, CANDIDATE_FIELDS));
        }

        List<Interviewer> interviewers(JsonNode n) {
            String hint = "add at least one person, e.g. \"interviewers\": [{\"name\": \"Ana Souza\"}]";
            if (absent(n) || n.isArray() && n.isEmpty()) {
                add("interviewers", "interviewers is missing: " + hint + ".");
                return List.of();
            }
            if (!n.isArray()) {
                add("interviewers", "interviewers must be a list of people: " + hint + ".");
                return List.of();
            }
            if (n.size() > MAX_ITEMS) {
                add("interviewers", "interviewers has " + n.size() + " people; keep it to " + MAX_ITEMS + ".");
                return List.of();
            }
            List<Interviewer> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                String p = "interviewers[" + i + "]";
                JsonNode item = n.get(i);
                if (!item.isObject()) {
                    add(p, p + " must be an object with at least a name, not " + kind(item) + ".");
                    continue;
                }
                String name = text(item, "name", p + ".", true, "add the person's name as they spell it");
                Part part = part(item.get("part"), p + ".part");
                String title = text(item, "title", p + ".", false, null);
                String email = text(item, "email", p + ".", false, null);
                String linkedin = text(item, "linkedin", p + ".", false, null);
                List<String> topics = list(item.get("topics"), p + ".topics");
                String rapport = text(item, "rapport", p + ".", false, null);
                String addressAs = oneLine(item, "addressAs", p + ".",
                    "write how you greet them on one line, e.g. \"addressAs\": \"Dr. Cho\"");
                if (name != null) {
                    out.add(new Interviewer(name, title, email, linkedin, topics, rapport, addressAs, part,
                        unknown(item, INTERVIEWER_FIELDS)));
                }
            }
            return out;
        }

        Part part(JsonNode n, String path) {
            if (absent(n)) {
                return Part.INTERVIEWER;
            }
            String hint = Part.choices() + " (a coordinator is a recruiter; interviewer is the default)";
            if (!n.isTextual()) {
                add(path, path + " must be one of " + hint + ", not " + kind(n) + ".");
                return Part.INTERVIEWER;
            }
            return Part.parse(n.asText()).orElseGet(() -> {
                add(path, path + ": " + quote(n.asText()) + " is not one of " + hint + ".");
                return Part.INTERVIEWER;
            });
        }

        /**
         * The contact names one of the people, and each copy is one of the people or one e-mail address, so a note
         * is never addressed to someone the interview doesn't know.
         */
        void audience(List<Interviewer> people, String contact, List<String> cc) {
            String names = String.join(", ", people.stream().map(Interviewer::name).toList());
            if (contact != null && !people.isEmpty()
                && people.stream().noneMatch(i -> Text.sameName(i.name(), contact))) {
                add("contact", "contact: " + quote(contact) + " is not one of the people in interviewers ("
                    + names + "); write the name as it is there, or leave contact out.");
            }
            for (int i = 0; i < cc.size(); i++) {
                String copy = cc.get(i).strip();
                String path = "cc[" + i + "]";
                if (Text.hasControlCharacter(copy)) {
                    add(path, path + " has a line break or a control character; give one name or one e-mail "
                        + "address on one line.");
                } else if (copy.contains("@")) {
                    if (!MAILBOX.matcher(copy).matches()) {
                        add(path, path + ": " + quote(copy) + " is not one e-mail address; give a single address "
                            + "such as ana.souza@example.com, or the name of someone in interviewers.");
                    }
                } else if (!people.isEmpty() && people.stream().noneMatch(p -> Text.sameName(p.name(), copy))) {
                    add(path, path + ": " + quote(copy) + " is neither one of the people in interviewers ("
                        + names + ") nor an e-mail address.");
                }
            }
        }
    }

    /**
     * What a value may hold, beyond its type: one-line fields hold no line break nor control character, text holds
     * no terminal escape (ESC, BEL...), an e-mail field holds one mailbox (no RFC 5322 group or list), and dates
     * stay within {@link #FIRST_YEAR}..{@link #LAST_YEAR}, so every later computation on them can work.
     */
    private static final class ContentCheck {
        private final List<Problem> problems;

        ContentCheck(List<Problem> problems) {
            this.problems = problems;
        }

        void check(JsonNode root) {
            ONE_LINE.forEach(f -> oneLine(root, f, ""));
            for (String f : List.of("notes")) {
                text(root.get(f), f);
            }
            for (String f : List.of("topics", "skills", "clarifications", "ideas")) {
                items(root.get(f), f);
            }
            JsonNode cand = root.get("candidate");
            if (cand != null && cand.isObject()) {
                CANDIDATE_ONE_LINE.forEach(f -> oneLine(cand, f, "candidate."));
                text(cand.get("signature"), "candidate.signature");
                mailbox(cand, "candidate.");
            }
            JsonNode people = root.get("interviewers");
            if (people != null && people.isArray()) {
                for (int i = 0; i < Math.min(people.size(), MAX_ITEMS); i++) {
                    JsonNode p = people.get(i);
                    String prefix = "interviewers[" + i + "].";
                    if (p.isObject()) {
                        INTERVIEWER_ONE_LINE.forEach(f -> oneLine(p, f, prefix));
                        text(p.get("rapport"), prefix + "rapport");
                        items(p.get("topics"), prefix + "topics");
                        mailbox(p, prefix);
                    }
                }
            }
            year(root.get("start"), "start");
            year(root.get("end"), "end");
            year(root.get("decisionBy"), "decisionBy");
        }

        private void oneLine(JsonNode parent, String field, String prefix) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isTextual()) {
                return;
            }
            String v = n.asText();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    problems.add(new Problem(prefix + field, prefix + field + " has a line break; it must be one "
                        + "line (it is written into a subject, a header or a greeting), so remove the line break."));
                    return;
                }
                if (Character.getType(c) == Character.CONTROL) {
                    problems.add(new Problem(prefix + field, prefix + field + " has an invisible control character "
                        + "(" + codePoint(c) + "); remove it."));
                    return;
                }
            }
        }

        private void text(JsonNode n, String path) {
            if (n == null || !n.isTextual()) {
                return;
            }
            String v = n.asText();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c != '\n' && c != '\r' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                    problems.add(new Problem(path, path + " has an invisible control character (" + codePoint(c)
                        + ", such as a terminal escape) that can't be part of a note; remove it."));
                    return;
                }
            }
        }

        private void items(JsonNode n, String path) {
            if (n == null) {
                return;
            }
            if (n.isTextual()) {
                text(n, path);
            } else if (n.isArray()) {
                for (int i = 0; i < Math.min(n.size(), MAX_ITEMS); i++) {
                    text(n.get(i), path + "[" + i + "]");
                }
            }
        }

        private void mailbox(JsonNode parent, String prefix) {
            JsonNode n = parent.get("email");
            if (n == null || !n.isTextual() || n.asText().isBlank()) {
                return;
            }
            String v = n.asText().strip();
            if (!MAILBOX.matcher(v).matches()) {
                problems.add(new Problem(prefix + "email", prefix + "email: " + quote(v) + " is not one e-mail "
                    + "address; give a single address such as ana.souza@example.com (no groups, lists or names)."));
            }
        }

        private void year(JsonNode n, String path) {
            if (n == null || !n.isTextual()) {
                return;
            }
            Integer year = yearOf(n.asText().strip());
            if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                problems.add(new Problem(path, path + ": the year " + year + " is outside " + FIRST_YEAR + " to "
                    + LAST_YEAR + "; check the date."));
            }
        }

        private static Integer yearOf(String s) {
            try {
                return OffsetDateTime.parse(s).getYear();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(s).getYear();
                } catch (DateTimeParseException e2) {
                    return null;
                }
            }
        }

        private static String codePoint(char c) {
            return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
        }
    }
}
