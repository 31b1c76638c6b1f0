// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInNoteTest {

    @ParameterizedTest(name = "[{index}] {0} counts {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Hi Ana                     | 6",
        "`Hi  Ana, thanks!`         | 16",
        "café                       | 4",
        "😀                         | 2",
        "👍🏽                         | 4",
        "👨‍👩‍👧                         | 8",
        "❤️                          | 2",
        "中文                        | 2"
    })
    void countsEveryCharacterTheWayAWebTextBoxDoes(String text, int expected) {
        assertThat(LinkedInNote.count(text)).isEqualTo(expected);
    }

    @Test
    void lineBreaksCountOneWhateverTheirOrigin() {
        assertThat(LinkedInNote.of("Hi\r\nAna", 200).length()).isEqualTo(6);
        assertThat(LinkedInNote.of("Hi\nAna", 200).length()).isEqualTo(6);
    }

    @Test
    void noteWithinTheLimitFitsAndShowsTheCount() {
        LinkedInNote note = LinkedInNote.of("x".repeat(200), 200);
        assertThat(note.fits()).isTrue();
        assertThat(note.overBy()).isZero();
        assertThat(note.describe()).isEqualTo("200 of 200 characters.");
    }

    @Test
    void noteOverTheLimitSaysByHowMuch() {
        LinkedInNote note = LinkedInNote.of("x".repeat(198) + "😀😀", 200);
        assertThat(note.fits()).isFalse();
        assertThat(note.overBy()).isEqualTo(2);
        assertThat(note.describe()).isEqualTo("202 characters; the limit is 200, so it is 2 characters too long.");
    }

    @Test
    void premiumLimitAcceptsWhatTheFreeLimitRejects() {
        String text = "y".repeat(250);
        assertThat(LinkedInNote.of(text, LinkedInNote.DEFAULT_LIMIT).fits()).isFalse();
        assertThat(LinkedInNote.of(text, LinkedInNote.PREMIUM_LIMIT).fits()).isTrue();
    }
}
