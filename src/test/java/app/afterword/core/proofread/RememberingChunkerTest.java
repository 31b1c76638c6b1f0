// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.chunking.ChunkTag;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;
import org.languagetool.rules.RuleMatch;

/** The remembering chunker gives LanguageTool's own tags, and LanguageTool with it gives its own findings. */
class RememberingChunkerTest {

    private static JLanguageTool analyser;
    private static List<String> paragraphs;

    @BeforeAll
    static void readTheProductsOwnTexts() throws IOException {
        analyser = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> coach = Files.walk(Path.of("src/main/resources/app/afterword/coach"));
             Stream<Path> templates = Files.list(Path.of("templates"))) {
            Stream.concat(coach.filter(p -> p.toString().endsWith(".txt")),
                    templates.filter(p -> p.toString().endsWith(".vtl")))
                .sorted().forEach(files::add);
        }
        paragraphs = new ArrayList<>();
        for (Path file : files) {
            for (String paragraph : Files.readString(file).split("\\R\\s*\\R")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        assertThat(paragraphs).hasSizeGreaterThan(200);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void takesOverTheChunkerOfEveryEnglishVariant(Variant variant) {
        Language language = LanguageToolChecker.ownLanguage(variant);
        assertThat(language.getShortCodeWithCountryAndVariant()).isEqualTo(variant.tag());
        assertThat(language.getChunker()).isInstanceOf(EnglishChunker.class);

        assertThat(RememberingChunker.install(language)).isTrue();

        assertThat(language.getChunker()).isInstanceOf(RememberingChunker.class);
    }

    @Test
    void leavesOtherChunkersAlone() {
        Language language = LanguageToolChecker.ownLanguage(Variant.EN_US);
        Chunker own = tokens -> { };
        language.setChunker(own);

        assertThat(RememberingChunker.install(language)).isFalse();

        assertThat(language.getChunker()).isSameAs(own);
    }

    @Test
    void leavesTheSharedLanguageObjectAlone() {
        LanguageToolChecker checker = new LanguageToolChecker(Variant.EN_US, 100);

        assertThat(checker.remembering()).isTrue();
        assertThat(Languages.getLanguageForShortCode("en-US").getChunker()).isInstanceOf(EnglishChunker.class);
    }

    @Test
    void tagsEverySentenceOfTheProductsTextsAsLanguageToolDoes() throws IOException {
        SideBySide chunkers = new SideBySide();

        for (String paragraph : paragraphs) {
            chunkers.tag(paragraph);
        }

        assertThat(chunkers.differing).isEmpty();
        assertThat(chunkers.sentences).isGreaterThan(800);
        assertThat(chunkers.tagged).isGreaterThan(8_000);
    }

    @Test
    void tagsEditedSentencesAsLanguageToolDoes() throws IOException {
        SideBySide chunkers = new SideBySide();
        String[] inserted = {"very", "new", "the", "quickly", "and", "not"};

        int edits = 0;
        for (int p = 0; p < paragraphs.size(); p += 3) {
            String[] words = paragraphs.get(p).split(" ");
            // the paragraph as written, then with one word added at two places, one after the other
            chunkers.tag(paragraphs.get(p));
            for (int e = 1; e <= 2; e++) {
                int at = (p * 7 + e * 5) % words.length;
                List<String> edited = new ArrayList<>(List.of(words));
                edited.add(at, inserted[(p + e) % inserted.length]);
                chunkers.tag(String.join(" ", edited));
                edits++;
            }
        }

        assertThat(chunkers.differing).isEmpty();
        assertThat(edits).isGreaterThan(150);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void languageToolFindsTheSameWithIt(Variant variant) throws IOException {
        JLanguageTool plain = new JLanguageTool(Languages.getLanguageForShortCode(variant.tag()));
        Language language = LanguageToolChecker.ownLanguage(variant);
        assertThat(RememberingChunker.install(language)).isTrue();
        JLanguageTool remembering = new JLanguageTool(language);

        int findings = 0;
        for (int i = 0; i < paragraphs.size(); i += 3) {
            String paragraph = paragraphs.get(i);
            List<String> expected = matches(plain.check(paragraph));
            List<String> actual = matches(remembering.check(paragraph));
            findings += expected.size();
            assertThat(actual).as(paragraph).isEqualTo(expected);
        }
        assertThat(findings).isGreaterThan(30);
    }

    /** LanguageTool's chunker and a remembering one, tagging the same sentences. */
    private static final class SideBySide {
        final Chunker stock = new EnglishChunker();
        final Chunker remembering;
        final List<String> differing = new ArrayList<>();
        int sentences;
        int tagged;

        SideBySide() {
            Language language = LanguageToolChecker.ownLanguage(Variant.EN_US);
            assertThat(RememberingChunker.install(language)).isTrue();
            remembering = language.getChunker();
        }

        void tag(String text) throws IOException {
            for (AnalyzedSentence sentence : analyser.analyzeText(text)) {
                List<AnalyzedTokenReadings> expected = untagged(sentence);
                List<AnalyzedTokenReadings> actual = untagged(sentence);
                stock.addChunkTags(expected);
                remembering.addChunkTags(actual);
                sentences++;
                tagged += (int) expected.stream().filter(t -> !t.getChunkTags().isEmpty()).count();
                if (!tags(expected).equals(tags(actual))) {
                    differing.add(sentence.getText());
                }
            }
        }
    }

    private static List<AnalyzedTokenReadings> untagged(AnalyzedSentence sentence) {
        List<AnalyzedTokenReadings> copy = new ArrayList<>();
        for (AnalyzedTokenReadings t : sentence.getTokens()) {
            AnalyzedTokenReadings c = new AnalyzedTokenReadings(t, t.getReadings(), "");
            c.setChunkTags(new ArrayList<>());
            copy.add(c);
        }
        return copy;
    }

    private static List<String> tags(List<AnalyzedTokenReadings> tokens) {
        return tokens.stream()
            .map(t -> t.getToken() + "/" + t.getChunkTags().stream().map(ChunkTag::getChunkTag)
                .collect(Collectors.joining(",")))
            .collect(Collectors.toList());
    }

    private static List<String> matches(List<RuleMatch> matches) {
        return matches.stream()
            .map(m -> m.getFromPos() + "-" + m.getToPos() + " " + m.getRule().getId() + " "
                + m.getSuggestedReplacements())
            .collect(Collectors.toList());
    }
}
