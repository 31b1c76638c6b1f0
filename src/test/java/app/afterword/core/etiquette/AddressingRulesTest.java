// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.Fixtures.replacing;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A1 to A10: greeting, gratitude, role, specifics, fit, signature, attachments and sender. */
class AddressingRulesTest {

    static Stream<RuleCase> cases() {
        EtiquetteSettings workDomain = new Json().mapper().convertValue(
            Map.of("workEmailDomains", List.of("initech.example")), EtiquetteSettings.class);
        return Stream.of(
            of("no greeting at all", Rule.A1, Severity.ERROR,
                () -> replacing("Dear María José,\n\n", ""), Fixtures::good),
            of("name without its accent", Rule.A1, Severity.ERROR,
                () -> replacing("Dear María José,", "Dear Maria José,"),
                () -> replacing("Dear María José,", "Dear María,")).span("Maria"),
            of("greets a colleague on the panel", Rule.A1, Severity.ERROR,
                () -> replacing("Dear María José,", "Dear Daniel,"),
                () -> replacing("Dear María José,", "Dear Ms. Ortega,")).span("Dear Daniel,"),
            of("greeting by neither the name nor the chosen greeting", Rule.A1, Severity.ERROR,
                () -> toRobert("Dear Rob,"), () -> toRobert("Dear Bob,")).span("Dear Rob,"),
            of("title and surname misspelt", Rule.A1, Severity.ERROR,
                () -> toAnke("Dear Dr. Schroder,"), () -> toAnke("Dear Dr. Schröder,")).span("Schroder"),
            of("greeting without a name", Rule.A1, Severity.ERROR,
                () -> replacing("Dear María José,", "Hello,"),
                () -> replacing("Dear María José,", "Hello María,")).span("Hello,"),
            of("colleague's name misspelt in the body", Rule.A1, Severity.ERROR,
                () -> replacing("so do I.", "so do I. Please pass my thanks to Danial too."),
                () -> replacing("so do I.", "so do I. Please pass my thanks to Daniel too.")).span("Danial"),
            of("Dear Hiring Manager", Rule.A2, Severity.ERROR,
                () -> replacing("Dear María José,", "Dear Hiring Manager,"),
                () -> replacing("Dear María José,", "Dear María José Ortega,")).span("Dear Hiring Manager"),
            of("To whom it may concern", Rule.A2, Severity.ERROR,
                () -> replacing("Dear María José,", "To whom it may concern,"),
                Fixtures::good).span("To whom it may concern"),
            of("Hey instead of Dear", Rule.A3, Severity.WARNING,
                () -> replacing("Dear María José,", "Hey María José,"),
                () -> replacing("Dear María José,", "Hi María José,")).span("Hey"),
            of("first sentence without thanks", Rule.A4, Severity.WARNING,
                () -> replacing("Thank you for talking with me", "I enjoyed talking with you"),
                () -> replacing("Thank you for talking with me", "I appreciated talking with you")),
            of("role not named", Rule.A5, Severity.WARNING,
                () -> replacing(" for the Senior Product Designer role", "").subject("Thank you from Sam Okafor"),
                () -> replacing(" for the Senior Product Designer role", " for the product designer role")
                    .subject("Thank you from Sam Okafor")),
            of("leftover template variable", Rule.A6, Severity.ERROR,
                () -> replacing("so do I.", "so do I. I also liked ${topic}."),
                () -> replacing("so do I.", "so do I. I also liked the $5 day pass.")).span("${topic}"),
            of("leftover bracket placeholder", Rule.A6, Severity.ERROR,
                () -> replacing("so do I.", "so do I. I admire what [Company] is doing."),
                () -> replacing("so do I.", "so do I. I admire what [the team] is doing.")).span("[Company]"),
            of("leftover placeholder in the subject", Rule.A6, Severity.ERROR,
                () -> good().subject("Thank you: [Role] interview"),
                () -> good().subject("Thank you: Senior Product Designer interview [follow-up]"))
                .span("[Role]"),
            of("no topic from the interview", Rule.A6, Severity.ERROR,
                () -> good().text(GENERIC),
                () -> good().text(GENERIC.replace("I enjoyed our conversation.",
                    "I enjoyed our conversation about the accessibility audit planned for the spring."))),
            of("no skill tied to their needs", Rule.A7, Severity.WARNING,
                () -> replacing("I ran WCAG 2.2 audits with real assistive-technology users", "I worked hard"),
                () -> replacing("I ran WCAG 2.2 audits with real assistive-technology users",
                    "I turned research into design-system components")),
            of("no sign-off", Rule.A8, Severity.WARNING,
                () -> replacing("Best regards,\nSam Okafor\n+1 312 555 0147\n", ""), Fixtures::good),
            of("closing line and no name, your name unknown", Rule.A8, Severity.WARNING,
                () -> unnamed(SIGNATURE, "Warm regards,\n"), () -> unnamed(SIGNATURE, "Warm regards,\nSam\n"))
                .span("Warm regards,"),
            of("no closing line and no name, your name unknown", Rule.A8, Severity.WARNING,
                () -> unnamed(SIGNATURE, ""), () -> unnamed(SIGNATURE, "Best,\nSam Okafor\n")),
            of("closing line and no name", Rule.A8, Severity.WARNING,
                () -> replacing(SIGNATURE, "Thanks again!\n"), () -> replacing(SIGNATURE, "Thanks again!\nSam Okafor\n"
                    + "+1 312 555 0147\n")).span("Thanks again!"),
            of("signed with the first name only", Rule.A8, Severity.WARNING,
                () -> replacing("Sam Okafor\n", "Sam\n"), Fixtures::good),
            of("signature without contact details", Rule.A8, Severity.TIP,
                () -> replacing("+1 312 555 0147\n", ""),
                () -> replacing("+1 312 555 0147\n", "sam.okafor@example.com\n")),
            of("résumé attached to the thank-you", Rule.A9, Severity.WARNING,
                () -> good().attachments(List.of("Sam_Okafor_Resume.pdf")),
                () -> Fixtures.followUp().kind(NoteKind.VALUE_ADD).attachments(List.of("rider-diary-plan.pdf"))),
            of("note says the résumé is attached", Rule.A9, Severity.WARNING,
                () -> replacing("so do I.", "so do I. Please see my attached résumé."),
                () -> replacing("so do I.", "so do I. I've attached the one-page plan I mentioned."))
                .span("Please see my attached résumé"),
            of("a phone's footer under the signature", Rule.A12, Severity.WARNING,
                () -> replacing(SIGNATURE, SIGNATURE + "\nSent from my iPhone\n"),
                () -> replacing(SIGNATURE, SIGNATURE + "\nSent from the train, on time for once.\n"))
                .span("Sent from my iPhone"),
            of("sent from the current employer's address", Rule.A10, Severity.WARNING,
                () -> good().senderEmail("sam.okafor@initech.example"),
                () -> good().senderEmail("sam.okafor@example.com")).with(workDomain)
        );
    }

