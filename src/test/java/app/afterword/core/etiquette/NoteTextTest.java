// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteTextTest {

    static NoteText of(String text) {
        return new NoteText(text, Fixtures.PHRASES.list("salutations"), Fixtures.PHRASES.list("closings"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dear Ana,\\n\\nThank you for today.|Dear Ana,",
        "Hi Ana, thanks for today.|Hi Ana,",
        "Ana,\\n\\nThank you for today.|Ana,",
        "Dear Ms. Souza:\\nThank you.|Dear Ms. Souza:",
        "Good morning Ana!\\nThanks.|Good morning Ana!",
        "Thank you for today, Ana.|",
        "To whom it may concern,\\n\\nThanks.|To whom it may concern,"})
    void theGreetingIsTheOpeningSalutation(String text, String greeting) {
        NoteText t = of(text.replace("\\n", "\n"));
        String found = t.greeting() == null ? null : t.greeting().of(t.text());
        assertThat(found).isEqualTo(greeting);
    }

    @Test
    void theSignOffStartsAtTheClosingLine() {
        NoteText t = of("Dear Ana,\n\nThank you. It was good.\n\nBest regards,\nSam Okafor\n+1 555 0100\n");
        assertThat(t.signOff().of(t.text())).isEqualTo("Best regards,\nSam Okafor\n+1 555 0100");
        assertThat(t.contentParagraphs()).hasSize(1);
        assertThat(t.sentences()).extracting(r -> r.of(t.text())).containsExactly("Thank you.", "It was good.");
    }

    @Test
    void aBareSignatureParagraphCountsAsTheSignOff() {
        NoteText t = of("Dear Ana,\n\nThank you for the talk about buses.\n\nSam Okafor\nsam@example.com");
        assertThat(t.signOff().of(t.text())).isEqualTo("Sam Okafor\nsam@example.com");
    }

    @Test
    void aClosingSentenceIsNotMistakenForTheSignOff() {
        NoteText t = of("Dear Ana,\n\nThank you again for your time.\n\nSam");
        assertThat(t.sentences()).extracting(r -> r.of(t.text())).containsExactly("Thank you again for your time.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        NoteText t = of("Dear Ana,\n\nDr. Lee and J. Smith met me at 10 a.m. on Monday. It went well!\n\nBest,\nSam");
        assertThat(t.sentences()).extracting(r -> r.of(t.text()))
            .containsExactly("Dr. Lee and J. Smith met me at 10 a.m. on Monday.", "It went well!");
    }

    @Test
    void windowsLineEndingsSplitParagraphsToo() {
        NoteText t = of("Dear Ana,\r\n\r\nFirst part.\r\n\r\nSecond part.\r\n\r\nBest,\r\nSam\r\n");
        assertThat(t.greeting().of(t.text())).isEqualTo("Dear Ana,");
        assertThat(t.contentParagraphs()).extracting(r -> r.of(t.text()))
            .containsExactly("First part.", "Second part.");
    }

    @Test
    void emptyAndBlankNotesHaveNoParts() {
        for (String s : List.of("", "   \n\n  ", "!!!")) {
            NoteText t = of(s);
            assertThat(t.greeting()).isNull();
            assertThat(t.sentences()).isEmpty();
            assertThat(t.wordCount()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "hyphenated words|a well-known e-mail follow-up|4",
        "numbers and signs|grew 5% to $200 in Q3, by 10:00 a.m.|9",
        "an e-mail address|write to daniel.obrien@brightline.example today|4",
        "a web address|see https://brightline.example/careers/design?x=1 now|3",
        "spaced dashes|design — and a dash - alone – too|6",
        "unspaced em dash|design—and tokens|3",
        "a year range|from 2019–2021|2",
        "apostrophes|I'm sure it's O’Brien's call|5",
        "accents, composed and combining|María José re\u0301sume\u0301 Zoë|4",
        "non-Latin words|Спасибо Дмитрий, ευχαριστώ, 東京 شكرا|5",
        "emoji and bullets alone|• thanks 🙂 ! … ok|2",
        "no-break spaces|Dear\u00a0María\u202fJosé|3",
        "empty||0"})
    void wordsAreCountedAsAReaderCountsThem(String name, String text, int words) {
        String s = text == null ? "" : text;
        assertThat(NoteText.countWords(s, 0, s.length())).isEqualTo(words);
    }

    @Test
    void theWordCountLeavesOutTheSignOffAndSignature() {
        NoteText t = of("Dear Ana,\n\nThank you for the tour of the depot.\n\nBest regards,\nSam Okafor\n"
            + "sam.okafor@example.com\n");
        assertThat(t.wordCount()).isEqualTo(10);
    }
}
