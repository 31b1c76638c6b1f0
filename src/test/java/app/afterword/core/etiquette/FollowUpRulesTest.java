// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.FOLLOW_UP;
import static app.afterword.core.etiquette.Fixtures.FOLLOW_UP_SEND;
import static app.afterword.core.etiquette.Fixtures.INTERVIEW;
import static app.afterword.core.etiquette.Fixtures.followUp;
import static app.afterword.core.etiquette.RuleCase.of;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.store.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** F1 to F8: when and how often to follow up, and what each follow-up brings. */
class FollowUpRulesTest {

    static final Interview NO_DATE = INTERVIEW.toBuilder().decisionBy(null).build();

    /** A second follow-up that brings something new. */
    static final String SECOND = """
        Dear María José,

        I interviewed for the Senior Product Designer role on 24 November and am still very interested. Since we \
        spoke, I sketched a one-page plan for a low-cost rider diary study, which I thought might help with the \
        spring audit. Is there any update on your timeline?

        I am happy to send the plan or anything else that would help.

        Best regards,
        Sam Okafor
        """;

    static final String SECOND_WITHOUT_VALUE = SECOND.replace("Since we spoke, I sketched a one-page plan for a "
        + "low-cost rider diary study, which I thought might help with the spring audit. ", "");

    /** Sends on a given day at 10:00 Chicago. */
    static OffsetDateTime on(String day) {
        return OffsetDateTime.parse(day + "T10:00:00-06:00");
    }

    static NoteContext.Builder second(String text) {
        return followUp().text(text).followUpsSent(1).lastSentAt(FOLLOW_UP_SEND).sendAt(on("2026-12-15"));
    }

    static Stream<RuleCase> cases() {
        EtiquetteSettings ontario = new Json().mapper().convertValue(Map.of("ontarioNotice", true),
            EtiquetteSettings.class);
        Draft firstFollowUp = new Draft("María José Ortega", NoteKind.FOLLOW_UP, Medium.EMAIL, "status",
            Fixtures.FOLLOW_UP_SUBJECT, FOLLOW_UP);
        return Stream.of(
            of("status check with no decision date and no question about timing", Rule.F1, Severity.TIP,
                () -> followUp().interview(NO_DATE).text(FOLLOW_UP.replace(" on your timeline for the decision", "")),
                () -> followUp().interview(NO_DATE)),
            of("thank-you that mentions their timing when no date is recorded", Rule.F1, Severity.TIP,
                () -> Fixtures.replacing("I look forward to hearing", "You mentioned you hope to decide by 4 "
                    + "December; I look forward to hearing").interview(NO_DATE),
                () -> Fixtures.replacing("I look forward to hearing", "You mentioned you hope to decide by 4 "
                    + "December; I look forward to hearing")),
            of("check-in before their decision date", Rule.F2, Severity.ERROR,
                () -> followUp().sendAt(on("2026-12-03")), () -> followUp().sendAt(on("2026-12-07"))),
            of("check-in on the decision date itself", Rule.F2, Severity.ERROR,
                () -> followUp().sendAt(on("2026-12-04")), () -> followUp().sendAt(on("2026-12-07"))),
            of("no date given, two business days later", Rule.F3, Severity.WARNING,
                () -> followUp().interview(NO_DATE).sendAt(on("2026-11-26")),
                () -> followUp().interview(NO_DATE).sendAt(on("2026-12-02"))),
            of("value-add ten hours after the thank-you", Rule.F4, Severity.WARNING,
                () -> followUp().kind(NoteKind.VALUE_ADD).text(SECOND).sendAt(Fixtures.SEND.plusHours(10)),
                () -> followUp().kind(NoteKind.VALUE_ADD).text(SECOND).sendAt(Fixtures.SEND.plusHours(30))),
            of("a third follow-up", Rule.F5, Severity.ERROR,
                () -> second(SECOND).followUpsSent(2), () -> second(SECOND)),
            of("second follow-up three business days after the first", Rule.F5, Severity.WARNING,
                () -> second(SECOND).sendAt(on("2026-12-10")), () -> second(SECOND).sendAt(on("2026-12-14"))),
            of("second follow-up with nothing new", Rule.F6, Severity.WARNING,
                () -> second(SECOND_WITHOUT_VALUE), () -> second(SECOND)),
            of("second follow-up that repeats the first", Rule.F6, Severity.WARNING,
                () -> second(FOLLOW_UP.replace("Is there", "Since we spoke, I sketched a one-page plan. Is there"))
                    .otherDrafts(List.of(firstFollowUp)),
                () -> second(SECOND).otherDrafts(List.of(firstFollowUp))),
            of("status check without the role", Rule.F7, Severity.WARNING,
                () -> followUp().subject("Re: Thank you").text(FOLLOW_UP.replace("for the Senior Product Designer "
                    + "role ", "")),
                () -> followUp().subject("Re: Thank you").text(FOLLOW_UP.replace("for the Senior Product Designer "
                    + "role ", "for the product designer role "))),
            of("status check that asks nothing", Rule.F7, Severity.WARNING,
                () -> followUp().text(FOLLOW_UP.replace("Is there an update you can share on your timeline for the "
                    + "decision?", "I remain available.")),
                () -> followUp().text(FOLLOW_UP.replace("Is there an update you can share on your timeline for the "
                    + "decision?", "I would welcome an update on the timeline."))),
            of("status check that offers nothing", Rule.F7, Severity.TIP,
                () -> followUp().text(FOLLOW_UP.replace("I am happy to send samples of my audit work or anything "
                    + "else that would help.", "Thank you again.")),
                Fixtures::followUp),
            of("a nudge two business days after the last note", Rule.F9, Severity.WARNING,
                () -> followUp().lastSentAt(on("2026-12-03")), Fixtures::followUp),
            of("asking whether they got the last e-mail", Rule.F9, Severity.WARNING,
                () -> followUp().text(FOLLOW_UP.replace("Is there an update", "Did you get my e-mail? Is there an "
                    + "update")),
                () -> followUp().text(FOLLOW_UP.replace("Is there an update", "Did you get a chance to look at the "
                    + "audit plan? Is there an update"))).span("Did you get my e-mail"),
            of("45 days after the interview in Ontario", Rule.F8, Severity.TIP,
                () -> followUp().sendAt(on("2027-01-11")), () -> followUp().sendAt(on("2027-01-04")))
                .with(ontario)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }
}
