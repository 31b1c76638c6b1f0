// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a note file is split into notes and their header lines. */
class NoteFilesTest {

    @Test
    void aDraftedFileSplitsAtTheLineOfDashesAndLosesItsHeaderLines() {
        String text = "To: Ana Souza <ana@example.com>\nSubject: Thanks\n\nDear Ana,\n\nThanks.\n\n-- \nSam\n\n"
            + "-".repeat(72) + "\n\nTo: Ben Ode\n\nDear Ben,\n\nThanks.\n";

        List<NoteFiles.Part> parts = NoteFiles.parts(text);

        assertThat(parts).hasSize(2);
        NoteFiles.Part ana = parts.get(0);
        assertThat(ana.body(text)).startsWith("Dear Ana,").endsWith("-- \nSam\n\n");
        assertThat(ana.toName()).isEqualTo("Ana Souza");
        assertThat(ana.toAddress()).isEqualTo("ana@example.com");
        assertThat(text.substring(ana.subjectStart())).startsWith("Thanks\n");
        NoteFiles.Part ben = parts.get(1);
        assertThat(ben.label()).isEqualTo("note 2 of 2, to Ben Ode");
        assertThat(ben.toLine()).isEqualTo(13);
        assertThat(ben.subject()).isNull();
        assertThat(ben.body(text)).isEqualTo("Dear Ben,\n\nThanks.\n");
    }

    @Test
    void headerLinesEndAtTheFirstOtherLineOrARepeatedOne() {
        String text = "\uFEFFsubject : Hello  \r\nTo: Ana\r\nTo: Ben\r\nDear Ana,\r\n";

        NoteFiles.Part p = NoteFiles.parts(text).get(0);

        assertThat(p.subject()).isEqualTo("Hello");
        assertThat(p.to()).isEqualTo("Ana");
        assertThat(p.body(text)).isEqualTo("To: Ben\r\nDear Ana,\r\n");
    }

    @Test
    void aCcLineAsDraftPrintsItIsAHeaderNotPartOfTheNote() {
        String text = "To: Priya Raman <priya@example.com>\n"
            + "Cc: Daniel O'Brien <daniel@example.com>, coach@example.org\nSubject: Next steps\n\nDear Priya,\n";

        NoteFiles.Part p = NoteFiles.parts(text).get(0);

        assertThat(p.toName()).isEqualTo("Priya Raman");
        assertThat(p.subject()).isEqualTo("Next steps");
        assertThat(p.body(text)).isEqualTo("Dear Priya,\n");
    }

    @Test
    void aNoteWithoutHeaderLinesStartsAtItsFirstLineOfText() {
        String text = "\n \n\"Ana\" <ana@example.com>\nDear Ana,\n";

        NoteFiles.Part p = NoteFiles.parts(text).get(0);

        assertThat(p.to()).isNull();
        assertThat(p.bodyStart()).isEqualTo(3);
        assertThat(NoteFiles.parts("\n\n" + "-".repeat(72) + "\n  \n")).isEmpty();
    }

    @Test
    void namesAndAddressesComeOutOfTheToLine() {
        String text = "To: \"Ana Souza\" <Ana@Example.com>\n\nHi\n" + "-".repeat(20) + "\nTo: ben@example.com\n\nHi\n";

        List<NoteFiles.Part> parts = NoteFiles.parts(text);

        assertThat(parts.get(0).toName()).isEqualTo("Ana Souza");
        assertThat(parts.get(0).toAddress()).isEqualTo("ana@example.com");
        assertThat(parts.get(1).toName()).isNull();
        assertThat(parts.get(1).toAddress()).isEqualTo("ben@example.com");
        assertThat(parts.get(1).label()).isEqualTo("note 2 of 2, to ben@example.com");
    }
}
