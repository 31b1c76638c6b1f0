// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteTextTest {

    @Test
    void normalizeUnifiesLineEndingsAndCollapsesBlankLines() {
        String messy = "\r\n\r\nDear Ana,  \r\n\r\n\r\n\r\nThanks.\rSam\u2028PS\n\n\n";
        assertThat(NoteText.normalize(messy)).isEqualTo("Dear Ana,\n\nThanks.\nSam\nPS");
    }

    @Test
    void normalizeDropsControlCharactersButKeepsTabs() {
        assertThat(NoteText.normalize("a\u0000b\u001bc\td\u007f")).isEqualTo("abc\td");
    }

    @Test
    void paragraphsKeepLinesInsideAParagraph() {
        assertThat(NoteText.paragraphs("One\ntwo\n\nThree"))
            .containsExactly(List.of("One", "two"), List.of("Three"));
    }

    @Test
    void htmlFragmentHasOneParagraphPerParagraphAndBreaksForLines() {
        assertThat(NoteText.htmlFragment("Dear Ana,\n\nThank you.\n\nBest,\nSam"))
            .isEqualTo("<p>Dear Ana,</p>\n<p>Thank you.</p>\n<p>Best,<br>\nSam</p>\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "R&D team            | R&amp;D team",
        "<script>x</script>  | &lt;script&gt;x&lt;/script&gt;",
        "\"quoted\"          | &quot;quoted&quot;",
        "O'Brien             | O&#39;Brien",
        "plain               | plain"
    })
    void htmlEscapesTheCharactersThatChangeMeaning(String text, String escaped) {
        assertThat(NoteText.escapeHtml(text)).isEqualTo(escaped);
        assertThat(NoteText.htmlFragment(text)).isEqualTo("<p>" + escaped + "</p>\n");
    }

    @Test
    void htmlDocumentDeclaresUtf8AndEscapesTheTitle() {
        String html = NoteText.htmlDocument("Q&A", "Hi");
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("<title>Q&amp;A</title>").contains("<p>Hi</p>");
    }

    @Test
    void plainTextEndsWithOneLineBreak() {
        assertThat(NoteText.plain("Hi\n\n\n")).isEqualTo("Hi\n");
        assertThat(NoteText.plain("   ")).isEmpty();
    }

    @Test
    void clipboardContentForANoteHasPlainAndHtml() {
        ClipContent clip = ClipContent.note(Fixtures.email("Ana", "Thanks", "Hello\n\nBye"));
        assertThat(clip.plain()).isEqualTo("Hello\n\nBye\n");
        assertThat(clip.html()).isEqualTo("<p>Hello</p>\n<p>Bye</p>\n");
    }

    @Test
    void subjectCanBeCopiedOnItsOwn() {
        ClipContent clip = ClipContent.subject(Fixtures.email("Ana", "Thank you, Ana", "Body"));
        assertThat(clip.plain()).isEqualTo("Thank you, Ana");
        assertThat(clip.html()).isNull();
    }
}
