// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowSettingsPeekTest {

    @TempDir
    Path dir;

    private WindowSettings peek(String content) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return WindowSettings.peek(file);
    }

    @Test
    void readsThePlaceAndSizeBeforeTheDataFolderIsOpen() throws Exception {
        WindowSettings w = peek("{\"schemaVersion\":1,\"appearance\":{\"theme\":\"dark\"},"
            + "\"window\":{\"x\":40,\"y\":30.5,\"width\":900,\"height\":600,\"maximized\":true}}");
        assertThat(w).isEqualTo(new WindowSettings(40.0, 30.5, 900.0, 600.0, true));
        assertThat(w.hasPlace()).isTrue();
        assertThat(w.filledScreen()).isTrue();
    }

    @Test
    void anythingUnexpectedMeansNothingRecorded() throws Exception {
        WindowSettings none = WindowSettings.SECTION.defaults();
        assertThat(WindowSettings.peek(dir.resolve("missing.json"))).isEqualTo(none);
        assertThat(peek("{\"window\":{\"x\":40,\"y\":30,")).isEqualTo(none);
        assertThat(peek("[1,2]")).isEqualTo(none);
        assertThat(peek("{\"window\":{\"x\":\"left\",\"y\":0,\"width\":900,\"height\":600}}").hasPlace()).isFalse();
        assertThat(peek("{\"window\":{\"x\":0,\"y\":0,\"width\":-5,\"height\":600}}").hasPlace()).isFalse();
    }
}
