// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The drafts as a person reads them: one block per recipient, or why the template can't draft this one. */
    static String render(String templateId, String sample) {
        StringBuilder sb = new StringBuilder();
        try {
            for (Draft d : Fixtures.drafter().draft(Fixtures.sample(sample),
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
