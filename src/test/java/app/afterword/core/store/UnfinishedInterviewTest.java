// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.InterviewWorkingCopy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every working copy that holds typed input and stands for no saved interview is an unfinished interview, so it
 * can always be found again; the copy of a saved interview is not, and neither is a copy with nothing typed.
 */
class UnfinishedInterviewTest {

    @TempDir
    Path dir;

    private static InterviewWorkingCopy typed(String interviewId, String step, String company, String email,
                                              Instant savedAt) {
        return new InterviewWorkingCopy(1, interviewId, step, savedAt, company, "Product Designer", "7 Dec 2026",
            "14:00", "15:30", "Europe/Lisbon", "video", "", List.of(new InterviewWorkingCopy.Person(
                "joão gonçalves", "", email, "", List.of("the fare app"), "", Map.of())),
            List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void anUnfinishedInterviewIsEveryCopyThatMadeNoSavedInterviewTheOneSavedLastFirst() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.interviews().save("acme", WorkspaceRecoveryTest.interview("Acme"));
            RecordStore<InterviewWorkingCopy> copies = ws.workingCopies();
            copies.save("new-20261207-140000-000", typed(null, "people", "Örnsköldsvik Träd AB", "joão at acme",
                Instant.parse("2026-12-07T14:00:00Z")));
            copies.save("new-20261207-150000-000", typed(null, "interview", "", "",
                Instant.parse("2026-12-07T15:00:00Z")));
            copies.save("acme", typed("acme", "conversation", "Acme", "ana@acme.example",
                Instant.parse("2026-12-07T16:00:00Z")));
            copies.save("gone", typed("gone", "review", "Gone Ltd", "ana@gone.example",
                Instant.parse("2026-12-07T13:00:00Z")));
            copies.save("new-20261207-170000-000", InterviewWorkingCopy.empty().saved(null,
                Instant.parse("2026-12-07T17:00:00Z")));

            List<UnfinishedInterview> found = UnfinishedInterview.in(ws);
            assertThat(found).extracting(UnfinishedInterview::key).as("the newest first; saved and blank ones left "
                + "out").containsExactly("new-20261207-150000-000", "new-20261207-140000-000", "gone");
            assertThat(found).extracting(UnfinishedInterview::step).containsExactly(1, 2, 5);
            assertThat(UnfinishedInterview.steps()).isEqualTo(6);
            assertThat(found.get(1).copy().people().get(0).email()).as("kept exactly as typed")
                .isEqualTo("joão at acme");
        }
    }

    @Test
    void aCopyWithOnlyTodaysDateAndZoneHoldsNothingTyped() {
        InterviewWorkingCopy fresh = new InterviewWorkingCopy(1, null, "interview", null, "", "", "7 Dec 2026", "",
            "", "Europe/Lisbon", "", "", List.of(new InterviewWorkingCopy.Person("", "", "", "", List.of(""), "",
            Map.of())), List.of(""), List.of(), List.of(), List.of(), Map.of());
        assertThat(fresh.isBlank()).isTrue();
        assertThat(typed(null, "people", "", "x", null).isBlank()).isFalse();
        assertThat(new InterviewWorkingCopy(1, null, "nonsense", null, "", "", "", "", "", "", "", "", List.of(),
            List.of("  "), List.of(), List.of("an idea"), List.of(), Map.of()).stepNumber()).isEqualTo(1);
    }
}
