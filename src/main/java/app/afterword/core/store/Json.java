// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one configured JSON mapper. Torn files (trailing garbage), hostile sizes and nesting are rejected instead of
 * half-read; dates keep their offsets; output is written as bytes so no character is ever replaced by '?'.
 */
public final class Json {

    /** Largest data file the app reads, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = 32L << 20;

    private final JsonMapper mapper;

    /** Creates the mapper with the app's limits. */
    public Json() {
        JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(2_000_000)
                .maxNumberLength(100)
                .maxNameLength(1_000)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(64).build())
            .build();
        mapper = JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new JavaTimeModule())
            .build();
    }

    /** The configured mapper, for binding settings sections and command-line output. */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Parses one JSON document; the exception message says what is wrong in plain words, with a line and a column,
     * and never quotes the file's content nor the parser's internals.
     */
    public JsonNode parse(byte[] bytes) throws JsonFileException {
        if (bytes.length == 0) {
            throw new JsonFileException("the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new JsonFileException("the file starts with a byte-order mark (BOM); save it as UTF-8 without a "
                + "BOM");
        }
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new JsonFileException("the file holds no JSON");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new JsonFileException("the file is too large or too deeply nested to be an Afterword file");
        } catch (JsonProcessingException e) {
            throw new JsonFileException(explain(e));
        } catch (IOException e) {
            throw new JsonFileException("the file could not be read as JSON");
        }
    }

    private static String explain(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser p) {
            String path = p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
            String field = p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
            String in = path.isEmpty() ? "" : " in " + path.substring(1).replace('/', '.');
            return "the field \"" + field + "\" appears twice" + in + where + "; keep one of them";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF8")) {
            return "the file is not UTF-8 text" + where + "; save the file as UTF-8";
        }
        if (m.contains("Non-standard token") || m.contains("NaN") || m.contains("Infinity")) {
            return "a number" + where + " is not a JSON number (NaN or Infinity); write a number or remove it";
        }
        if (m.startsWith("Trailing token")) {
            return "there is more after the end of the JSON" + where + " (a second document, or text left from an "
                + "earlier save); keep one object";
        }
        if (m.contains("end-of-input")) {
            return "the file ends too early" + where + "; it looks cut off";
        }
        return "the file is not valid JSON" + where;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Serialises a value as pretty-printed UTF-8 bytes with a final newline. */
    public byte[] write(Object value) {
        try {
            byte[] body = mapper.writeValueAsBytes(value);
            byte[] out = new byte[body.length + 1];
            System.arraycopy(body, 0, out, 0, body.length);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

}
