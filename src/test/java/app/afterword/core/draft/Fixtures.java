// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

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
