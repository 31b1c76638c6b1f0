// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.INTERVIEW;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.Fixtures.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each defect found when the coach was run on notes that career advisers publish, shown with a sentence of our own:
 * the checks must now agree with the advice.
 */
class PublishedAdviceDefectsTest {

    static final Interviewer SARAH = new Interviewer("Sarah Whitlock", "Ward Manager", "sarah@stbrigids.example",
        null, List.of("the new cardiac step-down unit"), null);

    static final Interview WARD = INTERVIEW.toBuilder().company("St Brigid's Hospital").role("Staff Nurse")
        .interviewers(List.of(SARAH)).topics(List.of()).skills(List.of()).build();

    static final String CARD = """
        Sarah, thank you for showing me the new cardiac step-down unit this afternoon. Hearing how your team plans \
        each discharge with the families made me even keener on the nursing position. I hope we will work \
        together soon.

        Warm regards,
        Sam Okafor
        """;

    static NoteContext.Builder card(Interviewer to, String text) {
        return NoteContext.builder(WARD.toBuilder().interviewers(List.of(to)).build(), text).medium(Medium.CARD)
            .recipient(to).sendAt(Fixtures.SEND);
    }

    // 1. A1 misses ordinary greetings

    @Test
    void a1RecognisesACardThatOpensWithTheRecipientsName() {
        EtiquetteReport r = Fixtures.check(card(SARAH.withAddressAs("Sarah"), CARD));
        assertThat(r.has(Rule.A1)).as(RuleCase.describe(r)).isFalse();
        assertThat(r.hasErrors()).as(RuleCase.describe(r)).isFalse();
    }

    @Test
    void a4FindsTheFirstSentenceAfterAGreetingMadeOfTheName() {
        EtiquetteReport r = Fixtures.check(card(SARAH.withAddressAs("Sarah"), CARD));
        assertThat(r.has(Rule.A4)).as(RuleCase.describe(r)).isFalse();
        NoteText t = new NoteText(CARD, Fixtures.PHRASES.list("salutations"), Fixtures.PHRASES.list("closings"),
            "Sarah"::equals);
        assertThat(t.greeting().of(CARD)).isEqualTo("Sarah,");
        assertThat(t.firstSentence().of(CARD)).startsWith("thank you for showing me");
    }

    @Test
    void h2RunsOnACardThatOpensWithTheName() {
        assertThat(Fixtures.check(card(SARAH, CARD)).has(Rule.H2, Severity.WARNING)).isTrue();
        assertThat(Fixtures.check(card(SARAH.withAddressAs("Sarah"), CARD)).has(Rule.H2)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Respected Mr. Rao,", "Respected Mr Rao", "Mr. Rao — thank you.",
        "Namaste Mr. Rao,", "Good morning Mr. Rao,"})
    void a1RecognisesGreetingsOfIndianAndBritishEnglish(String greeting) {
        Interviewer rao = new Interviewer("Venkatesh Rao", null, "rao@example.com", null,
            List.of("the trip planner redesign for riders with low vision"), null);
        Interview interview = INTERVIEW.toBuilder().interviewers(List.of(rao)).build();
        EtiquetteReport r = Fixtures.check(NoteContext.builder(interview, Fixtures.NOTE.replace("Dear María José,",
            greeting)).subject(Fixtures.SUBJECT).recipient(rao).sendAt(Fixtures.SEND));
        assertThat(r.has(Rule.A1)).as(greeting + RuleCase.describe(r)).isFalse();
    }

    @Test
    void a1AcceptsALinkedInConnectionNoteWithoutASalutation() {
        EtiquetteReport r = Fixtures.check(good().kind(NoteKind.NETWORK).medium(Medium.LINKEDIN_NOTE).subject(null)
            .text("Thank you for this morning's talk about the trip planner redesign. I'd be glad to stay in touch. "
                + "Sam Okafor"));
        assertThat(r.has(Rule.A1)).as(RuleCase.describe(r)).isFalse();
        EtiquetteReport wrongName = Fixtures.check(good().kind(NoteKind.NETWORK).medium(Medium.LINKEDIN_NOTE)
            .subject(null).text("Hi Daniel, thank you for this morning's talk. Sam Okafor"));
        assertThat(wrongName.has(Rule.A1, Severity.ERROR)).isTrue();
    }

