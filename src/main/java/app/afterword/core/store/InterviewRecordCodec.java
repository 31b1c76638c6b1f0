// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;

/** Stores interviews in the same documented format users exchange, so a workspace file is also an interview file. */
public final class InterviewRecordCodec implements RecordCodec<Interview> {
    private final InterviewCodec codec = InterviewCodec.forStoredRecords();

    @Override
    public int schemaVersion() {
        return Interview.SCHEMA_VERSION;
    }

    @Override
    public Interview decode(JsonNode node) throws RecordFormatException {
        InterviewCodec.Decoded d = codec.read(node);
        if (!d.valid()) {
            throw new RecordFormatException(d.problems().stream().limit(3).map(Problem::path)
                .collect(Collectors.joining(", ", "problems at ", "")));
        }
        return d.interview();
    }

    @Override
    public JsonNode encode(Interview value) {
        return codec.write(value);
    }

    @Override
    public String describe(Interview value) {
        return "the interview with " + value.company();
    }
}
