// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import app.afterword.core.store.JsonFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared, read-only test material: the bundled templates and samples, loaded once. */
final class Fixtures {
    static final BundledTemplates BUNDLED = BundledTemplates.load();
    static final List<SampleInterviews.Sample> SAMPLES = SampleInterviews.load(new Json());
    static final TemplateEngine SANDBOX = TemplateEngine.sandbox(RenderLimits.DEFAULT);

    private Fixtures() {
    }

    static Drafter drafter() {
        return drafter(ProfileSettings.EMPTY, DraftSettings.DEFAULTS);
    }

    static Drafter drafter(ProfileSettings profile, DraftSettings settings) {
        return new Drafter(new TemplateCatalog(BUNDLED, null), SANDBOX, () -> profile, () -> settings);
    }

    static Interview sample(String name) {
        return SAMPLES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().interview();
    }

    /** One interview of the phrasing corpus ({@code src/test/resources/phrasing}), by file name. */
    record Typed(String file, Interview interview) {
    }

    /**
     * Every interview of the phrasing corpus, in file order: items typed as people type them. Each file must read
     * without a problem.
     */
    static List<Typed> phrasingCorpus() throws IOException, JsonFileException {
        InterviewCodec codec = new InterviewCodec();
        Json json = new Json();
        List<Typed> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(basedir().resolve("src/test/resources/phrasing"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                InterviewCodec.Decoded d = codec.read(json.parse(Files.readAllBytes(f)));
                if (!d.problems().isEmpty()) {
                    throw new IllegalStateException(f.getFileName() + ": " + d.problems());
                }
                out.add(new Typed(f.getFileName().toString(), d.interview()));
            }
        }
        return out;
    }

    /** The project folder, for golden files and the templates folder. */
    static Path basedir() {
        return Path.of(System.getProperty("project.basedir", "."));
    }

    /** A small interview built in code, for tests that need one field changed. */
    static Interview.Builder interview() {
        return new Interview.Builder()
            .candidate(new Candidate("Ana Lima", "ana@example.com", null, null, null))
            .company("Acme")
            .role("Product Designer")
            .start(OffsetDateTime.parse("2026-11-20T10:00:00-06:00"))
            .interviewers(List.of(new Interviewer("Jo Park", null, null, null, List.of("the onboarding flow"),
                null)))
            .decisionBy(LocalDate.parse("2026-12-04"));
    }
}
