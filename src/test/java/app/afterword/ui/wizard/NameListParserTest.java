// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameListParserTest {

    private static String summary(String text) {
        List<NameListParser.Parsed> people = NameListParser.parse(text.replace("\\n", "\n"));
        return people.stream().map(p -> p.name() + (p.title().isEmpty() ? "" : " [" + p.title() + "]")
            + (p.email().isEmpty() ? "" : " <" + p.email() + ">")).collect(Collectors.joining(" / "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `Ana Souza, Ben Li and Chloe Park`   | Ana Souza / Ben Li / Chloe Park
        `Ana Souza; Ben Li`                  | Ana Souza / Ben Li
        `Ana Souza\\nBen Li`                 | Ana Souza / Ben Li
        `- Ana Souza\\n* Ben Li\\n1. Chloe`  | Ana Souza / Ben Li / Chloe
        `ana.souza@acme.com`                 | Ana Souza <ana.souza@acme.com>
        `Ana Souza\\nana souza\\n\\n  \\n`   | Ana Souza
        """)
    void findsNamesInAListOrOnOneLine(String text, String expected) {
        assertThat(summary(text)).isEqualTo(expected);
    }

    @Test
    void readsTheAttendeeLineOfACalendarInvite() {
        assertThat(summary("Ana Souza <ana@acme.com>; Ben Li <ben@acme.com>"))
            .isEqualTo("Ana Souza <ana@acme.com> / Ben Li <ben@acme.com>");
        assertThat(summary("\"Ortega, María José\" <mj@x.org>, Daniel O'Brien <d@x.org>"))
            .isEqualTo("María José Ortega <mj@x.org> / Daniel O'Brien <d@x.org>");
    }

    @Test
    void aTitleMayFollowTheNameWhenThereIsOnePersonPerLine() {
        assertThat(summary("Ana Souza, Head of Data\\nBen Li - Engineering Manager\\nChloe Park (Recruiter)"))
            .isEqualTo("Ana Souza [Head of Data] / Ben Li [Engineering Manager] / Chloe Park [Recruiter]");
    }

    @Test
    void blankTextHasNobody() {
        assertThat(NameListParser.parse("   \n ")).isEmpty();
        assertThat(NameListParser.parse(null)).isEmpty();
    }
}
