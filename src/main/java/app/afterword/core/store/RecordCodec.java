// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one kind of record is turned into JSON and back. Decoding throws {@link RecordFormatException} with a
 * plain-words reason, so the recovery scan can quarantine a damaged file and say what was wrong with it.
 *
 * @param <T> the record type
 */
public interface RecordCodec<T> {

    /** The newest schema version this app writes for the record. */
    int schemaVersion();

    /** Reads a record; a file from a newer version should still be read where possible. */
    T decode(JsonNode node) throws RecordFormatException;

    /** Writes a record, including any fields it kept from newer versions. */
    JsonNode encode(T value);

    /** Describes the record in words for messages ("the interview with Acme"); no note text. */
    String describe(T value);

    /** The schema version a stored document declares (1 when it does not say). */
    default int declaredVersion(JsonNode node) {
        JsonNode v = node.get("schemaVersion");
        return v != null && v.canConvertToInt() ? v.asInt() : 1;
    }
}
