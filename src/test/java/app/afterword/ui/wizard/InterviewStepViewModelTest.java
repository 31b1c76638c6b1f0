// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewStepViewModelTest {

    private int changes;
    private final InterviewStepViewModel vm = new InterviewStepViewModel(new Messages(),
        new DateTimeInput(Locale.UK), () -> LocalDate.of(2026, 11, 24), ZoneId.of("Europe/Lisbon"), () -> changes++);

    private static final Map<String, Function<InterviewStepViewModel, FormField>> FIELDS = Map.of(
        "company", InterviewStepViewModel::company, "role", InterviewStepViewModel::role,
        "date", InterviewStepViewModel::date, "start", InterviewStepViewModel::start,
        "end", InterviewStepViewModel::end, "timeZone", InterviewStepViewModel::timeZone,
        "decision", InterviewStepViewModel::decision);

    @BeforeEach
    void fillValid() {
        vm.loadNew();
        vm.company().textProperty().set("Acme");
        vm.role().textProperty().set("Product Designer");
        vm.start().textProperty().set("10:00");
        vm.end().textProperty().set("11:00");
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "company|   |Add the company’s name, e.g. Acme.",
        "role||Add the job title, e.g. Product Designer.",
        "date||Add the day of the interview, e.g. 24 Nov 2026.",
        "date|next Tuesday|“next Tuesday” isn’t a date; write it like 24 Nov 2026.",
        "start||Add the time it started, e.g. 10:00.",
        "start|25:00|“25:00” isn’t a time; write it like 14:30.",
        "end|lunch|“lunch” isn’t a time; write it like 14:30.",
        "end|9:59|It ends before it starts; check both times.",
        "timeZone||Add their time zone: a city such as Chicago, or America/Chicago.",
        "timeZone|Chikago|No time zone matches “Chikago”. Type a city, a country or a zone such as Europe/London.",
        "timeZone|Germany|“Germany” fits 2 time zones: Europe/Berlin, Europe/Busingen. Pick one from the list.",
        "timeZone|CET|“CET” fits 35 time zones, such as Europe/Paris. Pick one from the list.",
        "decision|soon|“soon” isn’t a date; write it like 24 Nov 2026.",
        "decision|23 Nov 2026|That’s before the interview; check the date."})
    void eachMistakeGetsAMessageSayingWhatToWrite(String field, String typed, String message) {
        FormField f = FIELDS.get(field).apply(vm);
        f.textProperty().set(typed == null ? "" : typed);
        assertThat(vm.validate()).containsExactly(f);
        assertThat(f.error()).isEqualTo(message);
        assertThat(vm.isValid()).isFalse();
    }

    @Test
    void optionalFieldsMayStayEmpty() {
        vm.end().textProperty().set("");
        vm.decision().textProperty().set("");
        assertThat(vm.validate()).isEmpty();
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void aFieldShowsItsMessageOnlyOnceLeft() {
        vm.company().textProperty().set("");
        assertThat(vm.company().error()).isNull();
        vm.company().check();
        assertThat(vm.company().error()).isNotNull();
    }

    @Test
    void changingTheStartRechecksAnEndAlreadyShowingAMessage() {
        vm.end().textProperty().set("9:00");
        vm.end().check();
        assertThat(vm.end().error()).isNotNull();
        vm.start().textProperty().set("8:30");
        assertThat(vm.end().error()).isNull();
    }

    @Test
    void aNewInterviewStartsTodayInTheUsersZone() {
        vm.loadNew();
        assertThat(vm.date().text()).isEqualTo("24 Nov 2026");
        assertThat(vm.timeZone().text()).isEqualTo("Europe/Lisbon");
        assertThat(vm.company().text()).isEmpty();
        assertThat(vm.formatProperty().get()).isNull();
    }

    private Interview applied() {
        Interview.Builder b = new Interview.Builder();
        vm.applyTo(b);
        return b.interviewers(java.util.List.of(new app.afterword.core.interview.Interviewer("Ana", null, null,
            null, null, null))).build();
    }

    @Test
    void appliesTimesTypedOnTheirClockAtTheRightInstant() {
        vm.date().textProperty().set("Nov 24, 2026");
        vm.start().textProperty().set("2:30 pm");
        vm.end().textProperty().set("");
        vm.timeZone().textProperty().set("asia/tokyo");
        vm.clockProperty().set(InterviewStepViewModel.Clock.THEIRS);
        Interview i = applied();
        assertThat(i.start()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:30+09:00"));
        assertThat(i.end()).isNull();
        assertThat(i.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(i.company()).isEqualTo("Acme");
    }

    @Test
    void timesTypedOnYourOwnClockAreStoredAsYourTimeWithTheirZone() {
        vm.date().textProperty().set("24 Nov 2026");
        vm.start().textProperty().set("14:45");
        vm.end().textProperty().set("15:30");
        vm.timeZone().textProperty().set("Berlin");
        assertThat(vm.clockProperty().get()).isEqualTo(InterviewStepViewModel.Clock.YOURS);
        Interview i = applied();
        // Lisbon is on UTC in November: 14:45 there is 15:45 in Berlin
        assertThat(i.start()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:45Z"));
        assertThat(i.start().atZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalTime())
            .isEqualTo(java.time.LocalTime.of(15, 45));
        assertThat(i.end()).isEqualTo(OffsetDateTime.parse("2026-11-24T15:30Z"));
        assertThat(i.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void eachTimeSaysWhichClockItIsReadOnAndWhatItIsOnTheOther() {
        vm.date().textProperty().set("24 Nov 2026");
        vm.start().textProperty().set("14:45");
        vm.end().textProperty().set("23:30");
        vm.timeZone().textProperty().set("Europe/Berlin");
        assertThat(vm.startLabel().get()).isEqualTo("Started (your time, Lisbon)");
        assertThat(vm.startOnOtherClock().get()).isEqualTo("14:45 your time = 15:45 in Berlin");
        assertThat(vm.endOnOtherClock().get()).isEqualTo("23:30 your time = 00:30 on 25 Nov in Berlin");
        assertThat(vm.yoursChoice().get()).isEqualTo("Your time (Lisbon)");
        assertThat(vm.theirsChoice().get()).isEqualTo("Their time (Berlin)");
        assertThat(vm.zoneHelp().get()).isEqualTo("Berlin, Germany · UTC+1. Notes are timed for their working day. "
            + "Yours is Lisbon.");

        vm.clockProperty().set(InterviewStepViewModel.Clock.THEIRS);
        assertThat(vm.startLabel().get()).isEqualTo("Started (Berlin time)");
        assertThat(vm.endLabel().get()).isEqualTo("Ended (Berlin time)");
        assertThat(vm.startOnOtherClock().get()).isEqualTo("14:45 in Berlin = 13:45 your time");

        vm.timeZone().textProperty().set("Europe/Lisbon");
        assertThat(vm.startOnOtherClock().get()).isEmpty();
        assertThat(vm.startLabel().get()).isEqualTo("Started (your time, Lisbon)");
    }

    @Test
    void aTimeTheClocksSkippedSaysSo() {
        vm.date().textProperty().set("29 Mar 2026");
        vm.start().textProperty().set("2:30");
        vm.timeZone().textProperty().set("Europe/Berlin");
        vm.clockProperty().set(InterviewStepViewModel.Clock.THEIRS);
        assertThat(vm.startOnOtherClock().get()).isEqualTo("03:30 in Berlin = 02:30 your time 02:30 didn’t happen "
            + "in Berlin that day (the clocks went forward), so it counts as 03:30.");
    }

    @Test
    void aZoneNamedByCityOrOldIdIsWrittenAsItsIdWhenSettled() {
        vm.timeZone().textProperty().set("berlin");
        assertThat(vm.timeZone().problem()).isNull();
        vm.settleZone();
        assertThat(vm.timeZone().text()).isEqualTo("Europe/Berlin");
        vm.timeZone().textProperty().set("Asia/Calcutta");
        vm.settleZone();
        assertThat(vm.timeZone().text()).isEqualTo("Asia/Kolkata");
        vm.timeZone().textProperty().set("Germany");
        vm.settleZone();
        assertThat(vm.timeZone().text()).isEqualTo("Germany");
        assertThat(vm.zoneMatches("Germany")).extracting(z -> vm.zoneLabel(z)).containsExactly(
            "Europe/Berlin — Berlin, Germany · UTC+1", "Europe/Busingen — Büsingen, Germany · UTC+1");
    }

    @Test
    void everyEditIsReported() {
        int before = changes;
        vm.role().textProperty().set("Designer");
        vm.formatProperty().set(app.afterword.core.interview.InterviewFormat.PHONE);
        assertThat(changes).isEqualTo(before + 2);
    }
}
