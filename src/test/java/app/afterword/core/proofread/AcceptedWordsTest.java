// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptedWordsTest {

    private final AcceptedWords words = AcceptedWords.of(List.of("Priya Raman-Iyer", "Daniel O'Brien",
        "Nguyễn Thị Minh Khai", "Brightline Transit", "WCAG 2.2 audits", "D'Arcy O'Neill-Kealoha"));

    @ParameterizedTest
    @CsvSource({
        "Priya, true",
        "Raman-Iyer, true",
        "Iyer, true",
        "O'Brien, true",
        "O’Brien, true",
        "O'Brien's, true",
        "Brightline's, true",
        "BRIGHTLINE, true",
        "Thị, true",
        "Neill-Kealoha, true",
        "D'Arcy, true",
        "WCAG, true",
        "Brightlines, false",
        "Raman-Iyor, false",
        "recieve, false",
        "'', false",
    })
    void acceptsNamesTheirPartsAndPossessivesOnly(String flagged, boolean accepted) {
        assertThat(words.accepts(flagged)).isEqualTo(accepted);
    }

    @Test
    void aNameTypedWithCombiningAccentsMatchesThePrecomposedOne() {
        AcceptedWords decomposed = AcceptedWords.of(List.of(Normalizer.normalize("Siobhán Ní Bhriain",
            Normalizer.Form.NFD)));
        assertThat(decomposed.accepts("Siobhán")).isTrue();
        assertThat(decomposed.accepts("Ní")).isTrue();
    }

    @Test
    void anInterviewGivesItsPeopleCompanyRoleAndTopics() {
        Interview interview = new Interview.Builder()
            .candidate(new Candidate("Zoë Brontë-Ågren", null, null, null, null))
            .company("Kōwhai Labs").role("Staff Engineer")
            .start(OffsetDateTime.parse("2026-11-24T10:00:00+13:00"))
            .interviewers(List.of(new Interviewer("Siobhán Ní Bhriain", "Head of Platform", null, null,
                List.of("the Terraform migration"), "we both row")))
            .topics(List.of("observability with OpenTelemetry")).skills(List.of("Kubernetes operators"))
            .build();
        AcceptedWords accepted = AcceptedWords.fromInterview(interview);
        for (String w : List.of("Zoë", "Brontë-Ågren", "Ågren", "Kōwhai", "Siobhán", "Bhriain", "Terraform",
            "OpenTelemetry", "Kubernetes")) {
            assertThat(accepted.accepts(w)).as(w).isTrue();
        }
        assertThat(accepted.accepts("row")).as("rapport is not a source of accepted words").isFalse();
        assertThat(AcceptedWords.fromInterview(null).words()).isEmpty();
    }
}
