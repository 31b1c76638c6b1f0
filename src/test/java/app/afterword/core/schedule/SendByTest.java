// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.at;
import static app.afterword.core.schedule.Fixtures.clock;
import static app.afterword.core.schedule.Fixtures.interview;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One answer to "when does this note go out": the moment to send by is the end of the step's window, the moment
 * after which Home and the agenda call it overdue, and the reasons never name a second, later deadline beside it. A
 * note recorded as sent says when. The sample interview is in neither the agenda nor a calendar file.
 */
class SendByTest {

    /** Interview ended Monday 7 December 2026, 15:30 in Chicago; now it is 18:30 the same evening. */
    private static final Interview PANEL = interview(CHICAGO, "2026-12-07T15:30", "2026-12-18", "Ana Ruiz",
        "Ben Li");

    @TempDir
    Path dir;

    private Workspace ws;
    private ProgressBook book;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir);
        book = ProgressBook.open(ws, clock(CHICAGO, "2026-12-07T18:30"));
    }

    @AfterEach
    void close() throws Exception {
        ws.close();
    }

    @Test
    void theThankYouIsSentByTheEndOfItsWindowTheMomentItTurnsOverdue() {
        SendBy ana = book.sendBy(PANEL, Step.THANK_YOU, "Ana Ruiz");
        PlannedStep planned = book.plan(PANEL).step(Step.THANK_YOU);
        assertThat(ana.by()).isEqualTo(planned.latest()).isEqualTo(planned.sendBy());
        assertThat(ana.by().toLocalDateTime()).hasToString("2026-12-08T09:00");
        assertThat(ana.opens().toLocalDateTime()).hasToString("2026-12-07T16:30");
        assertThat(ana.state()).isEqualTo(StepState.DUE);
        assertThat(ana.sent()).isFalse();
        assertThat(book.sendBy(PANEL, Step.THANK_YOU, "Ben Li").by()).isEqualTo(ana.by());

        Plan late = new Timeline(ScheduleSettings.DEFAULTS).plan(PANEL, null, clock(CHICAGO, "2026-12-08T09:01"));
        assertThat(late.step(Step.THANK_YOU).state()).as("overdue just after the moment to send by")
            .isEqualTo(StepState.OVERDUE);
    }

    @Test
    void whileTheWindowIsOpenTheReasonNamesNoSecondDeadline() {
        assertThat(book.sendBy(PANEL, Step.THANK_YOU, "Ana Ruiz").reason()).contains("before 09:00")
            .doesNotContain("at the latest").doesNotContain("Wed 9 Dec");
    }

    @Test
    void anOverdueThankYouSaysWhenItsWindowClosedBesideThe48HourMark() {
        Plan plan = new Timeline(ScheduleSettings.DEFAULTS).plan(PANEL, null, clock(CHICAGO, "2026-12-10T10:00"));
        PlannedStep thanks = plan.step(Step.THANK_YOU);
        assertThat(thanks.state()).isEqualTo(StepState.OVERDUE);
        assertThat(thanks.reason()).startsWith("The best window closed at Tue 8 Dec 09:00")
            .contains("48-hour mark passed at Wed 9 Dec 15:30");
    }

    @Test
    void aNoteRecordedAsSentSaysWhenForThatPersonOnly() throws Exception {
        book.markSent(PANEL, Step.THANK_YOU, "Ana Ruiz", at(CHICAGO, "2026-12-07T16:55"));
        SendBy ana = book.sendBy(PANEL, Step.THANK_YOU, "Ana Ruiz");
        assertThat(ana.sent()).isTrue();
        assertThat(ana.sentAt()).isEqualTo(at(CHICAGO, "2026-12-07T16:55"));
        assertThat(book.sendBy(PANEL, Step.THANK_YOU, "ben li").sent()).isFalse();
        assertThat(book.sendBy(PANEL, Step.THANK_YOU, null).sent()).as("the step is done once everyone has one")
            .isFalse();
    }

    @Test
    void theSampleStaysOutOfTheAgendaAndTheCalendarFile() {
        Interview sample = PANEL.toBuilder().id("sample-panel").sample(true).build();
        Interview mine = PANEL.toBuilder().id("my-panel").build();
        Clock now = clock(CHICAGO, "2026-12-07T18:30");
        Timeline timeline = new Timeline(ScheduleSettings.DEFAULTS);
        Agenda agenda = timeline.agenda(List.of(sample, mine), id -> null, now);
        assertThat(agenda.today()).extracting(AgendaItem::interviewId).containsExactly("my-panel");
        assertThat(agenda.overdue()).isEmpty();
        assertThat(agenda.upcoming()).isEmpty();

        String ics = new String(new CalendarExport(ScheduleSettings.DEFAULTS).bytes(List.of(
            timeline.plan(sample, null, now), timeline.plan(mine, null, now)), now), StandardCharsets.UTF_8);
        assertThat(ics).contains("thank-you.my-panel@afterword.invalid").doesNotContain("sample-panel");
        assertThat(CalendarExport.exported(List.of(timeline.plan(sample, null, now)))).isEmpty();
    }
}
