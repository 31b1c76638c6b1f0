// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppearanceSettingsPeekTest {

    @TempDir
    Path dir;

    private Path settings(String json) throws Exception {
        return Files.writeString(dir.resolve(Workspace.SETTINGS_FILE), json);
    }

    @Test
    void readsTheChoiceBehindOtherSectionsAndNestedValues() throws Exception {
        Path file = settings("""
            {"schemaVersion": 3, "profile": {"name": "Ana", "links": [{"theme": "light"}, 2]},
             "appearance": {"other": {"theme": "light"}, "theme": "dark"}, "home": {"lastPage": "home"}}
            """);
        assertThat(AppearanceSettings.peek(file)).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void agreesWithTheSettingsStoreOnAFileItWrote() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(AppearanceSettings.SECTION, new AppearanceSettings("light"));
        }
        assertThat(AppearanceSettings.peek(dir.resolve(Workspace.SETTINGS_FILE))).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void noFileMeansFollowTheSystem() {
        assertThat(AppearanceSettings.peek(dir.resolve("missing.json"))).isEqualTo(ThemeChoice.SYSTEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1, 2]", "{\"appearance\": \"dark\"}", "{\"appearance\": {\"theme\": 1}}",
        "{\"appearance\": {\"theme\": \"purple\"}}", "{\"appearance\": {\"theme\": \"dark\"", "not json at all"})
    void damagedOrUnexpectedFilesMeanFollowTheSystem(String json) throws Exception {
        assertThat(AppearanceSettings.peek(settings(json))).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void aFileTooLargeForASettingsFileIsLeftToTheStore() throws Exception {
        Path file = settings("{\"appearance\": {\"theme\": \"dark\"}, \"padding\": \"" + "x".repeat(1 << 20) + "\"}");
        assertThat(AppearanceSettings.peek(file)).isEqualTo(ThemeChoice.SYSTEM);
    }
}