    static final String GENERIC = """
        Dear María José,

        Thank you for meeting with me today about the Senior Product Designer role. I enjoyed our conversation.

        I ran WCAG 2.2 audits with real assistive-technology users in my last role and would bring that to \
        Brightline Transit. I look forward to hearing from you.

        Best regards,
        Sam Okafor
        +1 312 555 0147
        """;

    static final String SIGNATURE = "Best regards,\nSam Okafor\n+1 312 555 0147\n";

    /** The good note with its signature replaced, from a candidate whose name the interview and profile lack. */
    static NoteContext.Builder unnamed(String from, String to) {
        return replacing(from, to).interview(Fixtures.INTERVIEW.toBuilder().candidate(Candidate.EMPTY).build());
    }

    @Test
    void anUnsignedNoteFromSomeoneWithoutANameSaysWhereToAddIt() {
        Finding f = finding(unnamed(SIGNATURE, "Warm regards,\n"), Rule.A8);
        assertThat(f.message()).isEqualTo("The note ends with \"Warm regards,\" and no name after it.");
        assertThat(f.suggestion()).contains("add your name to your details in Settings");
        assertThat(finding(unnamed(SIGNATURE, ""), Rule.A8).suggestion())
            .contains("add your name to your details in Settings");
        assertThat(finding(replacing(SIGNATURE, "Warm regards,\n"), Rule.A8).suggestion())
            .isEqualTo("Put your full name on the line under it: Sam Okafor.");
    }

