// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportSettingsTest {

    private final Json json = new Json();

    private ExportSettings read(String text) throws JsonProcessingException {
        return json.mapper().readValue(text, ExportSettings.class);
    }

    @Test
    void defaultsAreFreeLinkedInFlatA6WithEnvelope() {
        ExportSettings d = ExportSettings.DEFAULTS;
        assertThat(d.linkedinLimit()).isEqualTo(200);
        assertThat(d.cardSize()).isEqualTo(CardSize.A6);
        assertThat(d.folded()).isFalse();
        assertThat(d.envelope()).isTrue();
        assertThat(ExportSettings.SECTION.key()).isEqualTo("export");
    }

    @Test
    void missingValuesTakeTheirDefaults() throws Exception {
        ExportSettings s = read("{\"cardSize\": \"5x7\"}");
        assertThat(s).isEqualTo(new ExportSettings(200, CardSize.US_5X7, false, true));
    }

    @ParameterizedTest
    @CsvSource({"a6, A6", "4.25x5.5, US_4_25X5_5", "5X7, US_5X7", "' 5x7 ', US_5X7"})
    void cardSizesAreReadByTheirIds(String id, CardSize size) throws Exception {
        assertThat(read("{\"cardSize\": \"" + id + "\"}").cardSize()).isEqualTo(size);
    }

    @Test
    void settingsRoundTripThroughJson() throws Exception {
        ExportSettings s = new ExportSettings(300, CardSize.US_4_25X5_5, true, false);
        JsonNode node = json.mapper().valueToTree(s);
        assertThat(node.get("cardSize").asText()).isEqualTo("4.25x5.5");
        assertThat(json.mapper().treeToValue(node, ExportSettings.class)).isEqualTo(s);
    }

    @Test
    void limitOutsideTheRangeIsRejectedWithTheAcceptedValues() {
        assertThatThrownBy(() -> new ExportSettings(10, null, null, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200 for free accounts");
        assertThatThrownBy(() -> read("{\"linkedinLimit\": 5000}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"cardSize\": \"letter\"}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void sectionIsStoredInTheWorkspaceSettingsAndDamageFallsBackToDefaults(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(ExportSettings.SECTION, ExportSettings.DEFAULTS.withLinkedinLimit(300));
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(ExportSettings.SECTION).linkedinLimit()).isEqualTo(300);
        }
        Path file = dir.resolve("settings.json");
        Files.writeString(file, Files.readString(file).replace("300", "7"));
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(ExportSettings.SECTION)).isEqualTo(ExportSettings.DEFAULTS);
        }
    }
}
