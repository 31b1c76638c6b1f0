// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.replacing;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A11: the seams of an inserted detail: a sentence in a noun slot, doubled punctuation, a name without capitals. */
class InsertionRulesTest {

    static final String END = "so do I.";

    static Stream<RuleCase> cases() {
        return Stream.of(
            of("résumé line after 'with'", Rule.A11, Severity.WARNING,
                () -> replacing(END, END + " I would bring my experience with Led a team of four researchers."),
                () -> replacing(END, END + " I would bring my experience with leading a team of four researchers."))
                .span("Led a team of four researchers"),
            of("sentence after 'about'", Rule.A11, Severity.WARNING,
                () -> replacing(END, END + " I keep thinking of our conversation about We talked about the diary."),
                () -> replacing(END, END + " I keep thinking of our conversation about the diary study."))
                .span("We talked about the diary"),
            of("past tense after 'in'", Rule.A11, Severity.WARNING,
                () -> replacing(END, END + " My background in mentored four designers would help."),
                () -> replacing(END, END + " I led four designers in my last role, and mentored two."))
                .span("mentored four designers would help"),
            of("two full stops after an abbreviation", Rule.A11, Severity.WARNING,
                () -> replacing(END, END + " I spent four years at Initech Inc.. It taught me a lot."),
                () -> replacing(END, END + " I spent four years at Initech Inc. It taught me a lot.")).span(".."),
            of("question mark and comma", Rule.A11, Severity.WARNING,
                () -> replacing(END, END + " I keep thinking about what comes next?, and I am keen."),
                () -> replacing(END, END + " I keep thinking about what comes next, e.g., the audit.")).span("?,"),
            of("full stop and comma", Rule.A11, Severity.WARNING,
                () -> replacing(END, END + " The audit covers the spring release., which helps."),
                () -> replacing(END, END + " The audit covers the U.S., Canada and Mexico.")).span(".,"),
            of("exclamation mark and full stop", Rule.A11, Severity.WARNING,
                () -> replacing(END, "so do I!."), () -> replacing(END, "so do I!")).span("!."),
            of("two commas", Rule.A11, Severity.WARNING,
                () -> replacing("Dear María José,", "Dear María José,,"), Fixtures::good).span(",,"),
            of("an interviewer's name in lower case", Rule.A11, Severity.WARNING,
                () -> to(OMAR, "Dear Omar,", END + " Please thank omar's team as well."),
                () -> to(OMAR, "Dear Omar,", END + " Please thank Omar's team as well.")).span("omar"),
            of("greeting in lower case", Rule.A11, Severity.WARNING,
                () -> to(MARIA, "Dear maria garcia,", END), () -> to(MARIA, "Dear Maria Garcia,", END))
                .span("maria garcia"),
            of("a name that is also a word, greeted in lower case", Rule.A11, Severity.WARNING,
                () -> to(WILL, "Dear will,", END),
                () -> to(WILL, "Dear Will,", END + " I will mark the date; the rose garden was lovely.")).span("will"),
            of("your name in capitals", Rule.A11, Severity.WARNING,
                () -> replacing("Sam Okafor\n", "SAM OKAFOR\n"), Fixtures::good).span("SAM OKAFOR")
        );
    }

    static final Interviewer OMAR = new Interviewer("Omar Haddad", null, null, null,
        List.of("the trip planner redesign for riders with low vision"), null);
    static final Interviewer MARIA = new Interviewer("Maria Garcia", null, null, null,
        List.of("the trip planner redesign for riders with low vision"), null);
    static final Interviewer WILL = new Interviewer("Will Ortiz", null, null, null,
        List.of("the trip planner redesign for riders with low vision"), null);
    static final Interviewer ROSE = new Interviewer("Rose Mark", null, null, null, List.of(), null);

    /** The good note to {@code person} on a panel with Rose Mark, opening with {@code greeting}. */
    static NoteContext.Builder to(Interviewer person, String greeting, String end) {
        Interview panel = Fixtures.INTERVIEW.toBuilder().interviewers(List.of(person, ROSE)).build();
        return NoteContext.builder(panel, Fixtures.NOTE.replace("Dear María José,", greeting).replace(END, end))
            .subject(Fixtures.SUBJECT).recipient(person).sendAt(Fixtures.SEND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I spent four years at Initech Inc.",
        "We compared notes on the audit, e.g., the colour contrast checks.",
        "The audit covers the U.S., Canada and Mexico.",
        "I will mark the date; the rose garden was lovely.",
        "I led a team of four. I also mentored two designers.",
        "I enjoyed our talk about leading a team through an audit.",
        "Thank you for the time with Drew and the team.",
        "It reminded me of the ideas in Found in Translation.",
        "Sounds great… I am keen!",
        "I look forward to it...",
        "Was it really the last bus?! I still laugh about it.",
        "I was glad to hear it, for we both care about riders.",
        "It is something I care about: we all rely on it.",
        "I spoke with J. R. Smith, who ran the study."})
    void ordinaryWritingIsNotFlagged(String sentence) {
        EtiquetteReport r = Fixtures.check(to(ROSE, "Dear Rose,", END + " " + sentence));
        assertThat(r.has(Rule.A11)).as(RuleCase.describe(r)).isFalse();
    }

    @Test
    void aNameTypedWithoutCapitalsIsToBeFixedWhereItWasTyped() {
        Interviewer typed = new Interviewer("maria garcia", null, null, null,
            List.of("the trip planner redesign for riders with low vision"), null);
        Finding f = Fixtures.check(to(typed, "Dear maria garcia,", END)).findings().stream()
            .filter(x -> x.rule() == Rule.A11).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("\"maria garcia\" is written in lower case.");
        assertThat(f.suggestion())
            .isEqualTo("Write it as they do: Maria Garcia. Correct it on the People step too, so the next draft has it "
                + "right.");
        assertThat(Fixtures.check(to(typed, "Dear maria garcia,", END)).has(Rule.A1)).isFalse();
    }

    @Test
    void particlesKeepTheirLowerCase() {
        Interviewer jeanLuc = new Interviewer("Jean-Luc van der Berg", null, null, null,
            List.of("the trip planner redesign for riders with low vision"), null);
        EtiquetteReport r = Fixtures.check(to(jeanLuc, "Dear Mr. van der Berg,", END));
        assertThat(r.has(Rule.A11)).as(RuleCase.describe(r)).isFalse();
        assertThat(Fixtures.check(to(jeanLuc, "Dear jean-luc,", END)).has(Rule.A11)).isTrue();
    }

    @Test
    void withoutADictionaryOnlyTheClauseShapeGoesUnchecked() {
        EtiquetteChecker plain = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, Fixtures.PHRASES, WordClasses.NONE);
        assertThat(plain.check(replacing(END, END + " I would bring my experience with Led a team of four.").build())
            .has(Rule.A11)).isFalse();
        assertThat(plain.check(replacing(END, END + " I worked at Initech Inc.. It helped.").build())
            .has(Rule.A11)).isTrue();
        assertThat(plain.check(to(OMAR, "Dear omar,", END).build()).has(Rule.A11)).isTrue();
    }
}