    /** Robert King III, who asked to be called Bob. */
    static final Interviewer ROBERT = new Interviewer("Robert King III", "VP Design", null, null,
        List.of("the trip planner redesign for riders with low vision"), null, "Bob", null);
    static final Interviewer ANKE = new Interviewer("Dr. Anke Schröder", "Head of Research", null, null,
        List.of("the trip planner redesign for riders with low vision"), null);

    /** The good note to another panel member, opening with {@code greeting}. */
    static NoteContext.Builder to(Interviewer person, String greeting) {
        Interview panel = Fixtures.INTERVIEW.toBuilder().interviewers(List.of(person, Fixtures.DANIEL)).build();
        return NoteContext.builder(panel, Fixtures.NOTE.replace("Dear María José,", greeting))
            .subject(Fixtures.SUBJECT).recipient(person).sendAt(Fixtures.SEND);
    }

    static NoteContext.Builder toRobert(String greeting) {
        return to(ROBERT, greeting);
    }

    static NoteContext.Builder toAnke(String greeting) {
        return to(ANKE, greeting);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dear Bob,", "Dear Robert,", "Dear Mr. King,", "Dear Robert King III,"})
    void theChosenGreetingAndTheNameBothCount(String greeting) {
        assertThat(Fixtures.check(toRobert(greeting)).has(Rule.A1)).as(greeting).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dear Dr. Schröder,", "Dear Professor Schröder,", "Dear Anke,", "Dear Dr Schröder,"})
    void titleAndSurnameGreetingsCount(String greeting) {
        assertThat(Fixtures.check(toAnke(greeting)).has(Rule.A1)).as(greeting).isFalse();
    }

    @Test
    void theFixSuggestsTheGreetingNameNotTheTypedName() {
        Interviewer maria = new Interviewer("maria garcia", null, null, null, List.of(), null);
        Finding f = finding(to(maria, "Hello,"), Rule.A1);
        assertThat(f.suggestion()).isEqualTo("Write \"Dear Maria,\" (or \"Dear Maria Garcia,\" if you were on formal "
            + "terms).").doesNotContain("maria");
        Finding missing = finding(to(ANKE, "").text(Fixtures.NOTE.replace("Dear María José,\n\n", "")), Rule.A1);
        assertThat(missing.suggestion())
            .isEqualTo("Open with \"Dear Anke,\" (or \"Dear Dr. Schröder,\" if you were on formal terms).");
        Finding chosen = finding(to(ROBERT, "Hello,"), Rule.A1);
        assertThat(chosen.suggestion()).isEqualTo("Write \"Dear Bob,\".");
    }

    @Test
    void aCardToATitledPersonSuggestsTheirTitleAndSurname() {
        Finding f = finding(toAnke("Dear Anke,").medium(Medium.CARD), Rule.H2);
        assertThat(f.suggestion()).isEqualTo("Write \"Dear Anke Schröder,\" or \"Dear Dr. Schröder,\".");
        Interviewer james = new Interviewer("James Carter Jr.", null, null, null, List.of(), null);
        assertThat(Fixtures.check(to(james, "Dear Mr. Carter,").medium(Medium.CARD)).has(Rule.H2)).isFalse();
        assertThat(Fixtures.check(to(james, "Dear James,").medium(Medium.CARD)).has(Rule.H2)).isTrue();
    }

    private static Finding finding(NoteContext.Builder b, Rule rule) {
        return Fixtures.check(b).findings().stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
    }
}
