// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteTextTest {

    @Test
    void takesTheSubjectOffTheTopAndTidiesTheBody() {
        NoteText.Parts p = NoteText.split("\n\nSubject:  Thank you — Designer interview \n\n\nDear Ana,\r\n\r\n"
            + "Thank you  for the talk .\n\n\n\nBest,\nSam  \n\n");
        assertThat(p.subject()).isEqualTo("Thank you — Designer interview");
        assertThat(p.body()).isEqualTo("Dear Ana,\n\nThank you for the talk.\n\nBest,\nSam");
    }

    @Test
    void textWithoutSubjectLineHasNone() {
        NoteText.Parts p = NoteText.split("Dear Ana,\n\nThanks, and see you. Subject: later");
        assertThat(p.subject()).isNull();
        assertThat(p.body()).startsWith("Dear Ana,");
    }

    @Test
    void emptySubjectIsNoSubject() {
        assertThat(NoteText.split("Subject:\nDear Ana,").subject()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hello $interviewer.name | $interviewer",
        "Hello ${ | ${",
        "#if($x)a#end | #if",
        "Text #end more | #end",
        "Cost fell by $40k | ",
        "Ticket #42 closed | ",
        "I saved $note taking time | $note"})
    void findsLeftoverMarkup(String text, String expected) {
        assertThat(NoteText.leftoverMarkup(text)).isEqualTo(expected);
    }
}
