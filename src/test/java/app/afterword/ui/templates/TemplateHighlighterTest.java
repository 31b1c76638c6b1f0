// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.sandbox.TemplateError;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TemplateHighlighterTest {

    private static final String TEXT = "## kind: thank-you\n"
        + "## a comment with $name inside\n"
        + "Dear $interviewer.name and ${interview.role},\n"
        + "#if($interviewer.topic)topic#{end}\n"
        + "#foreach($line in $candidate.contact)$line#end\n"
        + "#where() plain # and $ alone\n";

    private static String styleOf(String token) {
        String[] styles = TemplateHighlighter.styles(TEXT, List.of());
        int at = TEXT.indexOf(token);
        String first = styles[at];
        for (int i = at; i < at + token.length(); i++) {
            assertThat(styles[i]).as("%s at %d", token, i).isEqualTo(first);
        }
        return first == null ? "plain" : first;
    }

    @ParameterizedTest
    @CsvSource({
        "## kind: thank-you, tpl-header",
        "## a comment with $name inside, tpl-comment",
        "$interviewer.name, tpl-reference",
        "'${interview.role}', tpl-reference",
        "#if, tpl-directive",
        "$interviewer.topic, tpl-reference",
        "#{end}, tpl-directive",
        "#foreach, tpl-directive",
        "$candidate.contact, tpl-reference",
        "#where, tpl-directive",
        "Dear, plain",
        "plain # and, plain",
    })
    void colourseachKindOfToken(String token, String style) {
        assertThat(styleOf(token)).isEqualTo(style);
    }

    @Test
    void underlinesAProblemFromItsLineAndColumnOnTopOfTheColour() {
        TemplateError e = new TemplateError("t", 3, 6, 17, "not a field");
        String[] styles = TemplateHighlighter.styles(TEXT, List.of(e));
        int at = TEXT.indexOf("$interviewer.name");
        assertThat(styles[at]).isEqualTo("tpl-reference tpl-error");
        assertThat(styles[at + 16]).isEqualTo("tpl-reference tpl-error");
        assertThat(styles[at + 17]).isNull();
        assertThat(styles[at - 1]).isNull();
    }

    @Test
    void problemsWithoutAPlaceOrBeyondTheTextAreIgnored() {
        String[] styles = TemplateHighlighter.styles(TEXT, List.of(new TemplateError("t", 0, 0, 0, "too slow"),
            new TemplateError("t", 99, 1, 3, "past the end")));
        assertThat(styles).doesNotContain("tpl-error");
        assertThat(TemplateHighlighter.offset("ab\ncd", 2, 9)).as("clamped to the line").isEqualTo(4);
        assertThat(TemplateHighlighter.offset("ab\ncd", 3, 1)).isEqualTo(-1);
    }

    @Test
    void spansCoverTheWholeText() {
        StyleSpans<?> spans = TemplateHighlighter.spans(TEXT, List.of());
        assertThat(spans.length()).isEqualTo(TEXT.length());
        assertThat(TemplateHighlighter.spans("", List.of()).length()).isZero();
    }
}