    @Test
    void a1AcceptsTheNameInTheFirstSentence() {
        EtiquetteReport r = Fixtures.check(card(SARAH, "Thank you, Ms. Whitlock, for showing me the new cardiac "
            + "step-down unit. I would be glad to join your nursing team.\n\nWarm regards,\nSam Okafor\n"));
        assertThat(r.has(Rule.A1)).as(RuleCase.describe(r)).isFalse();
    }

    // 2. A5 and S1 need the job title word for word

    static Stream<Arguments> looseRoles() {
        return Stream.of(
            Arguments.of("Staff Nurse", "I would love to join you in the nursing position."),
            Arguments.of("Product Manager", "I would love to join your team as PM."),
            Arguments.of("Software Development Intern", "I would love to spend the internship with your team."),
            Arguments.of("Project Manager", "I would bring that to your project management work."),
            Arguments.of("Database Administrator", "I would bring that to your database administration team."),
            Arguments.of("Senior Product Designer", "I would love to join you in the product design role."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("looseRoles")
    void a5AndS1AcceptTheRoleNamedLoosely(String role, String sentence) {
        Interview interview = INTERVIEW.toBuilder().role(role).build();
        String text = Fixtures.NOTE.replace("I look forward to hearing about the next steps for the Senior Product "
            + "Designer role.", sentence + " I look forward to hearing about the next steps.");
        EtiquetteReport body = Fixtures.check(good().interview(interview).text(text).subject("Thank you from Sam "
            + "Okafor"));
        assertThat(body.has(Rule.A5)).as(RuleCase.describe(body)).isFalse();
        EtiquetteReport subject = Fixtures.check(good().interview(interview).subject("Thank you: " + sentence));
        assertThat(subject.has(Rule.S1)).as(RuleCase.describe(subject)).isFalse();
    }

    @Test
    void a5StillAsksWhenTheRolesWordIsUsedForSomethingElse() {
        Interview interview = INTERVIEW.toBuilder().role("Project Manager").build();
        String text = Fixtures.NOTE.replace("I look forward to hearing about the next steps for the Senior Product "
            + "Designer role.", "The project you described was a good one to manage.");
        EtiquetteReport r = Fixtures.check(good().interview(interview).text(text).subject("Thank you from Sam Okafor"));
        assertThat(r.has(Rule.A5, Severity.WARNING)).isTrue();
    }

    // 3. Phrase lists too narrow; some mistakes have no rule

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "I am hoping and praying for this.|N3",
        "I'm sorry I was so nervous.|N9",
        "I apologise for my answer on the budget question.|N9",
        "I know I'm not the most qualified candidate.|N9",
        "The budget worried me too, haha.|N10",
        "I've attached a $25 coffee voucher as thanks.|N11",
        "Please look out for a Starbucks gift card in your inbox.|N11",
        "I have sent you a small gift to say thank you.|N11",
        "I expect to hear back from you by Friday at the latest.|N4"})
    void missingMistakesNowHaveARule(String sentence, String rule) {
        EtiquetteReport r = Fixtures.check(replacing("so do I.", "so do I. " + sentence));
        assertThat(r.has(Rule.parse(rule).orElseThrow())).as(sentence + RuleCase.describe(r)).isTrue();
    }

    @Test
    void aPhoneFooterIsCaught() {
        EtiquetteReport r = Fixtures.check(replacing("+1 312 555 0147\n", "+1 312 555 0147\n\nSent from my iPhone\n"));
        assertThat(r.has(Rule.A12, Severity.WARNING)).isTrue();
    }

    @Test
    void aSecondNudgeTwoDaysAfterTheFirstIsCaught() {
        String text = Fixtures.FOLLOW_UP.replace("I interviewed with you", "Did you get my e-mail? I interviewed with "
            + "you");
        NoteContext.Builder second = Fixtures.followUp().text(text).sendAt(OffsetDateTime.parse(
            "2026-12-09T10:00:00-06:00")).lastSentAt(Fixtures.FOLLOW_UP_SEND);
        EtiquetteReport counted = Fixtures.check(second.followUpsSent(1));
        assertThat(counted.has(Rule.F5, Severity.WARNING)).isTrue();
        assertThat(counted.has(Rule.F9, Severity.WARNING)).isTrue();
        EtiquetteReport uncounted = Fixtures.check(second.followUpsSent(0));
        assertThat(uncounted.findings()).filteredOn(f -> f.rule() == Rule.F9).hasSize(2);
    }

    // 4. Tips on nearly every good note

    @Test
    void n7JudgesTheOpeningSentencesNotOnlyTheThankYouSentence() {
        String opening = ToneRulesTest.OPENING;
        assertThat(Fixtures.check(replacing(opening, "Thank you for meeting with me about the design role. I "
            + "enjoyed hearing how your team tests the trip planner with riders who use screen readers."))
            .has(Rule.N7)).isFalse();
        assertThat(Fixtures.check(replacing(opening, "Thank you for meeting with me about the design role. I "
            + "enjoyed meeting you.")).has(Rule.N7, Severity.TIP)).isTrue();
    }

    @Test
    void f1DoesNotAskEveryThankYouForADecisionDate() {
        Interview noDate = INTERVIEW.toBuilder().decisionBy(null).build();
        assertThat(Fixtures.check(good().interview(noDate)).has(Rule.F1)).isFalse();
        assertThat(Fixtures.check(Fixtures.followUp().interview(noDate).text(Fixtures.FOLLOW_UP.replace(
            " on your timeline for the decision", ""))).has(Rule.F1, Severity.TIP)).isTrue();
    }

    @Test
    void l1AcceptsAThreeSentenceNote() {
        String three = """
            Dear María José,

            Thank you for talking with me this morning about the trip planner redesign for riders with low vision. \
            I would love to bring my audit work to the Senior Product Designer role. I hope to hear from you soon.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """;
        EtiquetteReport r = Fixtures.check(good().text(three));
        assertThat(r.findings()).as(RuleCase.describe(r)).noneMatch(f -> f.rule() == Rule.L1 || f.rule() == Rule.L2);
    }

    // 5. Rules contradict each other

    @Test
    void l2NeverAsksToCutSentencesFromANoteWithinL1sRange() {
        EtiquetteReport inRange = Fixtures.check(good().text(LengthRulesTest.tenSentences(
            LengthRulesTest.SHORTER_SENTENCE)));
        assertThat(inRange.has(Rule.L2)).as(RuleCase.describe(inRange)).isFalse();
        String shortSentences = """
            Dear María José,

            Thank you for today. I enjoyed our talk about the trip planner redesign. It sounds useful. I like the \
            voice search idea. I have run audits with riders. They taught me a lot. I would love to help. The \
            spring audit sounds exciting. I hope to hear from you soon.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """;
        EtiquetteReport tooShort = Fixtures.check(good().text(shortSentences));
        assertThat(tooShort.has(Rule.L2)).as(RuleCase.describe(tooShort)).isFalse();
    }

    @Test
    void l5CountsOnlyTheWrittenLines() {
        String fourSentences = """
            Dear María José Ortega,

            Thank you for our conversation about the trip planner redesign for riders with low vision. I loved \
            hearing how your team tests it with riders who plan their trips by voice. My audits with \
            assistive-technology users taught me how much that matters. I would be glad to help with the audit as your \
            product designer.

            With warm regards,
            Sam Okafor
            +1 312 555 0147
            sam.okafor@example.com
            linkedin.com/in/samokafor
            """;
        EtiquetteSettings s = EtiquetteSettings.DEFAULTS;
        assertThat(LengthCheck.overflowOffset(fourSentences, s.cardCharsPerLine(), s.cardLines()))
            .as("counted with its blank lines, greeting and signature, it would not fit").isPositive();
        EtiquetteReport r = Fixtures.check(good().medium(Medium.CARD).subject(null).text(fourSentences));
        assertThat(r.has(Rule.L5)).as(RuleCase.describe(r)).isFalse();
    }

    @ParameterizedTest(name = "{0} their time")
    @CsvSource({"08:00, false", "18:00, false", "18:01, true", "07:59, true"})
    void t3IncludesTheEdgesOfBusinessHours(String time, boolean outside) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T" + time + ":00-06:00");
        assertThat(Fixtures.check(good().sendAt(at)).has(Rule.T3)).isEqualTo(outside);
    }
}
