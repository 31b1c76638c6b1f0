// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.interview.Extra;
import app.afterword.core.interview.Text;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One line of an application's history: a note drafted, sent, exported; a reply; the close. Immutable. An event of
 * a kind this version does not know ({@code type} null) is kept whole in {@code extra} and written back unchanged,
 * so an older app never drops history a newer one wrote; the timeline ignores it.
 *
 * @param type      what happened; null for an event this version does not know
 * @param step      the timeline step the note belongs to (required for {@link EventType#SENT})
 * @param recipient who the note went to, or who replied; null when not recorded
 * @param at        when it happened, with the offset it was recorded in
 * @param outcome   how the application ended (required for {@link EventType#CLOSED})
 * @param detail    a short free text: the export format ("eml", "pdf", "ics"), a remark
 * @param extra     fields this version does not know (for an unknown event: all of its fields)
 */
public record ProgressEvent(EventType type, Step step, String recipient, OffsetDateTime at, Outcome outcome,
                            String detail, Map<String, JsonNode> extra) {

    /** Longest recipient name kept. */
    public static final int MAX_NAME = 200;
    /** Longest detail text kept. */
    public static final int MAX_DETAIL = 500;

    /** Checks that a known event has what its type needs. */
    public ProgressEvent {
        recipient = Text.optional(recipient);
        detail = Text.optional(detail);
        extra = Extra.copy(extra);
        if (type != null) {
            if (at == null) {
                throw new IllegalArgumentException("at is missing: every event needs the time it happened");
            }
            if (type == EventType.SENT && step == null) {
                throw new IllegalArgumentException("step is missing: a sent note belongs to a step");
            }
            if (type == EventType.CLOSED && outcome == null) {
                throw new IllegalArgumentException("outcome is missing: say how the application ended");
            }
            if (recipient != null && recipient.length() > MAX_NAME) {
                throw new IllegalArgumentException("recipient is longer than " + MAX_NAME + " characters");
            }
            if (detail != null && detail.length() > MAX_DETAIL) {
                throw new IllegalArgumentException("detail is longer than " + MAX_DETAIL + " characters");
            }
        }
    }

    /** A note drafted for {@code recipient} (either may be null). */
    public static ProgressEvent drafted(Step step, String recipient, OffsetDateTime at) {
        return new ProgressEvent(EventType.DRAFTED, step, recipient, at, null, null, Map.of());
    }

    /** A note of {@code step} sent to {@code recipient} (null when not recorded). */
    public static ProgressEvent sent(Step step, String recipient, OffsetDateTime at) {
        return new ProgressEvent(EventType.SENT, step, recipient, at, null, null, Map.of());
    }

    /** An answer from the company ({@code from} may be null). */
    public static ProgressEvent replied(String from, OffsetDateTime at) {
        return new ProgressEvent(EventType.REPLIED, null, from, at, null, null, Map.of());
    }

    /** A note exported as {@code format} ("eml", "pdf", "clipboard"...). */
    public static ProgressEvent exported(Step step, String recipient, String format, OffsetDateTime at) {
        return new ProgressEvent(EventType.EXPORTED, step, recipient, at, null, format, Map.of());
    }

    /** The application ended with {@code outcome}. */
    public static ProgressEvent closed(Outcome outcome, OffsetDateTime at) {
        return new ProgressEvent(EventType.CLOSED, null, null, at, outcome, null, Map.of());
    }

    /** An event this version cannot interpret, kept as it was written. */
    public static ProgressEvent unknown(Map<String, JsonNode> fields) {
        return new ProgressEvent(null, null, null, null, null, null, fields);
    }

    /** True when this version understands the event. */
    public boolean known() {
        return type != null;
    }

    /** True for an event of {@code t} about the person named {@code name} (case ignored). */
    public boolean concerns(EventType t, String name) {
        return type == t && recipient != null && Text.sameName(recipient, name);
    }
}
