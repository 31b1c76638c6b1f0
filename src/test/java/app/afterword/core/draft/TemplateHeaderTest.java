// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateHeaderTest {

    @Test
    void readsTheMetadataLinesAtTheTop() {
        TemplateHeader h = TemplateHeader.parse("## kind: follow-up\n## Medium: linkedin-message\n## tone: BRIEF\n"
            + "## title:  My   note \n## description: For recruiters.\n## requires: note.idea, interview.skills\n"
            + "##\n## A free comment line.\nDear $interviewer.name,\n## kind: card\n");
        assertThat(h.kind()).isEqualTo(NoteKind.FOLLOW_UP);
        assertThat(h.medium()).isEqualTo(Medium.LINKEDIN_MESSAGE);
        assertThat(h.tone()).isEqualTo(Tone.BRIEF);
        assertThat(h.title()).isEqualTo("My note");
        assertThat(h.description()).isEqualTo("For recruiters.");
        assertThat(h.requires()).containsExactly("note.idea", "interview.skills");
        assertThat(h.problems()).isEmpty();
    }

    @Test
    void explainsValuesItDoesNotKnow() {
        TemplateHeader h = TemplateHeader.parse("## kind: poem\n## requires: ideas\nBody");
        assertThat(h.kind()).isNull();
        assertThat(h.problems()).containsExactly(
            "`## kind: poem` is not one of thank-you, follow-up, value-add, clarification, close-loop, network, "
                + "second-round, recruiter-thanks, referral-thanks, rejection-reply, competing-offer, time-to-decide, "
                + "accept-offer, decline-offer, withdraw.",
            "`## requires`: `ideas` is not a field such as `interview.ideas`.");
    }

    @Test
    void formatsAndStripsAHeader() {
        TemplateHeader h = new TemplateHeader(NoteKind.NETWORK, Medium.EMAIL, Tone.WARM, "Hi\tthere", null,
            List.of("note.idea"), List.of(), List.of());
        String text = h.format() + "\nDear $interviewer.name,\n";
        assertThat(text).startsWith("## kind: network\n## medium: email\n## tone: warm\n## title: Hi there\n"
            + "## requires: note.idea\n");
        assertThat(TemplateHeader.body(text)).isEqualTo("Dear $interviewer.name,\n");
        assertThat(TemplateHeader.parse(text).title()).isEqualTo("Hi there");
    }

    @Test
    void capsLongTitles() {
        assertThat(TemplateHeader.parse("## title: " + "x".repeat(500)).title()).hasSize(TemplateHeader.MAX_TITLE);
    }
}
