// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimilarityTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
            Arguments.of("a b c d", "a b c d", 1.0),
            Arguments.of("a b c d", "e f g h", 0.0),
            Arguments.of("a b c d", "a b x d", 0.75),
            Arguments.of("a b c", "c b a", 1.0 / 3),
            Arguments.of("Thank you, Ana!", "thank you ana", 1.0),
            Arguments.of("one two three four five six", "one two three", 2.0 * 3 / 9),
            Arguments.of("", "", 1.0),
            Arguments.of("words here", "", 0.0));
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" = {2}")
    @MethodSource("pairs")
    void similarityIsTwiceTheCommonWordSequenceOverAllWords(String a, String b, double expected) {
        assertThat(Similarity.words(a, b)).isCloseTo(expected, within(1e-9));
        assertThat(Similarity.words(b, a)).as("symmetric").isCloseTo(expected, within(1e-9));
    }

    @Test
    void maskedNamesCountAsTheSameWord() {
        List<String> panel = List.of("Ana Souza", "Ben Okoro");
        assertThat(Similarity.words("Dear Ana, thanks", "Dear Ben, thanks", panel)).isEqualTo(1.0);
        assertThat(Similarity.words("Dear Ana, thanks", "Dear Ben, thanks")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Similarity.words("Ana's idea", "Ben's idea", panel)).isEqualTo(1.0);
    }

    @Test
    void aCopyWithTheNameSwappedIsAboveTheThresholdAndADifferentNoteIsBelow() {
        double copy = Similarity.words(Fixtures.NOTE, PanelRulesTest.COPY_TO_DANIEL.body(),
            List.of("María José Ortega", "Daniel O'Brien"));
        double own = Similarity.words(Fixtures.NOTE, PanelRulesTest.OWN_NOTE_TO_DANIEL.body(),
            List.of("María José Ortega", "Daniel O'Brien"));
        assertThat(copy).as("two-word name against a one-word name").isGreaterThan(0.99);
        assertThat(own).isLessThan(EtiquetteSettings.DEFAULTS.panelSimilarity());
    }

    @Test
    void hugeInputsAreBoundedRatherThanSlow() {
        String big = "word ".repeat(50_000);
        assertThat(Similarity.words(big, big)).isEqualTo(1.0);
        assertThat(Similarity.tokens(big, java.util.Set.of())).hasSize(Similarity.MAX_WORDS);
    }
}
