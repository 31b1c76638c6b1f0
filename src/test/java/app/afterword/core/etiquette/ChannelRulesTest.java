// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.INTERVIEW;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.store.Json;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** C2, C3 (channel), H2 (card greeting) and K1 to K3 (LinkedIn's limits and its stock text). */
class ChannelRulesTest {

    static final Interview ONSITE = INTERVIEW.toBuilder().format(InterviewFormat.ONSITE).build();

    static final String CARD = """
        Dear María José Ortega,

        Thank you for our conversation about the trip planner redesign for riders with low vision. I would be \
        glad to bring my audit work to the Senior Product Designer role.

        With warm regards,
        Sam Okafor
        """;

    static NoteContext.Builder card(String text) {
        return good().interview(ONSITE).medium(Medium.CARD).subject(null).text(text);
    }

    static NoteContext.Builder linkedInNote(String text) {
        return good().medium(Medium.LINKEDIN_NOTE).subject(null).text(text);
    }

    /** A connection note of exactly {@code chars} characters that thanks her for something specific. */
    static String noteOf(int chars) {
        String base = "Hi María José, thank you for our talk about the trip planner redesign for riders with low "
            + "vision. I'd be glad to stay in touch. Sam";
        StringBuilder sb = new StringBuilder(base);
        while (sb.length() < chars) {
            sb.insert(base.length() - 5, " really".substring(0, Math.min(7, chars - sb.length())));
        }
        return sb.toString();
    }

    static Stream<RuleCase> cases() {
        EtiquetteSettings premium = new Json().mapper().convertValue(Map.of("linkedinPremium", true),
            EtiquetteSettings.class);
        return Stream.of(
            of("card after a video interview", Rule.C2, Severity.TIP,
                () -> card(CARD).interview(INTERVIEW), () -> card(CARD)),
            of("thank-you only on LinkedIn", Rule.C3, Severity.TIP,
                () -> good().medium(Medium.LINKEDIN_MESSAGE).subject(null), Fixtures::good),
            of("card greeting by first name", Rule.H2, Severity.WARNING,
                () -> card(CARD.replace("Dear María José Ortega,", "Dear María José,")),
                () -> card(CARD.replace("Dear María José Ortega,", "Dear Ms. Ortega,")))
                .span("Dear María José,"),
            of("connection note of 230 characters", Rule.K1, Severity.ERROR,
                () -> linkedInNote(noteOf(230)), () -> linkedInNote(noteOf(200))),
            of("connection note of 310 characters on Premium", Rule.K1, Severity.ERROR,
                () -> linkedInNote(noteOf(310)), () -> linkedInNote(noteOf(300))).with(premium),
            of("message of 3,100 characters", Rule.K2, Severity.ERROR,
                () -> good().medium(Medium.LINKEDIN_MESSAGE).subject(null).text(noteOf(3100)),
                () -> good().medium(Medium.LINKEDIN_MESSAGE).subject(null).text(noteOf(2990))),
            of("InMail subject of 210 characters", Rule.K2, Severity.ERROR,
                () -> good().medium(Medium.LINKEDIN_MESSAGE).subject("Thank you " + "x".repeat(200)),
                () -> good().medium(Medium.LINKEDIN_MESSAGE).subject("Thank you " + "x".repeat(190))),
            of("LinkedIn's default invitation", Rule.K3, Severity.ERROR,
                () -> linkedInNote("I'd like to add you to my professional network on LinkedIn."),
                () -> linkedInNote(noteOf(150)))
                .span("I'd like to add you to my professional network on LinkedIn")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @Test
    void noteHelperMakesNotesOfTheAskedLength() {
        assertThat(noteOf(230)).hasSize(230);
        assertThat(noteOf(3100)).hasSize(3100);
    }

    @Test
    void linkedInOverflowIsMarkedFromTheLimitToTheEnd() {
        EtiquetteReport r = Fixtures.check(linkedInNote(noteOf(230)));
        assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.K1).singleElement()
            .satisfies(f -> assertThat(f.span()).isEqualTo(Span.body(200, 230)));
    }

    @Test
    void anEmojiCountsAsTwoCharactersLikeLinkedInCountsIt() {
        String text = noteOf(199) + "🙂";
        EtiquetteReport r = Fixtures.check(linkedInNote(text).kind(NoteKind.NETWORK));
        assertThat(r.has(Rule.K1)).isTrue();
    }
}
