// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleSettingsTest {

    @TempDir
    Path dir;

    private final Json json = new Json();

    @Test
    void defaultsAreTheDocumentedConventions() {
        ScheduleSettings d = ScheduleSettings.DEFAULTS;
        assertThat(d.businessDayStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(d.businessDayEnd()).isEqualTo(LocalTime.of(18, 0));
        assertThat(d.morningCutoff()).isEqualTo(LocalTime.of(9, 0));
        assertThat(d.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(d.holidays()).isEmpty();
        assertThat(List.of(d.thankYouEarliestMinutes(), d.thankYouTargetHours(), d.thankYouDeadlineHours()))
            .containsExactly(60, 24, 48);
        assertThat(List.of(d.decisionBufferMinDays(), d.decisionBufferMaxDays(), d.noDecisionMinDays(),
            d.noDecisionMaxDays(), d.secondFollowUpMinDays(), d.secondFollowUpMaxDays(), d.followUpGapHours(),
            d.maxFollowUps())).containsExactly(1, 2, 5, 7, 5, 7, 24, 2);
        assertThat(d.decisionNoticeDays()).isNull();
        assertThat(ScheduleSettings.SECTION.key()).isEqualTo("schedule");
    }

    @Test
    void aSettingsFileWithOnlyHolidaysKeepsEveryOtherDefault() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
            {"schemaVersion": 1,
             "schedule": {"holidays": ["2026-12-25", "2026-11-26", "2026-12-25"], "businessDayStart": "07:30"}}
            """);
        try (Workspace ws = Workspace.open(dir)) {
            ScheduleSettings s = ws.settings().get(ScheduleSettings.SECTION);
            assertThat(s.holidays()).containsExactly(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-12-25"));
            assertThat(s.businessDayStart()).isEqualTo(LocalTime.of(7, 30));
            assertThat(s.businessDayEnd()).isEqualTo(LocalTime.of(18, 0));
            assertThat(s.maxFollowUps()).isEqualTo(2);
            assertThat(ws.recoveryNotices()).isEmpty();
        }
    }

    @Test
    void fieldsOfANewerVersionSurviveASave() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
            {"schemaVersion": 1, "schedule": {"maxFollowUps": 1, "snoozeDays": 3}}
            """);
        try (Workspace ws = Workspace.open(dir)) {
            ScheduleSettings s = ws.settings().get(ScheduleSettings.SECTION);
            assertThat(s.maxFollowUps()).isEqualTo(1);
            ws.settings().put(ScheduleSettings.SECTION,
                s.withHolidays(List.of(LocalDate.parse("2027-01-01"))));
        }
        String saved = Files.readString(dir.resolve("settings.json"));
        assertThat(saved).contains("\"snoozeDays\" : 3").contains("\"2027-01-01\"")
            .contains("\"businessDayStart\" : \"08:00\"");
        assertThat(json.mapper().readTree(saved).at("/schedule/maxFollowUps").asInt()).isEqualTo(1);
    }

    @Test
    void anImpossibleSettingFallsBackToTheDefaultsWithANotice() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
            {"schemaVersion": 1, "schedule": {"businessDayStart": "19:00"}}
            """);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(ScheduleSettings.SECTION)).isEqualTo(ScheduleSettings.DEFAULTS);
            assertThat(ws.recoveryNotices()).anyMatch(n -> n.contains("schedule"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        {"businessDayEnd": "07:00"}                              | businessDayEnd
        {"morningCutoff": "08:00"}                               | morningCutoff
        {"weekend": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"]} | weekend
        {"decisionBufferMinDays": 3, "decisionBufferMaxDays": 2} | decisionBufferMinDays
        {"maxFollowUps": 3}                                      | maxFollowUps
        {"thankYouTargetHours": 72}                              | thankYouTargetHours
        {"thankYouEarliestMinutes": -5}                          | thankYouEarliestMinutes
        {"decisionNoticeDays": 0}                                | decisionNoticeDays
        {"holidays": [null]}                                     | holidays
        """)
    void impossibleValuesAreRejectedNamingTheField(String text, String field) {
        assertThatThrownBy(() -> json.mapper().readValue(text, ScheduleSettings.class))
            .hasRootCauseInstanceOf(IllegalArgumentException.class)
            .rootCause().hasMessageContaining("schedule." + field);
    }
}
