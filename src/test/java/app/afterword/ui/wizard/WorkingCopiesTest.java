// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.store.FirstRun;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DateTimeInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCopiesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-24T14:02:00Z");
    private final DateTimeInput input = new DateTimeInput(Locale.UK);

    @TempDir
    Path dir;

    private static InterviewWorkingCopy typed(String company, Instant savedAt) {
        return new InterviewWorkingCopy(1, null, "people", savedAt, company, "", "", "", "", "", "", "", List.of(),
            List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void theFirstStartOpensTheSampleInterview() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Optional<String> sample = FirstRun.seed(ws);
            WorkingCopies.Session s = WorkingCopies.open(ws).start(sample, input, ZONE, NOW);
            assertThat(s.key()).isEqualTo(sample.orElseThrow());
            assertThat(s.base().company()).isEqualTo("Brightline Transit");
            assertThat(s.copy().company()).isEqualTo("Brightline Transit");
            assertThat(s.copy().people()).hasSize(3);
            assertThat(s.copy().step()).isEqualTo("interview");
        }
    }

    @Test
    void theCopySavedLastIsResumedBeforeAnythingElse() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Optional<String> sample = FirstRun.seed(ws);
            WorkingCopies copies = WorkingCopies.open(ws);
            copies.save(new WorkingCopies.Snapshot("new-1", typed("Older", null), null, NOW.minusSeconds(60)));
            copies.save(new WorkingCopies.Snapshot("new-2", typed("Newer", null), null, NOW));
            WorkingCopies.Session s = copies.start(sample, input, ZONE, NOW);
            assertThat(s.key()).isEqualTo("new-2");
            assertThat(s.copy().company()).isEqualTo("Newer");
            assertThat(s.base()).isNull();
        }
    }

    @Test
    void withNoCopiesTheLatestInterviewOpensElseANewOne() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            WorkingCopies copies = WorkingCopies.open(ws);
            WorkingCopies.Session empty = copies.start(Optional.empty(), input, ZONE, NOW);
            assertThat(empty.key()).isEqualTo("new-20261124-140200-000");
            assertThat(empty.copy().date()).isEqualTo("24 Nov 2026");
            assertThat(empty.copy().timeZone()).isEqualTo("Europe/London");
            assertThat(empty.copy().company()).isEmpty();
            Interview sample = FirstRun.sample(ws.json());
            ws.interviews().save("older", sample.withId("older").toBuilder()
                .start(sample.start().minusDays(30)).end(null).build());
            ws.interviews().save("newer", sample.withId("newer"));
            assertThat(copies.start(Optional.empty(), input, ZONE, NOW).key()).isEqualTo("newer");
        }
    }

    @Test
    void aCopyFromANewerVersionIsReadAndItsExtraFieldsSurviveASave() throws Exception {
        Path folder = dir.resolve(WorkingCopies.FOLDER);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("new-9.json"), "{\"schemaVersion\":1,\"company\":\"Acme\","
            + "\"savedAt\":\"2026-11-20T10:00:00Z\",\"mood\":\"hopeful\"}");
        try (Workspace ws = Workspace.open(dir)) {
            WorkingCopies copies = WorkingCopies.open(ws);
            WorkingCopies.Session s = copies.start(Optional.empty(), input, ZONE, NOW);
            assertThat(s.copy().company()).isEqualTo("Acme");
            copies.save(new WorkingCopies.Snapshot(s.key(), s.copy(), null, NOW));
        }
        assertThat(Files.readString(folder.resolve("new-9.json"))).contains("\"mood\" : \"hopeful\"");
    }

    @Test
    void theStepsAWorkingCopyNamesAreTheWizardsSteps() {
        assertThat(java.util.Arrays.stream(WizardStep.values()).map(WizardStep::key).toList())
            .isEqualTo(InterviewWorkingCopy.STEPS);
    }

    @Test
    void anUnfinishedCopyResumesAsItWasLeftAtItsStep() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            WorkingCopies copies = WorkingCopies.open(ws);
            copies.save(new WorkingCopies.Snapshot("new-1", typed("Half typed", null), null, NOW));
            WorkingCopies.Session s = copies.resume("new-1").orElseThrow();
            assertThat(s.key()).isEqualTo("new-1");
            assertThat(s.copy().step()).isEqualTo("people");
            assertThat(s.copy().company()).isEqualTo("Half typed");
            assertThat(s.base()).isNull();
            assertThat(copies.resume("new-2")).isEmpty();
        }
    }
}
