// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette.coach;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Problem;
import app.afterword.core.store.Json;
import app.afterword.core.store.JsonFileException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scenarios that ship with the app, read from {@value #ROOT}: an {@code index.txt} listing scenario ids in
 * order, and per scenario a folder with {@code scenario.json}, {@code interview.json} (the documented interview
 * format, read with the same codec as the user's files) and the notes as plain text files.
 */
public final class ScenarioLibrary {
    /** Where the bundled scenarios live on the class path. */
    public static final String ROOT = "/app/afterword/coach/";

    private final List<Scenario> scenarios;

    private ScenarioLibrary(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** Every scenario, in the library's order. */
    public List<Scenario> all() {
        return scenarios;
    }

    /** The scenario with this id, ignoring case. */
    public Optional<Scenario> get(String id) {
        return scenarios.stream().filter(s -> s.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    /** The interviews of all scenarios, standing in for a workspace when the notes are checked. */
    public List<Interview> interviews() {
        return scenarios.stream().map(Scenario::interview).toList();
    }

    /** The bundled library. A broken bundled scenario is a bug in the build, so it fails loudly. */
    public static ScenarioLibrary bundled(Json json) {
        return read(json, path -> {
            try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ROOT + path)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Reads a library through a function from a relative path to the file's bytes (null when missing). */
    public static ScenarioLibrary read(Json json, Function<String, byte[]> files) {
        byte[] index = files.apply("index.txt");
        if (index == null) {
            throw new IllegalStateException("the coach library has no index.txt");
        }
        List<Scenario> out = new ArrayList<>();
        for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                out.add(scenario(json, files, id));
            }
        }
        return new ScenarioLibrary(out);
    }

    private static Scenario scenario(Json json, Function<String, byte[]> files, String id) {
        JsonNode s = parse(json, files, id + "/scenario.json");
        InterviewCodec.Decoded d = new InterviewCodec().read(parse(json, files, id + "/interview.json"));
        if (!d.valid()) {
            throw new IllegalStateException(id + "/interview.json is not a valid interview: "
                + String.join("; ", d.problems().stream().map(Problem::message).toList()));
        }
        Interview interview = d.interview();
        String recipientName = text(s, "recipient", id);
        Interviewer recipient = interview.interviewer(recipientName).orElseThrow(() -> new IllegalStateException(
            id + ": recipient " + recipientName + " is not one of the interviewers"));
        List<Rule> teaches = new ArrayList<>();
        for (JsonNode r : s.path("teaches")) {
            teaches.add(Rule.parse(r.asText()).orElseThrow(() -> new IllegalStateException(id + ": '" + r.asText()
                + "' is not a rule id")));
        }
        if (teaches.isEmpty()) {
            throw new IllegalStateException(id + ": teaches must list the rules the weak note breaks");
        }
        return new Scenario(id, text(s, "title", id), text(s, "situation", id), text(s, "lesson", id), teaches,
            interview, recipient, note(files, id, s, "weak"), note(files, id, s, "strong"));
    }

    private static ScenarioNote note(Function<String, byte[]> files, String id, JsonNode scenario, String which) {
        JsonNode n = scenario.path(which);
        if (!n.isObject()) {
            throw new IllegalStateException(id + ": " + which + " is missing");
        }
        String where = id + "/" + which;
        NoteKind kind = NoteKind.parse(pick(n, scenario, "kind")).orElseThrow(() -> new IllegalStateException(
            where + ": kind must be one of the note kinds"));
        Medium medium = Medium.parse(pick(n, scenario, "medium")).orElseThrow(() -> new IllegalStateException(
            where + ": medium must be one of the media"));
        List<Draft> others = new ArrayList<>();
        for (JsonNode o : n.path("otherDrafts")) {
            others.add(new Draft(text(o, "recipient", where), kind, medium, "coach", o.path("subject").asText(null),
                file(files, id, text(o, "file", where))));
        }
        int sent = n.has("followUpsSent") ? n.get("followUpsSent").asInt() : scenario.path("followUpsSent").asInt(0);
        return new ScenarioNote(n.path("subject").asText(null), file(files, id, text(n, "file", where)), kind, medium,
            time(pick(n, scenario, "sendAt"), where), sent, time(pick(n, scenario, "lastSentAt"), where), others);
    }

    private static String pick(JsonNode note, JsonNode scenario, String field) {
        JsonNode v = note.has(field) ? note.get(field) : scenario.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static OffsetDateTime time(String value, String where) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": '" + value + "' is not a date and time with an offset");
        }
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException(where + ": " + field + " is missing");
        }
        return v.asText();
    }

    private static String file(Function<String, byte[]> files, String id, String name) {
        byte[] bytes = files.apply(id + "/" + name);
        if (bytes == null) {
            throw new IllegalStateException(id + "/" + name + " is missing");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(Json json, Function<String, byte[]> files, String path) {
        byte[] bytes = files.apply(path);
        if (bytes == null) {
            throw new IllegalStateException(path + " is missing from the coach library");
        }
        try {
            return json.parse(bytes);
        } catch (JsonFileException e) {
            throw new IllegalStateException(path + ": " + e.getMessage());
        }
    }
}
