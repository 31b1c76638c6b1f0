// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.INTERVIEW;
import static app.afterword.core.etiquette.Fixtures.followUp;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.Fixtures.replacing;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** N1 to N8 and X1: tone, phrasing, and the names that must be right. */
class ToneRulesTest {

    /** Another application in the workspace, two weeks earlier. */
    static final Interview NORTHWIND = new Interview.Builder().company("Northwind Freight Ltd.")
        .role("Data Analyst")
        .start(OffsetDateTime.parse("2026-11-10T14:00:00-05:00"))
        .interviewers(List.of(new Interviewer("Tom Hallberg", null, null, null, List.of(), null)))
        .decisionBy(LocalDate.of(2026, 11, 20)).build();

    static final String SPECIFIC_THANKS = "Thank you for talking with me this morning about the trip planner "
        + "redesign for riders with low vision.";

    /** The first paragraph of the fixture note. */
    static final String OPENING = SPECIFIC_THANKS + " Your point that large type alone does not help people who "
        + "plan their trips by voice has stayed with me.";

    static Stream<RuleCase> cases() {
        return Stream.of(
            of("emoji", Rule.N1, Severity.ERROR,
                () -> replacing("so do I.", "so do I. 🚲👍🏽"), () -> replacing("so do I.", "so do I, by bike."))
                .span("🚲👍🏽"),
            of("emoticon", Rule.N1, Severity.ERROR,
                () -> replacing("so do I.", "so do I :)"),
                () -> replacing("so do I.", "so do I (even at 6:30).")).span(":)"),
            of("chat acronym", Rule.N1, Severity.WARNING,
                () -> replacing("so do I.", "so do I. TGIF!"), () -> replacing("so do I.", "so do I. Thanks!"))
                .span("TGIF"),
            of("two exclamation marks", Rule.N2, Severity.WARNING,
                () -> replacing("so do I.", "so do I! Thanks again!"),
                () -> replacing("so do I.", "so do I! Thanks again.")),
            of("needing the job", Rule.N3, Severity.ERROR,
                () -> replacing("so do I.", "so do I. I really need this job."),
                () -> replacing("so do I.", "so do I. I understand what this job needs."))
                .span("I really need this job"),
            of("what I'll do if I don't get it", Rule.N3, Severity.ERROR,
                () -> replacing("so do I.", "so do I. If I don't get this job, I don't know what I'll do."),
                () -> replacing("so do I.", "so do I. If I get this job, I know what I'll do first.")),
            of("a deadline", Rule.N4, Severity.ERROR,
                () -> replacing("I look forward to hearing", "Please let me know by Friday about"),
                () -> replacing("I look forward to hearing", "Please let me know if I can help with")),
            of("an accusation", Rule.N4, Severity.ERROR,
                () -> followUp().text(Fixtures.FOLLOW_UP.replace("Is there an update", "Why is this taking so long? "
                    + "Is there an update")),
                () -> followUp().text(Fixtures.FOLLOW_UP.replace("Is there an update", "I know these decisions "
                    + "take time. Is there an update"))),
            of("'just checking in'", Rule.N5, Severity.WARNING,
                () -> followUp().text(Fixtures.FOLLOW_UP.replace("I interviewed", "Just checking in! I interviewed")),
                () -> followUp().text(Fixtures.FOLLOW_UP.replace("I interviewed", "I am writing because I "
                    + "interviewed"))).span("Just checking in"),
            of("three superlatives", Rule.N6, Severity.TIP,
                () -> replacing("so do I.", "so do I. It was an amazing, truly fantastic morning."),
                () -> replacing("so do I.", "so do I. It was a truly fantastic morning.")),
            of("thanks only for their time, and nothing specific in the opening", Rule.N7, Severity.TIP,
                () -> replacing(OPENING, "Thank you for your time today. I enjoyed meeting you."),
                () -> replacing(SPECIFIC_THANKS, "Thank you for your time today and for walking me through the "
                    + "trip planner redesign.")).span("for your time"),
            of("open proofreading issues", Rule.N8, Severity.ERROR,
                () -> good().proofreadIssues(2), () -> good().proofreadIssues(0)),
            of("company misspelt", Rule.N8, Severity.ERROR,
                () -> replacing("so do I.", "so do I. I would be glad to join Brightlane."),
                () -> replacing("so do I.", "so do I. I would be glad to join Brightline.")).span("Brightlane"),
            of("another application's company", Rule.N8, Severity.ERROR,
                () -> replacing("so do I.", "so do I. Northwind would be lucky to have you.")
                    .otherInterviews(List.of(NORTHWIND)),
                () -> replacing("so do I.", "so do I.").otherInterviews(List.of(NORTHWIND))).span("Northwind"),
            of("another application's interviewer", Rule.N8, Severity.ERROR,
                () -> replacing("so do I.", "so do I. Please thank Tom Hallberg as well.")
                    .otherInterviews(List.of(NORTHWIND)),
                () -> replacing("so do I.", "so do I. Please thank Tom as well.")
                    .otherInterviews(List.of(NORTHWIND))).span("Tom Hallberg"),
            of("greeting left from another application", Rule.N8, Severity.ERROR,
                () -> replacing("Dear María José,", "Dear Tom,").otherInterviews(List.of(NORTHWIND)),
                () -> replacing("Dear María José,", "Dear Tomás,").otherInterviews(List.of(NORTHWIND)))
                .span("Tom"),
            of("another application's role", Rule.N8, Severity.WARNING,
                () -> replacing("the Senior Product Designer role", "the Data Analyst role")
                    .otherInterviews(List.of(NORTHWIND)),
                () -> replacing("so do I.", "so do I.").otherInterviews(List.of(NORTHWIND))),
            of("hoping and praying", Rule.N3, Severity.WARNING,
                () -> replacing("so do I.", "so do I. I am hoping and praying for this."),
                () -> replacing("so do I.", "so do I. I am hoping to hear about next steps."))
                .span("hoping and praying"),
            of("a deadline put on the reader", Rule.N4, Severity.ERROR,
                () -> replacing("I look forward to hearing about the next steps for the Senior Product Designer role.",
                    "I expect to hear back from you by Friday at the latest about the Senior Product Designer role."),
                () -> replacing("I look forward to hearing about the next steps for the Senior Product Designer role.",
                    "You hope to decide by Friday at the latest on the Senior Product Designer role, you said.")),
            of("apologising for the interview", Rule.N9, Severity.WARNING,
                () -> replacing("so do I.", "so do I. I'm sorry I was so nervous."),
                () -> replacing("so do I.", "so do I. I was sorry to hear the launch slipped."))
                .span("sorry I was"),
            of("running yourself down", Rule.N9, Severity.WARNING,
                () -> replacing("so do I.", "so do I. I know I'm not the most qualified candidate."),
                () -> replacing("so do I.", "so do I. I know I can help with the audit.")),
            of("laughter after a serious line", Rule.N10, Severity.WARNING,
                () -> replacing("so do I.", "so do I, haha."), () -> replacing("so do I.", "so do I, happily."))
                .span("haha"),
            of("a voucher for the interviewer", Rule.N11, Severity.ERROR,
                () -> replacing("so do I.", "so do I. I've attached a $25 coffee voucher as thanks."),
                () -> replacing("so do I.", "so do I. I've attached the one-page plan as thanks.")),
            of("a gift for the interviewer", Rule.N11, Severity.WARNING,
                () -> replacing("so do I.", "so do I. I have sent you a small gift to say thank you."),
                () -> replacing("so do I.", "so do I. I have sent you the article to say thank you.")),
            of("two sentences of afterthoughts", Rule.X1, Severity.TIP,
                () -> replacing("so do I.", "so do I. I forgot to mention my kiosk study. I should have mentioned "
                    + "the survey too."),
                () -> replacing("so do I.", "so do I. I forgot to mention my kiosk study."))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @Test
    void adviceNamesATopicTypedAsASentenceInTheFormASentenceNeeds() {
        Interviewer maria = Fixtures.INTERVIEW.interviewers().get(0);
        Interviewer typed = new Interviewer(maria.name(), maria.title(), maria.email(), maria.linkedin(),
            List.of("She explained how the research team shares findings."), maria.rapport());
        Interview interview = Fixtures.INTERVIEW.toBuilder().interviewers(List.of(typed,
            Fixtures.INTERVIEW.interviewers().get(1), Fixtures.INTERVIEW.interviewers().get(2))).build();
        EtiquetteReport report = Fixtures.check(replacing(OPENING, "Thank you for your time today. I enjoyed "
            + "meeting you.").interview(interview).recipient(typed));
        Finding n7 = report.findings().stream().filter(f -> f.rule() == Rule.N7).findFirst().orElseThrow();
        assertThat(n7.suggestion()).contains("how the research team shares findings")
            .doesNotContain("She explained");
    }

    @Test
    void anEarlierInterviewAtTheSameCompanyIsNotALeak() {
        Interview firstRound = INTERVIEW.toBuilder().role("Product Designer")
            .start(OffsetDateTime.parse("2026-11-02T10:00:00-06:00")).end(null)
            .interviewers(List.of(new Interviewer("Tom Hallberg", null, null, null, List.of(), null))).build();
        EtiquetteReport r = Fixtures.check(replacing("so do I.", "so do I. Tom Hallberg said you might ask.")
            .otherInterviews(List.of(firstRound, INTERVIEW)));
        assertThat(r.has(Rule.N8)).isFalse();
    }

    @Test
    void occurrencesIgnoreCaseAccentsAndSpacingButNotWordBoundaries() {
        String text = "Met Tom  Hallberg and TOMÁS at Northwinds, not NORTHWIND.";
        String folded = Names.foldKeepingOffsets(text);
        assertThat(LeakCheck.occurrences(text, folded, "Tom Hallberg", true)).extracting(r -> r.of(text))
            .containsExactly("Tom  Hallberg");
        assertThat(LeakCheck.occurrences(text, folded, "Tomas", true)).extracting(r -> r.of(text))
            .containsExactly("TOMÁS");
        assertThat(LeakCheck.occurrences(text, folded, "Northwind", true)).extracting(r -> r.of(text))
            .containsExactly("NORTHWIND");
    }

    @Test
    void lowercaseWordThatIsAlsoACompanyNameIsNotALeak() {
        Interview apple = NORTHWIND.toBuilder().company("Apple").build();
        EtiquetteReport r = Fixtures.check(replacing("so do I.", "so do I, with an apple in my bag.")
            .otherInterviews(List.of(apple)));
        assertThat(r.has(Rule.N8)).isFalse();
    }
}
