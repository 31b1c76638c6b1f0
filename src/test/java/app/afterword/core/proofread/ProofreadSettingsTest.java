// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProofreadSettingsTest {

    @TempDir
    Path dir;

    @Test
    void dictionaryWordsIgnoredRulesAndLanguageAreKeptInTheWorkspace() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ProofreadPreferences prefs = new ProofreadPreferences(ws.settings());
            assertThat(prefs.current().variant()).isEqualTo(Variant.EN_US);
            prefs.addWord("Kubernetes");
            prefs.addWord("Okafor");
            prefs.ignoreRule("EN_QUOTES");
            prefs.setVariant(Variant.EN_NZ);
        }
        String json = Files.readString(dir.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"proofreading\"", "\"en-NZ\"", "Kubernetes", "EN_QUOTES");
        try (Workspace ws = Workspace.open(dir)) {
            ProofreadPreferences prefs = new ProofreadPreferences(ws.settings());
            ProofreadSettings s = prefs.current();
            assertThat(s.dictionary()).containsExactly("Kubernetes", "Okafor");
            assertThat(s.ignoredRules()).containsExactly("EN_QUOTES");
            assertThat(s.variant()).isEqualTo(Variant.EN_NZ);
            prefs.removeWord("Okafor");
            prefs.restoreRule("EN_QUOTES");
            assertThat(prefs.current().dictionary()).containsExactly("Kubernetes");
            assertThat(prefs.current().ignoredRules()).isEmpty();
        }
    }

    @Test
    void fieldsFromANewerVersionAreKeptAndBadEntriesDroppedWithoutLosingTheRest() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
            {"schemaVersion": 1, "proofreading": {"language": "en-IE", "dictionary": ["Okafor", "two words", ""],
             "ignoredRules": ["EN_QUOTES", "not a rule!"], "level": "picky"}}
            """, StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir)) {
            ProofreadPreferences prefs = new ProofreadPreferences(ws.settings());
            ProofreadSettings s = prefs.current();
            assertThat(s.dictionary()).containsExactly("Okafor");
            assertThat(s.ignoredRules()).containsExactly("EN_QUOTES");
            assertThat(s.language()).isEqualTo("en-IE");
            assertThat(s.variant()).as("an unknown variant proofreads as the default").isEqualTo(Variant.EN_US);
            prefs.addWord("Brightline");
        }
        String json = Files.readString(dir.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"level\"", "\"picky\"", "\"en-IE\"", "Brightline");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|Type the word",
        "two words|one word",
        "1234|at least one letter",
    })
    void aWordThatCannotBeAddedSaysWhy(String word, String message) {
        assertThatThrownBy(() -> ProofreadSettings.SECTION.defaults().withWord(word))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void optionsForANoteCombineSettingsInterviewAndTheNotesOwnVariant() {
        ProofreadSettings s = new ProofreadSettings("en-GB", List.of("EN_QUOTES"), List.of("Okafor"), Map.of());
        CheckOptions own = CheckOptions.forNote(s, null, null);
        assertThat(own.variant()).isEqualTo(Variant.EN_GB);
        assertThat(own.reports("EN_QUOTES")).isFalse();
        assertThat(own.accepted().accepts("Okafor")).isTrue();
        assertThat(CheckOptions.forNote(s, null, Variant.EN_ZA).variant()).isEqualTo(Variant.EN_ZA);
    }

    @ParameterizedTest
    @CsvSource({"en-US, EN_US", "EN_gb, EN_GB", " en-za , EN_ZA", "en_au, EN_AU"})
    void variantsAreFoundByTag(String tag, Variant expected) {
        assertThat(Variant.parse(tag)).isEqualTo(expected);
    }

    @Test
    void anUnknownVariantNamesTheOnesThatExist() {
        assertThatThrownBy(() -> Variant.parse("fr-FR"))
            .hasMessageContaining("en-US, en-GB, en-CA, en-AU, en-NZ, en-ZA");
    }
}
