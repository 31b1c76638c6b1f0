// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFilesTest {

    @Test
    void plainTextHasToSubjectAndTheNote() {
        String text = TextFiles.plain(Fixtures.sample(), Fixtures.email("María José Ortega", "Thank you",
            "Dear María José,\r\n\r\nThanks.\r\nSam"));
        assertThat(text).isEqualTo("To: María José Ortega, Director of Design <mj.ortega@brightline.example>\n"
            + "Subject: Thank you\n\nDear María José,\n\nThanks.\nSam\n");
    }

    @Test
    void plainTextOfANoteThatCopiesOthersHasACcLine() {
        String text = TextFiles.plain(Fixtures.sample(), Fixtures.email("María José Ortega", "Next steps", "Hi")
            .withCc(List.of("Priya Raman-Iyer", "coach@example.org")));
        assertThat(text).startsWith("To: María José Ortega, Director of Design <mj.ortega@brightline.example>\n"
            + "Cc: Priya Raman-Iyer <priya.raman-iyer@brightline.example>, coach@example.org\nSubject: Next steps\n");
    }

    @Test
    void plainTextWithoutSubjectOmitsTheLine() {
        String text = TextFiles.plain(Fixtures.sample(), Fixtures.card("Daniel O'Brien", "Thanks."));
        assertThat(text).isEqualTo("To: Daniel O'Brien, Engineering Manager, Mobile "
            + "<daniel.obrien@brightline.example>\n\nThanks.\n");
    }

    @Test
    void markdownKeepsParagraphsAndLineBreaks() {
        String md = TextFiles.markdown(Fixtures.sample(), Fixtures.email("María José Ortega", "Thank you",
            "Dear María José,\n\nThanks.\n\nBest,\nSam"));
        assertThat(md).isEqualTo("**To:** María José Ortega, Director of Design \\<mj.ortega@brightline.example\\>\\\n"
            + "**Subject:** Thank you\n\nDear María José,\n\nThanks.\n\nBest,\\\nSam\n");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "# not a heading               | \\# not a heading",
        "- not a list                  | \\- not a list",
        "+ not a list                  | \\+ not a list",
        "> not a quote                 | \\> not a quote",
        "1. not a list                 | 1\\. not a list",
        "2026) not a list              | 2026\\) not a list",
        "2026 was good                 | 2026 was good",
        "*bold* and _em_ and `code`    | \\*bold\\* and \\_em\\_ and \\`code\\`",
        "[link](x) <b>                 | \\[link\\](x) \\<b\\>",
        "C:\\path                      | C:\\\\path",
        "plain words, 3.5 years        | plain words, 3.5 years"
    })
    void markdownEscapesWhatWouldChangeMeaning(String line, String escaped) {
        assertThat(TextFiles.escapeMarkdown(line)).isEqualTo(escaped);
    }
}
