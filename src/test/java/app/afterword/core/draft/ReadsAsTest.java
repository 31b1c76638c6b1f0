// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadsAsTest {
    private final ReadsAs readsAs = new ReadsAs(new PhraseAnalyser());

    @Test
    void aResumeBulletIsShownInTheFormTheNoteUses() {
        assertThat(readsAs.preview(ReadsAs.Slot.SKILL, "Led a team of 5 analysts."))
            .isEqualTo("Reads as: \"… my experience with leading a team of 5 analysts …\"");
        assertThat(readsAs.preview(ReadsAs.Slot.TOPIC, "what success looks like in the first 90 days?"))
            .isEqualTo("Reads as: \"… our conversation about what success looks like in the first 90 days …\"");
        assertThat(readsAs.preview(ReadsAs.Slot.IDEA, "Send them my portfolio link"))
            .isEqualTo("Reads as: \"… I put together my portfolio link …\"");
    }

    @Test
    void anItemWithNoFittingFormSaysItIsLeftOutAndHowToWordIt() {
        assertThat(readsAs.preview(ReadsAs.Slot.TOPIC, "Is remote work possible?"))
            .startsWith("Reads as a whole sentence, so notes recall the conversation without quoting it");
        assertThat(readsAs.preview(ReadsAs.Slot.SKILL, "I'm comfortable with SQL and dbt"))
            .contains("notes leave it out").contains("\"led the move to Kafka\" or \"Kafka migrations\"");
        assertThat(readsAs.preview(ReadsAs.Slot.SKILL, "word ".repeat(40))).startsWith("Too long to fit");
        assertThat(readsAs.preview(ReadsAs.Slot.SKILL, "  ")).isNull();
    }

    @Test
    void leftOutListsEachItemOnceWithItsField() {
        Interview i = Fixtures.interview().topics(List.of("Is remote work possible?", "Kafka migrations"))
            .skills(List.of("I'm comfortable with SQL and dbt", "SQL"))
            .interviewers(List.of(new Interviewer("Jo Park", null, null, null, List.of("Is remote work possible?"),
                null))).build();
        assertThat(readsAs.leftOut(i)).containsExactly(
            "Topic “Is remote work possible?” reads as a question, so notes leave it out; to have it named, write "
                + "it as, e.g. \"the move to Kafka\" or \"how the team runs on-call\".",
            "Skill “I'm comfortable with SQL and dbt” reads as a whole sentence, so notes leave it out; to have it "
                + "named, write it as, e.g. \"led the move to Kafka\" or \"Kafka migrations\".");
        assertThat(readsAs.leftOut(Fixtures.interview().build())).isEmpty();
    }
}
