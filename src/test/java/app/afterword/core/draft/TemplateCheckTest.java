// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateCheckTest {
    private final TemplateCheck check = new TemplateCheck(Fixtures.SANDBOX, Fixtures.SAMPLES);

    @Test
    void everyBundledTemplatePassesTheCheckAsAUserTemplate() {
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            TemplateCheck.Result r = check.check(t.id() + ".vtl", Fixtures.BUNDLED.text(t.id()).orElseThrow(), null);
            assertThat(r.errors()).as(t.id()).isEmpty();
            assertThat(r.ok()).isTrue();
        }
    }

    @Test
    void optionalFieldUsedWithoutIfFailsOnTheMinimalSample() {
        String text = "## kind: thank-you\n## medium: card\nDear $interviewer.name,\n\nThank you for our talk "
            + "about $interviewer.topic.\n";
        TemplateCheck.Result r = check.check("topic.vtl", text, null);
        assertThat(r.errors()).singleElement().hasToString("line 5, column 30: `$interviewer.topic` has no value for "
            + "this interview; write it inside `#if($interviewer.topic) … #end`, or use `$!interviewer.topic` to "
            + "leave it out.");
    }

    @Test
    void leftoverMarkupIsAnError() {
        String text = "## kind: thank-you\n## medium: card\nDear $interviewer.name,\n\nCost: \\$interviewer.\n";
        assertThat(check.check("x.vtl", text, null).errors()).singleElement().extracting(e -> e.message())
            .asString().contains("still contains template markup (`$interviewer`)");
    }

    @Test
    void samplesWithoutTheRequiredFieldAreSkippedNotFailed() {
        String text = "## kind: value-add\n## medium: email\n## requires: note.idea\nSubject: An idea\n\n"
            + "Dear $interviewer.name,\n\nI put together $note.idea.\n";
        TemplateCheck.Result r = check.check("idea.vtl", text, null);
        assertThat(r.errors()).isEmpty();
        assertThat(r.samplesSkipped()).isEqualTo(1);
        assertThat(r.notesDrafted()).isEqualTo(8);
    }

    private static final String KINDS = "thank-you, follow-up, value-add, clarification, close-loop, network, "
        + "second-round, recruiter-thanks, referral-thanks, rejection-reply, competing-offer, time-to-decide, "
        + "accept-offer, decline-offer, withdraw";

    @Test
    void headerProblemsAreReported() {
        TemplateCheck.Result r = check.check("h.vtl", "## kind: sonnet\nDear $interviewer.name,\n", null);
        assertThat(r.errors()).extracting(Object::toString).containsExactly(
            "`## kind: sonnet` is not one of " + KINDS + ".",
            "Say what kind of note this template drafts: add a first line such as `## kind: thank-you` (one of "
                + KINDS + ").",
            "Say where the note goes: add a line such as `## medium: email` (one of email, card, linkedin-note, "
                + "linkedin-message).");
    }
}
