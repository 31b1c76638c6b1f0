// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.store.RecordCodec;
import app.afterword.core.store.RecordFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The progress file format, read and written by hand so that nothing is lost between versions: unknown fields are
 * kept at every level, and an event whose type, step or outcome this version does not know is kept whole and written
 * back as it was. A damaged file is reported with the path of the bad field, for the recovery scan's message.
 *
 * <pre>
 * { "schemaVersion": 1, "interviewId": "acme-designer-2026-11-24",
 *   "events": [ { "type": "sent", "step": "thank-you", "recipient": "Ana Ruiz", "at": "2026-11-24T13:05:00-06:00" },
 *               { "type": "closed", "outcome": "offer", "at": "2026-12-09T10:00:00-06:00" } ] }
 * </pre>
 */
public final class ProgressCodec implements RecordCodec<Progress> {

    private static final Set<String> ROOT_FIELDS = Set.of("schemaVersion", "interviewId", "events");
    private static final Set<String> EVENT_FIELDS = Set.of("type", "step", "recipient", "at", "outcome", "detail");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    @Override
    public int schemaVersion() {
        return Progress.SCHEMA_VERSION;
    }

    @Override
    public Progress decode(JsonNode node) throws RecordFormatException {
        if (node == null || !node.isObject()) {
            throw new RecordFormatException("a progress record must be a JSON object");
        }
        int version = declaredVersion(node);
        String id = text(node, "interviewId", "interviewId");
        if (id == null) {
            throw new RecordFormatException("field interviewId is missing");
        }
        JsonNode list = node.get("events");
        List<ProgressEvent> events = new ArrayList<>();
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new RecordFormatException("field events must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                events.add(event(list.get(i), "events[" + i + "]"));
            }
        }
        try {
            return new Progress(Math.max(1, version), id, events, unknown(node, ROOT_FIELDS));
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(e.getMessage());
        }
    }

    private ProgressEvent event(JsonNode n, String path) throws RecordFormatException {
        if (n == null || !n.isObject()) {
            throw new RecordFormatException("field " + path + " must be an object");
        }
        Optional<EventType> type = EventType.parse(text(n, "type", path + ".type"));
        String stepText = text(n, "step", path + ".step");
        Optional<Step> step = Step.parse(stepText);
        String outcomeText = text(n, "outcome", path + ".outcome");
        Optional<Outcome> outcome = Outcome.parse(outcomeText);
        if (type.isEmpty() || stepText != null && step.isEmpty() || outcomeText != null && outcome.isEmpty()) {
            return ProgressEvent.unknown(unknown(n, Set.of()));
        }
        String atText = text(n, "at", path + ".at");
        if (atText == null) {
            throw new RecordFormatException("field " + path + ".at is missing");
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(atText);
        } catch (DateTimeParseException e) {
            throw new RecordFormatException("field " + path + ".at is not a date-time with an offset");
        }
        try {
            return new ProgressEvent(type.get(), step.orElse(null), text(n, "recipient", path + ".recipient"), at,
                outcome.orElse(null), text(n, "detail", path + ".detail"), unknown(n, EVENT_FIELDS));
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(path + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field, String path) throws RecordFormatException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new RecordFormatException("field " + path + " must be text");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Map<String, JsonNode> unknown(JsonNode n, Set<String> known) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!known.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    @Override
    public JsonNode encode(Progress value) {
        ObjectNode o = nodes.objectNode();
        o.put("schemaVersion", value.schemaVersion());
        o.put("interviewId", value.interviewId());
        ArrayNode list = o.putArray("events");
        for (ProgressEvent e : value.events()) {
            ObjectNode n = list.addObject();
            if (e.known()) {
                n.put("type", e.type().id());
                put(n, "step", e.step() == null ? null : e.step().id());
                put(n, "recipient", e.recipient());
                n.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at()));
                put(n, "outcome", e.outcome() == null ? null : e.outcome().id());
                put(n, "detail", e.detail());
            }
            e.extra().forEach(n::set);
        }
        value.extra().forEach(o::set);
        return o;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    @Override
    public String describe(Progress value) {
        return "the progress of interview " + value.interviewId();
    }
}
