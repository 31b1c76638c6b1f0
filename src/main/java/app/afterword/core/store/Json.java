// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
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

    /** Parses one JSON document; the exception message says what is wrong in plain words. */
    public JsonNode parse(byte[] bytes) throws JsonFileException {
        if (bytes.length == 0) {
            throw new JsonFileException("the file is empty");
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
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new JsonFileException("the file is not valid JSON" + where + " (" + firstLine(e.getOriginalMessage())
                + ")");
        } catch (IOException e) {
            throw new JsonFileException("the file could not be read as JSON");
        }
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

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
