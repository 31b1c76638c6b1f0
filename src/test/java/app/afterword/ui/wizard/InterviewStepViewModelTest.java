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
        "timeZone||Add their time zone, e.g. America/Chicago.",
        "timeZone|Chicago|“Chicago” isn’t a time zone; pick one from the list, e.g. Europe/London.",
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

    @Test
    void appliesTheTypedFieldsToAnInterviewAtTheRightInstant() {
        vm.date().textProperty().set("Nov 24, 2026");
        vm.start().textProperty().set("2:30 pm");
        vm.end().textProperty().set("");
        vm.timeZone().textProperty().set("asia/tokyo");
        Interview.Builder b = new Interview.Builder();
        vm.applyTo(b);
        Interview i = b.interviewers(java.util.List.of(new app.afterword.core.interview.Interviewer("Ana", null, null,
            null, null, null))).build();
        assertThat(i.start()).isEqualTo(OffsetDateTime.parse("2026-11-24T14:30+09:00"));
        assertThat(i.end()).isNull();
        assertThat(i.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(i.company()).isEqualTo("Acme");
    }

    @Test
    void everyEditIsReported() {
        int before = changes;
        vm.role().textProperty().set("Designer");
        vm.formatProperty().set(app.afterword.core.interview.InterviewFormat.PHONE);
        assertThat(changes).isEqualTo(before + 2);
    }
}
