// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.INTERVIEW;
import static app.afterword.core.etiquette.Fixtures.MARIA;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * D1 to D3, the notes that answer a decision or make one: a reply to a rejection or a withdrawal doesn't argue or ask
 * them to reconsider, an answer to an offer says what was decided up front, a note about another offer sets no
 * ultimatum. And the rules written for a thank-you stay quiet on these notes.
 */
class DecisionRulesTest {

    /** Wednesday 9 December, 10:00 in Chicago. */
    static final OffsetDateTime SEND = OffsetDateTime.parse("2026-12-09T10:00:00-06:00");

    /** A note of each later kind a careful candidate would send, each passing every rule. */
    static final Map<NoteKind, String> NOTES = Map.of(
        NoteKind.REJECTION_REPLY, """
            Dear María José,

            Thank you for letting me know your decision about the Senior Product Designer role. I valued our \
            conversation about the trip planner redesign for riders with low vision.

            If you have a moment, I'd welcome any brief feedback on my interviews. I'd be glad to be considered for \
            future roles at Brightline Transit.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """,
        NoteKind.WITHDRAW, """
            Dear María José,

            Thank you for considering me for the Senior Product Designer role. I've decided to withdraw my \
            application, and I'm sorry that I can't continue.

            The time you and the team gave me is much appreciated. I hope our paths cross again.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """,
        NoteKind.ACCEPT_OFFER, """
            Dear María José,

            Thank you for the offer of the Senior Product Designer role at Brightline Transit. I'm delighted to \
            accept it.

            When should I start, and is there anything you need from me before then? I look forward to joining \
            the team.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """,
        NoteKind.DECLINE_OFFER, """
            Dear María José,

            Thank you for the offer of the Senior Product Designer role. I'm sorry that I won't be accepting it.

            The time you and the team gave me is much appreciated, and I hope we stay in touch.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """,
        NoteKind.COMPETING_OFFER, """
            Dear María José,

            Thank you again for our conversation about the Senior Product Designer role. I have received another \
            offer, and I'd like to know your timing before I answer it.

            Is December 4 still the date you expect to decide by? I'm still very interested in the role.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """,
        NoteKind.TIME_TO_DECIDE, """
            Dear María José,

            Thank you for offering me the Senior Product Designer role. I'd like a little time to consider it.

            I'll reply by Friday, December 11, if that works for you. Thank you for understanding.

            Best regards,
            Sam Okafor
            +1 312 555 0147
            """);

    static NoteContext.Builder note(NoteKind kind) {
        return note(kind, NOTES.get(kind));
    }

    static NoteContext.Builder note(NoteKind kind, String text) {
        return NoteContext.builder(INTERVIEW, text).subject("The Senior Product Designer role").kind(kind)
            .medium(Medium.EMAIL).recipient(MARIA).sendAt(SEND);
    }

