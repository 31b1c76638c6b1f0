// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Use <suggestion>a</suggestion> instead of 'an'.|Use 'a' instead of 'an'.",
        "Did you mean <suggestion>could have</suggestion> or <suggestion>could've</suggestion>?"
            + "|Did you mean 'could have' or 'could've'?",
        "It&apos;s <b>bold</b> &amp; <i>plain</i>.|It's bold & plain.",
        "  spaced\\n  out  |spaced out",
        "a &lt; b\\t|a < b",
    })
    void messagesComeOutAsPlainSentences(String marked, String plain) {
        assertThat(PlainText.message(marked.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(plain);
    }

    @Test
    void messagesUseTypographicQuotesAroundAMisspeltWord() {
        assertThat(PlainText.spelling("recieved")).isEqualTo("Possible spelling mistake: \u201crecieved\u201d.");
    }
}
