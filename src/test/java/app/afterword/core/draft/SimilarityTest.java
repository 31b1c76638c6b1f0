// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "Thank you for the talk. | Thank you for the talk. | 1.0",
        "Thank you for the talk. | THANK YOU, for the talk! | 1.0",
        "alpha beta gamma | delta epsilon zeta | 0.0",
        "a b c d | a b x y | 0.5",
        "a b c d | d c b a | 0.25",
        "'' | '' | 1.0",
        "'' | something | 0.0",
        "a b c d | a b x d | 0.75",
        "a b c | c b a | 0.3333333333333333",
        "'Thank you, Ana!' | thank you ana | 1.0",
        "one two three four five six | one two three | 0.6666666666666666"})
    void scoresWordsSharedInOrder(String a, String b, double expected) {
        assertThat(Similarity.of(a, b)).isCloseTo(expected, within(1e-9));
        assertThat(Similarity.of(b, a)).as("symmetric").isCloseTo(expected, within(1e-9));
    }

    @Test
    void maskedNamesCountAsTheSameWord() {
        List<String> panel = List.of("Ana Souza", "Ben Okoro");
        assertThat(Similarity.of("Dear Ana, thanks", "Dear Ben, thanks", panel)).isEqualTo(1.0);
        assertThat(Similarity.of("Dear Ana, thanks", "Dear Ben, thanks")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Similarity.of("Ana's idea", "Ben's idea", panel)).isEqualTo(1.0);
        assertThat(Similarity.of("Dear Ana, thanks", "Dear Ben, thanks", List.of("Ana Souza")))
            .as("only the given names are masked").isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void accentsAndCurlyApostrophesDoNotMakeWordsDifferent() {
        assertThat(Similarity.of("María O’Brien", "maria o'brien")).isEqualTo(1.0);
        assertThat(Similarity.of("Dear Maria,", "Dear Daniel,", List.of("María José Ortega", "Daniel O'Brien")))
            .as("a name typed without its accent is still masked").isEqualTo(1.0);
    }

    @Test
    void isSymmetric() {
        String a = "Dear Ana, thank you for our conversation about the onboarding flow.";
        String b = "Dear Jo, I appreciated hearing about the onboarding flow and the team.";
        assertThat(Similarity.of(a, b)).isEqualTo(Similarity.of(b, a));
    }

    @Test
    void copiedNoteWithNameSwappedReadsAsACopy() {
        String note = "Dear Ana Lima,\n\nThank you for taking the time to talk with me about the Product Designer "
            + "role at Acme. I especially enjoyed our conversation about the onboarding flow.\n\nBest regards,\nSam";
        assertThat(Similarity.of(note, note.replace("Ana Lima", "Jo Park")))
            .isGreaterThan(Similarity.PANEL_THRESHOLD);
    }

    @Test
    void keepsApostrophesInsideWords() {
        assertThat(Similarity.words("Daniel O’Brien said I'd be fine.")).containsExactly("daniel", "o'brien",
            "said", "i'd", "be", "fine");
    }

    @Test
    void findsTheMostSimilarPair() {
        assertThat(Similarity.mostSimilar(List.of("a b c", "x y z", "a b d"))).hasValueSatisfying(p -> {
            assertThat(p.first()).isZero();
            assertThat(p.second()).isEqualTo(2);
            assertThat(p.similarity()).isCloseTo(2.0 / 3, within(1e-9));
        });
        assertThat(Similarity.mostSimilar(List.of("only one"))).isEmpty();
    }

    @Test
    void boundsTheWorkOnHugeTexts() {
        String huge = "word ".repeat(50_000);
        assertThat(Similarity.words(huge)).hasSize(Similarity.MAX_WORDS);
        assertThat(Similarity.of(huge, huge)).isEqualTo(1.0);
    }
}
