// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.BundledTemplates;
import app.afterword.core.draft.Casting;
import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the app drafts must pass its own coach: every bundled template, rendered for every bundled sample interview and
 * every interviewer, gets no etiquette error. Each note is checked as the editor checks it: with the other notes of
 * the same panel (so copies are caught) and the user's other interviews (so a leaked name is caught), but no send time
 * (timing is the user's choice, not the template's).
 */
class BundledTemplatesEtiquetteTest {
    private static final List<SampleInterviews.Sample> SAMPLES = SampleInterviews.load(new Json());
    private static final TemplateCatalog CATALOG = new TemplateCatalog(BundledTemplates.load(), null);

    record Case(TemplateInfo template, String sample, Interview interview, Draft draft, List<Draft> panel) {
        @Override
        public String toString() {
            return template.id() + " × " + sample + " → " + draft.recipient();
        }
    }

    static Stream<Arguments> drafts() throws DraftException {
        Drafter drafter = new Drafter(CATALOG, TemplateEngine.sandbox(RenderLimits.DEFAULT),
            () -> ProfileSettings.EMPTY, () -> DraftSettings.DEFAULTS);
        List<Arguments> out = new ArrayList<>();
        for (TemplateInfo t : CATALOG.all()) {
            for (SampleInterviews.Sample s : SAMPLES) {
                List<Draft> panel;
                Interview interview = Casting.fitFor(s.interview(), t);
                try {
                    panel = drafter.draft(interview, DraftRequest.DEFAULT.withTemplate(t.id()));
                } catch (DraftException e) {
                    // A template that needs an idea or a clarification drafts nothing for an interview without one.
                    assertThat(e.problem()).as(e.getMessage()).isEqualTo(DraftException.Problem.INPUT);
                    assertThat(t.requires()).as(e.getMessage()).isNotEmpty();
                    continue;
                }
                for (Draft d : panel) {
                    out.add(Arguments.of(new Case(t, s.name(), interview, d, panel)));
                }
            }
        }
        return out.stream();
    }

    @Test
    void everyBundledTemplateAndSampleIsCovered() throws DraftException {
        List<Case> cases = drafts().map(a -> (Case) a.get()[0]).toList();
        assertThat(cases.stream().map(c -> c.template().id()).distinct())
            .containsExactlyInAnyOrderElementsOf(CATALOG.all().stream().map(TemplateInfo::id).toList());
        assertThat(cases.stream().map(Case::sample).distinct()).hasSameSizeAs(SAMPLES);
    }

    /** The context the editor builds for a drafted note: its panel, the other interviews, no send time. */
    private static NoteContext context(Case c, String body) {
        Interviewer recipient = c.interview().interviewer(c.draft().recipient()).orElseThrow();
        List<Draft> others = c.panel().stream().filter(d -> d != c.draft()).toList();
        List<Interview> otherInterviews = SAMPLES.stream().map(SampleInterviews.Sample::interview).toList();
        return NoteContext.builder(c.interview(), body)
            .subject(c.draft().subject())
            .kind(c.draft().kind())
            .medium(c.draft().medium())
            .recipient(recipient)
            .otherDrafts(others)
            .otherInterviews(otherInterviews)
            .build();
    }

    @Test
    void theSameContextReportsAnErrorWhenTheNoteHasOne() throws DraftException {
        Case first = (Case) drafts().findFirst().orElseThrow().get()[0];
        String greeting = first.draft().body().substring(0, first.draft().body().indexOf('\n'));
        String impersonal = first.draft().body().replace(greeting, "To whom it may concern,");

        assertThat(Fixtures.CHECKER.check(context(first, first.draft().body())).hasErrors()).isFalse();
        assertThat(Fixtures.CHECKER.check(context(first, impersonal)).has(Rule.A2, Severity.ERROR)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void bundledNoteHasNoEtiquetteError(Case c) {
        EtiquetteReport report = Fixtures.CHECKER.check(context(c, c.draft().body()));

        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).as("etiquette errors in:%n%s%n%s", c.draft().subject(), c.draft().body(),
            errors.stream().map(f -> f.ruleId() + " " + f.message() + " [" + (f.span() == null ? ""
                : f.span()) + "]").collect(Collectors.joining("\n"))).isEmpty();
    }

    /**
     * When the interview records what was discussed, the bundled notes open with thanks and that detail, so the tip
     * about thanking only for their time (N7, which reads the opening sentences) must not fire on them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void bundledNoteIsNotToldItsThanksAreOnlyForTheirTime(Case c) {
        Interviewer recipient = c.interview().interviewer(c.draft().recipient()).orElseThrow();
        org.junit.jupiter.api.Assumptions.assumeTrue(!c.interview().topics().isEmpty()
            || !recipient.topics().isEmpty(), "no topics recorded: a generic opening is all a template can write");
        EtiquetteReport report = Fixtures.CHECKER.check(context(c, c.draft().body()));

        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.N7)
            .as("N7 in:%n%s%n%s", c.draft().subject(), c.draft().body()).isEmpty();
    }

    /**
     * The notes that answer a decision or make one (a rejection reply, the notes around an offer, a withdrawal, a
     * later-round thank-you, a thank-you to a recruiter or a referrer) lint clean for their own kind: no error and no
     * warning, so the decision rules (D1 to D3) and the rules for a thank-you have nothing to say about them. (A
     * sample without the candidate's name can't be signed; A8 says so, and that is the interview's gap, not the
     * template's.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void bundledNoteOfALaterKindHasNoWarning(Case c) {
        org.junit.jupiter.api.Assumptions.assumeTrue(c.template().kind().ordinal()
            >= app.afterword.core.draft.NoteKind.SECOND_ROUND.ordinal(), "one of the first six kinds");
        EtiquetteReport report = Fixtures.CHECKER.check(context(c, c.draft().body()));

        boolean named = c.interview().candidate().name() != null;
        List<Finding> warnings = report.findings().stream().filter(f -> f.severity() != Severity.TIP)
            .filter(f -> named || f.rule() != Rule.A8).toList();
        assertThat(warnings).as("warnings in:%n%s%n%s%n%s", c.draft().subject(), c.draft().body(), warnings.stream()
            .map(f -> f.ruleId() + " " + f.message()).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The safety net for inserted details (A11) must never fire on what the app drafts itself. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void bundledNoteHasNoInsertionSeams(Case c) {
        EtiquetteReport report = Fixtures.CHECKER.check(context(c, c.draft().body()));

        assertThat(report.findings()).filteredOn(f -> f.rule() == Rule.A11)
            .as("A11 in:%n%s%n%s", c.draft().subject(), c.draft().body()).isEmpty();
    }
}
