// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.store.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled template drafted for every bundled sample interview, compared with a reviewed golden file under
 * {@code src/test/resources/golden/TEMPLATE/SAMPLE.txt}. After an intended wording change, regenerate with
 * {@code ./mvnw -B test -Dtest=BundledTemplatesGoldenTest -Dgolden.update=true} and review the diff.
 */
class BundledTemplatesGoldenTest {

    /** Interviews of the phrasing corpus typed as people type: résumé bullets, first person, questions, names. */
    private static final List<String> TYPED = List.of("01-resume-bullets-analyst", "03-first-person-robotics",
        "04-questions-teacher-uk", "12-honorifics-law-firm", "29-lowercase-candidate-qa");

    static Stream<Arguments> templatesAndSamples() {
        List<Arguments> out = new ArrayList<>();
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            for (SampleInterviews.Sample s : Fixtures.SAMPLES) {
                out.add(Arguments.of(t.id(), s.name()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("templatesAndSamples")
    void draftMatchesGoldenFile(String templateId, String sample) throws IOException {
        String actual = render(templateId, sample);
        Path golden = Fixtures.basedir().resolve("src/test/resources/golden").resolve(templateId)
            .resolve(sample + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true and review it").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> templatesAndTypedInterviews() {
        List<Arguments> out = new ArrayList<>();
        for (String t : List.of("thank-you-email-warm", "thank-you-email-formal", "thank-you-email-brief",
            "thank-you-card", "value-add-email", "second-round-email-warm", "recruiter-thanks-email-warm",
            "referral-thanks-email-warm", "rejection-reply-email-formal", "competing-offer-email-brief")) {
            for (String file : TYPED) {
                out.add(Arguments.of(t, file));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("templatesAndTypedInterviews")
    void draftOfATypedInterviewMatchesGoldenFile(String templateId, String file) throws Exception {
        Path json = Fixtures.basedir().resolve("src/test/resources/phrasing").resolve(file + ".json");
        Interview interview = new InterviewCodec().read(new Json().parse(Files.readAllBytes(json))).interview();
        String actual = render(templateId, interview, PhrasingCorpusTest.PROFILE);
        Path golden = Fixtures.basedir().resolve("src/test/resources/golden/phrasing").resolve(templateId)
            .resolve(file + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true and review it").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The drafts as a person reads them: one block per recipient, or why the template can't draft this one. */
    static String render(String templateId, String sample) {
        return render(templateId, Fixtures.sample(sample), ProfileSettings.EMPTY);
    }

    private static String render(String templateId, Interview interview, ProfileSettings profile) {
        StringBuilder sb = new StringBuilder();
        try {
            TemplateInfo template = Fixtures.BUNDLED.find(templateId).orElseThrow();
            for (Draft d : Fixtures.drafter(profile, DraftSettings.DEFAULTS).draft(Casting.fitFor(interview, template),
                DraftRequest.DEFAULT.withTemplate(templateId))) {
                if (sb.length() > 0) {
                    sb.append("\n").append("-".repeat(72)).append("\n\n");
                }
                sb.append("To: ").append(d.recipient()).append('\n');
                if (d.subject() != null) {
                    sb.append("Subject: ").append(d.subject()).append('\n');
                }
                sb.append('\n').append(d.body()).append('\n');
            }
        } catch (DraftException e) {
            sb.append("Not drafted: ").append(e.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
