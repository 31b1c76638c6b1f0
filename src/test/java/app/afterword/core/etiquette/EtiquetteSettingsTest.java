// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtiquetteSettingsTest {
    private final Json json = new Json();

    @Test
    void defaultsAreTheDocumentedNumbers() {
        EtiquetteSettings d = EtiquetteSettings.DEFAULTS;
        assertThat(List.of(d.minMinutesAfterInterview(), d.lateWarningHours(), d.lateErrorHours(),
            d.businessDayStartHour(), d.businessDayEndHour(), d.cardMinDaysToDecision()))
            .containsExactly(60, 24, 48, 8, 18, 7);
        assertThat(List.of(d.thankYouMinWords(), d.thankYouTargetWords(), d.thankYouWarnWords(),
            d.thankYouMaxWords(), d.minSentences(), d.maxSentences(), d.maxParagraphs(), d.followUpMinWords(),
            d.followUpMaxWords())).containsExactly(100, 200, 250, 400, 2, 8, 4, 60, 150);
        assertThat(d.subjectMaxChars()).isEqualTo(60);
        assertThat(d.panelSimilarity()).isEqualTo(0.70);
        assertThat(d.maxExclamations()).isEqualTo(1);
        assertThat(List.of(d.linkedinNoteChars(), d.linkedinNotePremiumChars(), d.linkedinMessageChars(),
            d.inmailBodyChars(), d.inmailSubjectChars())).containsExactly(200, 300, 3000, 1900, 200);
        assertThat(d.linkedinPremium()).isFalse();
        assertThat(d.linkedinNoteLimit()).isEqualTo(200);
        assertThat(List.of(d.decisionBufferBusinessDays(), d.noTimelineBusinessDays(), d.minHoursBetweenNotes(),
            d.maxFollowUps(), d.followUpSpacingBusinessDays(), d.ontarioNoticeDays()))
            .containsExactly(1, 5, 24, 2, 5, 45);
        assertThat(d.ontarioNotice()).isFalse();
        assertThat(d.workEmailDomains()).isEmpty();
        assertThat(EtiquetteSettings.SECTION.key()).isEqualTo("etiquette");
    }

    @Test
    void aPartialSectionKeepsTheDefaultsForEverythingElse() throws Exception {
        EtiquetteSettings s = json.mapper().readValue("{\"lateWarningHours\": 12, \"linkedinPremium\": true, "
            + "\"workEmailDomains\": [\"@Initech.example\", \" \"]}", EtiquetteSettings.class);
        assertThat(s.lateWarningHours()).isEqualTo(12);
        assertThat(s.lateErrorHours()).isEqualTo(48);
        assertThat(s.linkedinNoteLimit()).isEqualTo(300);
        assertThat(s.workEmailDomains()).containsExactly("initech.example");
    }

    @Test
    void nonsensicalThresholdsAreRejectedWithTheFieldNames() {
        assertThatThrownBy(() -> json.mapper().convertValue(Map.of("lateWarningHours", 50), EtiquetteSettings.class))
            .hasMessageContaining("lateWarningHours");
        assertThatThrownBy(() -> json.mapper().convertValue(Map.of("businessDayStartHour", 19),
            EtiquetteSettings.class)).hasMessageContaining("businessDayStartHour");
        assertThatThrownBy(() -> json.mapper().convertValue(Map.of("panelSimilarity", 1.5),
            EtiquetteSettings.class)).hasMessageContaining("panelSimilarity");
        assertThatThrownBy(() -> json.mapper().convertValue(Map.of("maxFollowUps", -1),
            EtiquetteSettings.class)).hasMessageContaining("negative");
    }

    @Test
    void settingsSurviveASaveAndAReopen(@TempDir Path dir) throws Exception {
        EtiquetteSettings custom = json.mapper().convertValue(Map.of("minMinutesAfterInterview", 90,
            "workEmailDomains", List.of("initech.example")), EtiquetteSettings.class);
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(EtiquetteSettings.SECTION, custom);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(EtiquetteSettings.SECTION)).isEqualTo(custom);
        }
        assertThat(Files.readString(dir.resolve("settings.json"), StandardCharsets.UTF_8))
            .contains("\"etiquette\"").contains("\"minMinutesAfterInterview\" : 90");
    }

    @Test
    void aDamagedSectionFallsBackToTheDefaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"schemaVersion\": 1, \"etiquette\": "
            + "{\"lateWarningHours\": 99}}");
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(EtiquetteSettings.SECTION)).isEqualTo(EtiquetteSettings.DEFAULTS);
        }
    }
}
