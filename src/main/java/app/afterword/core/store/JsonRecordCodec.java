// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.function.Function;

/**
 * A codec for simple records bound by Jackson directly (progress, settings sections, template metadata). The record
 * keeps its own unknown fields with {@code @JsonAnySetter}/{@code @JsonAnyGetter} where it needs to.
 *
 * @param <T> the record type
 */
public final class JsonRecordCodec<T> implements RecordCodec<T> {
    private final Json json;
    private final Class<T> type;
    private final int version;
    private final Function<T, String> describe;

    /** A codec for {@code type} at schema {@code version}. */
    public JsonRecordCodec(Json json, Class<T> type, int version, Function<T, String> describe) {
        this.json = json;
        this.type = type;
        this.version = version;
        this.describe = describe;
    }

    @Override
    public int schemaVersion() {
        return version;
    }

    @Override
    public T decode(JsonNode node) throws RecordFormatException {
        try {
            T value = json.mapper().treeToValue(node, type);
            if (value == null) {
                throw new RecordFormatException("the record is empty");
            }
            return value;
        } catch (InvalidFormatException e) {
            throw new RecordFormatException("field " + path(e) + " has a value of the wrong kind");
        } catch (MismatchedInputException e) {
            throw new RecordFormatException("field " + path(e) + " is missing or of the wrong kind");
        } catch (JsonProcessingException e) {
            throw new RecordFormatException("the record does not match its format");
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(e.getMessage() == null ? "a value is not allowed" : e.getMessage());
        }
    }

    @Override
    public JsonNode encode(T value) {
        return json.mapper().valueToTree(value);
    }

    @Override
    public String describe(T value) {
        return describe.apply(value);
    }

    private static String path(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(top level)" : sb.toString();
    }
}
