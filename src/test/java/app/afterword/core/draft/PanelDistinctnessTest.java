// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * P1: no two notes to one panel read as copies — word-level similarity below 0.7 for every pair. Every template is
 * drafted to each interviewer here, whatever its kind's own audience, so a follow-up sent to two people with
 * {@code --to} still reads as written for each.
 */
class PanelDistinctnessTest {

    static Stream<Arguments> panels() {
        List<Arguments> out = new ArrayList<>();
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            for (SampleInterviews.Sample s : Fixtures.SAMPLES) {
                if (s.interview().interviewers().size() > 1) {
                    out.add(Arguments.of(t.id(), s.name()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("panels")
    void everyPairOfPanelNotesIsBelowTheSimilarityThreshold(String templateId, String sample)
        throws DraftException {
        List<Draft> drafts = Fixtures.drafter().draft(Fixtures.sample(sample),
            DraftRequest.DEFAULT.withTemplate(templateId), Audience.EACH_INTERVIEWER);
        assertThat(drafts).hasSize(Fixtures.sample(sample).interviewedBy().size());
        for (int i = 0; i < drafts.size(); i++) {
            for (int j = i + 1; j < drafts.size(); j++) {
                double s = Similarity.of(drafts.get(i).body(), drafts.get(j).body());
                assertThat(s).as("%s and %s", drafts.get(i).recipient(), drafts.get(j).recipient())
                    .isLessThan(Similarity.PANEL_THRESHOLD);
            }
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("panels")
    void eachPanelNoteOpensAndClosesDifferently(String templateId, String sample) throws DraftException {
        List<Draft> drafts = Fixtures.drafter().draft(Fixtures.sample(sample),
            DraftRequest.DEFAULT.withTemplate(templateId), Audience.EACH_INTERVIEWER);
        List<String> openings = drafts.stream().map(d -> paragraph(d.body(), 1).split("[.;]")[0]).toList();
        List<String> closings = drafts.stream().map(d -> lastSentence(d.body())).toList();
        assertThat(openings).doesNotHaveDuplicates();
        if (!templateId.endsWith("linkedin-note")) {
            assertThat(closings).doesNotHaveDuplicates();
        }
    }

    private static String paragraph(String body, int index) {
        String[] p = body.split("\n\n");
        return p[Math.min(index, p.length - 1)].replaceAll("^Dear [^,]+, ", "");
    }

    private static String lastSentence(String body) {
        String[] p = body.split("\n\n");
        String text = p.length > 2 ? p[p.length - 2] : p[p.length - 1];
        String[] s = text.split("(?<=[.?])\\s+");
        return s[s.length - 1];
    }
}
