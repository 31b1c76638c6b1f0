// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.store.Json;
import app.afterword.core.store.JsonFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The interviews that ship with the app: the first-run sample (a three-person panel), a phone screen with only the
 * required fields, and a five-person panel. Templates are checked against all of them, because a template that
 * only works with a full interview file would leave gaps in real notes.
 */
public final class SampleInterviews {

    /** The class-path folder of the samples; {@code index.txt} lists them, the first-run sample first. */
    public static final String FOLDER = "app/afterword/samples";

    private SampleInterviews() {
    }

    /** One bundled sample. */
    public record Sample(String name, Interview interview) {
    }

    /**
     * Reads every bundled sample.
     *
     * @throws IllegalStateException when a sample is missing or invalid (a packaging mistake)
     */
    public static List<Sample> load(Json json) {
        ClassLoader loader = SampleInterviews.class.getClassLoader();
        InterviewCodec codec = new InterviewCodec();
        List<Sample> out = new ArrayList<>();
        for (String file : new String(read(loader, FOLDER + "/index.txt"), StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            try {
                InterviewCodec.Decoded d = codec.read(json.parse(read(loader, FOLDER + "/" + file)));
                if (!d.valid()) {
                    throw new IllegalStateException("Sample " + file + " is invalid: " + d.problems());
                }
                out.add(new Sample(file.replaceAll("\\.json$", ""), d.interview()));
            } catch (JsonFileException e) {
                throw new IllegalStateException("Sample " + file + " is not JSON: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource " + path + " is missing from the app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
