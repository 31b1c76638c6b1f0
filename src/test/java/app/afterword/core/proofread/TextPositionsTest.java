// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextPositionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc\\ndef|5|2|2",
        "abc\\r\\ndef|6|2|2",
        "abc\\rdef|4|2|1",
        "abc|0|1|1",
        "😀 x|3|1|3",
        "a\\n\\nb|3|3|1",
    })
    void linesAndColumnsCountFromOneInCodePoints(String text, int offset, int line, int column) {
        String t = text.replace("\\n", "\n").replace("\\r", "\r");
        TextPositions p = new TextPositions(t);
        assertThat(p.line(offset)).isEqualTo(line);
        assertThat(p.column(offset)).isEqualTo(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void everyLineOfALongNoteIsFound(String lineBreak) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            sb.append("Line ").append(i).append(i % 7 == 0 ? "" : " of the note").append(lineBreak);
        }
        String text = sb.toString();
        TextPositions p = new TextPositions(text);
        for (int i = 1; i <= 60; i++) {
            int at = text.indexOf("Line " + i + (i % 7 == 0 ? lineBreak : " "));
            assertThat(p.line(at)).as("line %d", i).isEqualTo(i);
            assertThat(p.column(at + 5)).isEqualTo(6);
        }
        assertThat(p.line(text.length())).isEqualTo(61);
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 2", "-5, 0, 0", "99, 4, 4"})
    void offsetsAreClampedIntoTheTextAndOffSurrogateHalves(int offset, int start, int end) {
        TextPositions p = new TextPositions("😀ab");
        assertThat(p.clampStart(offset)).isEqualTo(start);
        assertThat(p.clampEnd(offset)).isEqualTo(end);
    }
}
