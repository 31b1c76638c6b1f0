// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftSettingsTest {

    @Test
    void profileAndDraftingSettingsRoundTripThroughTheWorkspace(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(ProfileSettings.SECTION)).isEqualTo(ProfileSettings.EMPTY);
            assertThat(ws.settings().get(DraftSettings.SECTION)).isEqualTo(DraftSettings.DEFAULTS);
            ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Zoë Ng", "zoe@example.com", null, null,
                null));
            ws.settings().put(DraftSettings.SECTION, new DraftSettings(300, true));
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(ProfileSettings.SECTION).name()).isEqualTo("Zoë Ng");
            assertThat(ws.settings().get(DraftSettings.SECTION)).isEqualTo(new DraftSettings(300, true));
        }
    }

    @Test
    void outOfRangeLimitInTheFileFallsBackToTheDefaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"schemaVersion\": 1, \"drafting\": "
            + "{\"linkedinNoteLimit\": 5000}}", StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(DraftSettings.SECTION)).isEqualTo(DraftSettings.DEFAULTS);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 49, 301})
    void limitOutsideFiftyToThreeHundredIsRefused(int limit) {
        assertThatThrownBy(() -> new DraftSettings(limit, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroMeansTheDefaultLimit() {
        assertThat(new DraftSettings(0, false).linkedinNoteLimit()).isEqualTo(200);
    }
}
