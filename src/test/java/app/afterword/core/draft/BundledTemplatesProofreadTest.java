// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * N8: every bundled note, for every sample, passes LanguageTool (US English) with no grammar, style or spelling
 * match, except the spelling of the names, company and role that come from the interview itself. The subject and
 * the body are checked apart, as a mail client shows them.
 */
class BundledTemplatesProofreadTest {

    @Test
    void everyBundledNoteProofreadsClean() throws IOException {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        Drafter drafter = Fixtures.drafter();
        List<String> problems = new ArrayList<>();
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            for (SampleInterviews.Sample s : Fixtures.SAMPLES) {
                List<Draft> drafts;
                try {
                    drafts = drafter.draft(s.interview(), DraftRequest.DEFAULT.withTemplate(t.id()));
                } catch (DraftException e) {
                    continue;
                }
                String known = known(s.interview());
                for (Draft d : drafts) {
                    List<String> parts = d.subject() == null ? List.of(d.body()) : List.of(d.subject(), d.body());
                    for (String text : parts) {
                        for (RuleMatch m : lt.check(text)) {
                            String flagged = text.substring(m.getFromPos(), m.getToPos());
                            boolean name = m.getRule().getId().startsWith("MORFOLOGIK") && known.contains(flagged);
                            if (!name) {
                                problems.add(t.id() + " × " + s.name() + " → " + d.recipient() + ": "
                                    + m.getRule().getId() + " '" + flagged + "': " + m.getMessage());
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String known(Interview i) {
        StringBuilder sb = new StringBuilder(i.company()).append(' ').append(i.role());
        if (i.candidate().name() != null) {
            sb.append(' ').append(i.candidate().name());
        }
        for (Interviewer p : i.interviewers()) {
            sb.append(' ').append(p.name());
        }
        return sb.toString();
    }
}