    static NoteContext.Builder replacing(NoteKind kind, String from, String to) {
        String text = NOTES.get(kind);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the " + kind.id() + " note has no '" + from + "'");
        }
        return note(kind, text.replace(from, to));
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
            of("a rejection reply that asks them to reconsider", Rule.D1, Severity.ERROR,
                () -> replacing(NoteKind.REJECTION_REPLY, "If you have a moment,", "Would you reconsider? If you "
                    + "have a moment,"),
                () -> note(NoteKind.REJECTION_REPLY)).span("reconsider"),
            of("a rejection reply that asks for a second look", Rule.D1, Severity.ERROR,
                () -> replacing(NoteKind.REJECTION_REPLY, "I'd be glad to be considered for future roles at "
                    + "Brightline Transit.", "Could you take a second look at my application?"),
                () -> replacing(NoteKind.REJECTION_REPLY, "I'd be glad to be considered for future roles at "
                    + "Brightline Transit.", "Could you share what would strengthen my application?")),
            of("a rejection reply that argues with the decision", Rule.D1, Severity.WARNING,
                () -> replacing(NoteKind.REJECTION_REPLY, "If you have a moment,", "I still believe I was the "
                    + "best candidate for the role. If you have a moment,"),
                () -> replacing(NoteKind.REJECTION_REPLY, "If you have a moment,", "I believe the team will do "
                    + "great work with the redesign. If you have a moment,"))
                .span("I still believe I was the best candidate"),
            of("a withdrawal that blames the process", Rule.D1, Severity.WARNING,
                () -> replacing(NoteKind.WITHDRAW, "The time you and the team gave me is much appreciated.",
                    "Your process was too slow."),
                () -> replacing(NoteKind.WITHDRAW, "The time you and the team gave me is much appreciated.",
                    "The process was clear, and the time you gave me is much appreciated.")),
            of("an acceptance that says yes only at the end", Rule.D2, Severity.WARNING,
                () -> note(NoteKind.ACCEPT_OFFER, NOTES.get(NoteKind.ACCEPT_OFFER).replace("I'm delighted to accept "
                    + "it.", "It means a great deal.").replace("I look forward to joining the team.", "I'm happy to "
                    + "accept.")),
                () -> note(NoteKind.ACCEPT_OFFER)),
            of("a refusal that never says no", Rule.D2, Severity.WARNING,
                () -> replacing(NoteKind.DECLINE_OFFER, "I'm sorry that I won't be accepting it.", "It has given "
                    + "me a lot to think about."),
                () -> replacing(NoteKind.DECLINE_OFFER, "I'm sorry that I won't be accepting it.", "After some "
                    + "thought, I've decided to decline it.")),
            of("a withdrawal that leaves it to the second paragraph", Rule.D2, Severity.WARNING,
                () -> note(NoteKind.WITHDRAW, NOTES.get(NoteKind.WITHDRAW)
                    .replace(" I've decided to withdraw my application, and I'm sorry that I can't continue.", "")
                    .replace("I hope our paths cross again.", "I've decided to withdraw my application.")),
                () -> note(NoteKind.WITHDRAW)),
            of("an ultimatum about the other offer", Rule.D3, Severity.ERROR,
                () -> replacing(NoteKind.COMPETING_OFFER, "Is December 4 still the date you expect to decide by?",
                    "If I don't hear back by Friday, I'll accept the other offer."),
                () -> replacing(NoteKind.COMPETING_OFFER, "Is December 4 still the date you expect to decide by?",
                    "Could you tell me roughly when you expect to decide?"))
                .span("If I don't hear back by"),
            of("a bluff about several offers", Rule.D3, Severity.WARNING,
                () -> replacing(NoteKind.COMPETING_OFFER, "I have received another offer", "I have received "
                    + "several other offers"),
                () -> replacing(NoteKind.COMPETING_OFFER, "I have received another offer", "I have received one "
                    + "other offer"))
                .span("several other offers"),
            of("asking them to match the other offer while asking for time", Rule.D3, Severity.WARNING,
                () -> replacing(NoteKind.TIME_TO_DECIDE, "Thank you for understanding.", "Could you match their "
                    + "offer?"),
                () -> replacing(NoteKind.TIME_TO_DECIDE, "Thank you for understanding.", "Could you send the "
                    + "written offer?")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleTriggersOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = NoteKind.class, names = {"REJECTION_REPLY", "WITHDRAW", "ACCEPT_OFFER", "DECLINE_OFFER",
        "COMPETING_OFFER", "TIME_TO_DECIDE"})
    void aCarefulNoteOfEachLaterKindGetsNoFinding(NoteKind kind) {
        EtiquetteReport r = Fixtures.check(note(kind));
        assertThat(r.findings()).as("%s:%s", kind.id(), RuleCase.describe(r)).isEmpty();
    }

    /**
     * The rules written for a thank-you (a topic, a skill, thanks for something specific, the panel) and the phrases
     * that are wrong before an offer ("When should I start?") or about the interview ("I'm sorry that…") stay quiet on
     * notes that answer an offer or end the process, even when the interview records topics and skills.
     */
    @Test
    void thankYouRulesAndPreOfferPhrasesStayQuietOnTheLaterKinds() {
        Map<NoteKind, String> found = NOTES.keySet().stream().collect(Collectors.toMap(k -> k, k ->
            Fixtures.check(note(k)).findings().stream().filter(f -> Stream.of(Rule.A4, Rule.A5, Rule.A6, Rule.A7,
                Rule.P2, Rule.N4, Rule.N7, Rule.N9, Rule.S1, Rule.L1, Rule.T1, Rule.T2, Rule.F1, Rule.F7)
                .anyMatch(r -> r == f.rule())).map(f -> f.ruleId() + " " + f.message())
                .collect(Collectors.joining("; "))));
        assertThat(found).allSatisfy((k, v) -> assertThat(v).as(k.id()).isEmpty());
        assertThat(Fixtures.check(Fixtures.good().text(Fixtures.NOTE.replace("I look forward to hearing about the "
            + "next steps", "When can I start"))).has(Rule.N4)).as("before an offer it is still presumptuous")
            .isTrue();
    }

    @Test
    void aThankYouAfterALaterRoundIsCheckedLikeAThankYou() {
        EtiquetteReport r = Fixtures.check(Fixtures.good().kind(NoteKind.SECOND_ROUND));
        assertThat(r.findings()).isEmpty();
        EtiquetteReport vague = Fixtures.check(Fixtures.good().kind(NoteKind.SECOND_ROUND).text(Fixtures.NOTE
            .replace(" about the trip planner redesign for riders with low vision", "")
            .replace("to the accessibility audit you are planning for the spring", "to your team")));
        assertThat(vague.has(Rule.P2)).as("the panel rule still asks for this person's topic").isTrue();
    }
}
