// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checker as a whole: clean notes stay clean, every checked rule has a table, odd input never breaks it. */
class EtiquetteCheckerTest {

    @Test
    void theReferenceThankYouHasNoFindings() {
        assertThat(Fixtures.check(Fixtures.good()).findings()).isEmpty();
    }

    @Test
    void theReferenceFollowUpHasNoFindings() {
        assertThat(Fixtures.check(Fixtures.followUp()).findings()).isEmpty();
    }

    @Test
    void everyCheckedRuleHasATableRowAndNoGuidanceRuleDoes() {
        Set<Rule> tested = Stream.of(AddressingRulesTest.cases(), TimingRulesTest.cases(), LengthRulesTest.cases(),
                SubjectRulesTest.cases(), PanelRulesTest.cases(), ToneRulesTest.cases(), ChannelRulesTest.cases(),
                FollowUpRulesTest.cases(), InsertionRulesTest.cases(), DecisionRulesTest.cases())
            .flatMap(s -> s).map(RuleCase::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        Set<Rule> checked = EnumSet.noneOf(Rule.class);
        for (Rule r : Rule.values()) {
            if (r.checked()) {
                checked.add(r);
            }
        }
        assertThat(tested).isEqualTo(checked);
    }

    @Test
    void everyFindingExplainsItselfAndPointsInsideTheText() {
        NoteContext ctx = Fixtures.replacing("Dear María José,", "Hey guys!!").subject("Checking in :)")
            .attachments(List.of("resume.pdf")).proofreadIssues(1).build();
        EtiquetteReport r = Fixtures.CHECKER.check(ctx);
        assertThat(r.findings()).hasSizeGreaterThan(3).allSatisfy(f -> {
            assertThat(f.why()).isNotBlank();
            assertThat(f.suggestion()).isNotBlank();
            if (f.span() != null) {
                String source = f.span().part() == Span.Part.SUBJECT ? ctx.subject() : ctx.text();
                assertThat(f.span().end()).isLessThanOrEqualTo(source.length());
            }
        });
    }

    @Test
    void oddInputNeverBreaksTheChecker() {
        Random random = new Random(20261124);
        String alphabet = "aeiou AEIOU .,!?\n\n'’-:;()[]{}$_🙂é\r\t0123456789DearHiBest";
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(600);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Medium m : Medium.values()) {
                NoteKind k = NoteKind.values()[random.nextInt(NoteKind.values().length)];
                EtiquetteReport r = Fixtures.check(Fixtures.good().text(sb.toString()).medium(m).kind(k)
                    .subject(random.nextBoolean() ? null : sb.substring(0, Math.min(80, sb.length()))));
                assertThat(r.summary()).isNotBlank();
            }
        }
    }

    @Test
    void aHugeNoteIsRejectedUpFrontWithAClearMessage() {
        assertThatThrownBy(() -> Fixtures.good().text("a".repeat(NoteContext.MAX_CHARS + 1)).build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("characters long");
    }

    @Test
    void aLongNoteIsCheckedInReasonableTime() {
        String text = Fixtures.NOTE.repeat(40);
        long start = System.nanoTime();
        EtiquetteReport r = Fixtures.check(Fixtures.good().text(text)
            .otherDrafts(List.of(PanelRulesTest.COPY_TO_DANIEL, PanelRulesTest.OWN_NOTE_TO_DANIEL)));
        assertThat(r.has(Rule.L1, Severity.ERROR)).isTrue();
        assertThat(System.nanoTime() - start).as("generous bound, not a benchmark").isLessThan(20_000_000_000L);
    }
}
