// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LinkedIn limit is set once (drafting) and read the same by drafting, the checks and the export. */
class LinkedInLimitTest {

    @TempDir
    Path dir;

    private static String q(String s) {
        return s.replace('\'', '"');
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        {}                                                                              | 200
        {'drafting': {'linkedinNoteLimit': 250}}                                        | 250
        {'drafting': {'linkedinNoteLimit': 250}, 'export': {'linkedinLimit': 100}}      | 250
        {'export': {'linkedinLimit': 300}}                                              | 300
        {'export': {'linkedinLimit': 1000}}                                             | 200
        {'drafting': {'dayFirstDates': true}, 'export': {'linkedinLimit': 120}}         | 120
        {'etiquette': {'linkedinPremium': true}}                                        | 300
        {'etiquette': {'linkedinNoteChars': 150}}                                       | 150
        {'export': {'linkedinLimit': 180}, 'etiquette': {'linkedinNoteChars': 150}}     | 180
        """)
    void everyFeatureReadsTheSameLimitAndOldFilesKeepTheirs(String file, int expected) throws Exception {
        Files.writeString(dir.resolve("settings.json"), q(file), StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.settings().get(DraftSettings.SECTION).linkedinNoteLimit()).isEqualTo(expected);
            assertThat(ws.settings().get(ExportSettings.SECTION).linkedinLimit()).isEqualTo(expected);
            assertThat(ws.settings().get(EtiquetteSettings.SECTION).linkedinNoteLimit()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"120", "300"})
    void changingTheOneSettingChangesItEverywhere(int limit) throws Exception {
        Files.writeString(dir.resolve("settings.json"), q("{'export': {'linkedinLimit': 100, 'cardSize': '5x7'}}"),
            StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(DraftSettings.SECTION, ws.settings().get(DraftSettings.SECTION)
                .withLinkedinNoteLimit(limit));
            assertThat(ws.settings().get(ExportSettings.SECTION).linkedinLimit()).isEqualTo(limit);
            assertThat(ws.settings().get(ExportSettings.SECTION).cardSize().name()).isEqualTo("US_5X7");
            assertThat(ws.settings().get(EtiquetteSettings.SECTION).linkedinNoteLimit()).isEqualTo(limit);
            assertThat(ws.settings().get(EtiquetteSettings.SECTION).linkedinPremium()).isEqualTo(limit > 200);
        }
    }
}
