// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileSettingsTest {

    @Test
    void aSettingsFileFromBeforeTheSignOffLoadsWithoutOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"schemaVersion\": 1, \"profile\": {\"name\": \"Zoë Ng\","
            + " \"email\": \"zoe@example.com\", \"phone\": null, \"linkedin\": null, \"signature\": null}}",
            StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir)) {
            ProfileSettings p = ws.settings().get(ProfileSettings.SECTION);
            assertThat(p.name()).isEqualTo("Zoë Ng");
            assertThat(p.email()).isEqualTo("zoe@example.com");
            assertThat(p.signOff()).isNull();
        }
    }

    @Test
    void theSignOffIsKeptWithTheRestOfTheProfile(@TempDir Path dir) throws Exception {
        ProfileSettings saved = new ProfileSettings("李娜", null, "+86 10 5555 0100", null, null, "Warm regards,");
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(ProfileSettings.SECTION, saved);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(ProfileSettings.SECTION)).isEqualTo(saved);
        }
    }

    @ParameterizedTest(name = "name \"{0}\", signature \"{1}\" signs: {2}")
    @CsvSource(delimiter = '|', value = {
        "ana lima       |                  | true",
        "               | Ana — 555 0100   | true",
        "               |                  | false",
        "'   '          | '  '             | false",
        "Дмитрий Орлов  |                  | true"})
    void aProfileSignsWithANameOrItsOwnSignatureBlock(String name, String signature, boolean signs) {
        assertThat(new ProfileSettings(name, null, null, null, signature).signs()).isEqualTo(signs);
    }

    @Test
    void aNewSignOffKeepsEverythingElse() {
        ProfileSettings p = new ProfileSettings("Ana Lima", "ana@example.com", "555", "linkedin.com/in/ana", "sig");
        assertThat(p.withSignOff("Kind regards,")).isEqualTo(new ProfileSettings("Ana Lima", "ana@example.com", "555",
            "linkedin.com/in/ana", "sig", "Kind regards,"));
    }
}
