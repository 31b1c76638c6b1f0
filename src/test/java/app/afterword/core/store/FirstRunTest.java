// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.StepState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {

    @TempDir
    Path dir;

    @Test
    void firstStartAddsTheSampleOnceAndNeverAgainAfterItIsDeleted() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            String id = FirstRun.seed(ws).orElseThrow();
            assertThat(ws.interviews().get(id)).hasValueSatisfying(i -> {
                assertThat(i.company()).isEqualTo("Brightline Transit");
                assertThat(i.id()).isEqualTo(id);
            });
            ws.interviews().remove(id);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(FirstRun.seed(ws)).isEmpty();
            assertThat(ws.interviews().ids()).isEmpty();
        }
    }

    @Test
    void anExistingWorkspaceIsNotGivenTheSample() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.interviews().save("mine", WorkspaceRecoveryTest.interview("Mine"));
            assertThat(FirstRun.seed(ws)).isEmpty();
            assertThat(ws.interviews().ids()).containsExactly("mine");
        }
    }

    @Test
    void theSampleIsMarkedAsOneAndDatedFromTheFirstStartAsAnInterviewThatEndedAnHourAgo() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant firstStart = Instant.parse("2027-03-10T15:07:42Z");
        String id;
        try (Workspace ws = Workspace.open(dir)) {
            id = FirstRun.seed(ws, firstStart, berlin).orElseThrow();
        }
        try (Workspace ws = Workspace.open(dir)) {
            Interview sample = ws.interviews().get(id).orElseThrow();
            assertThat(sample.sample()).as("read back from its file").isTrue();
            assertThat(sample.timeZone()).isEqualTo(berlin);
            assertThat(sample.end().toString()).isEqualTo("2027-03-10T15:05+01:00");
            assertThat(Duration.between(sample.end().toInstant(), firstStart)).isBetween(Duration.ofMinutes(60),
                Duration.ofMinutes(65));
            assertThat(Duration.between(sample.start(), sample.end())).isEqualTo(Duration.ofMinutes(90));
            assertThat(sample.decisionBy()).isEqualTo(LocalDate.of(2027, 3, 20));
            assertThat(sample.company()).isEqualTo("Brightline Transit");

            Plan plan = new ProgressBook(ws.records("progress", new app.afterword.core.schedule.ProgressCodec()),
                () -> app.afterword.core.schedule.ScheduleSettings.DEFAULTS, Clock.fixed(firstStart, berlin))
                .plan(sample);
            assertThat(plan.step(Step.THANK_YOU).state()).as("the thank-you is due now, nothing is overdue")
                .isEqualTo(StepState.DUE);
            assertThat(plan.steps()).noneMatch(s -> s.state() == StepState.OVERDUE);
        }
    }

    @Test
    void theBundledSampleIsNotASampleUntilAFirstStartAddsIt() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(FirstRun.sample(ws.json()).sample()).isFalse();
            Interview added = FirstRun.sampleAt(FirstRun.sample(ws.json()), Instant.parse("2027-01-04T09:00:00Z"),
                ZoneId.of("UTC"));
            assertThat(added.sample()).isTrue();
            assertThat(added.interviewers()).hasSize(3);
            assertThat(List.of(added.start().toLocalDate(), added.end().toLocalDate()))
                .containsOnly(LocalDate.of(2027, 1, 4));
        }
    }
}
