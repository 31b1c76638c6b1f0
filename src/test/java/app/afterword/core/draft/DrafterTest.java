// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DrafterTest {
    private final Drafter drafter = Fixtures.drafter();

    @Test
    void defaultIsAWarmThankYouEmailToEveryInterviewer() throws DraftException {
        List<Draft> drafts = drafter.draft(Fixtures.sample("sample-interview"), DraftRequest.DEFAULT);
        assertThat(drafts).extracting(Draft::recipient)
            .containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        assertThat(drafts).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(NoteKind.THANK_YOU);
            assertThat(d.medium()).isEqualTo(Medium.EMAIL);
            assertThat(d.templateId()).isEqualTo("thank-you-email-warm");
            assertThat(d.subject()).isEqualTo("Thank you — Senior Product Designer interview");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Priya Raman-Iyer | Priya Raman-Iyer",
        "priya | Priya Raman-Iyer",
        "maria jose ortega | María José Ortega",
        "Ortega | María José Ortega",
        "o'brien | Daniel O'Brien",
        "O’Brien | Daniel O'Brien"})
    void toPicksOneInterviewerByAnyPartOfTheName(String to, String expected) throws DraftException {
        assertThat(drafter.draft(Fixtures.sample("sample-interview"), DraftRequest.DEFAULT.to(to)))
            .singleElement().extracting(Draft::recipient).isEqualTo(expected);
    }

    @Test
    void unknownRecipientListsTheInterviewers() {
        assertThatThrownBy(() -> drafter.draft(Fixtures.sample("sample-interview"), DraftRequest.DEFAULT.to("Zed")))
            .isInstanceOfSatisfying(DraftException.class, e -> {
                assertThat(e.problem()).isEqualTo(DraftException.Problem.REQUEST);
                assertThat(e).hasMessage("There is no interviewer named 'Zed' in this interview; the interviewers "
                    + "are María José Ortega, Daniel O'Brien, Priya Raman-Iyer.");
            });
    }

    @Test
    void ambiguousRecipientAsksForTheFullName() {
        Interview i = Fixtures.interview().interviewers(List.of(new Interviewer("Jo Park", null, null, null,
            List.of(), null), new Interviewer("Jo Kim", null, null, null, List.of(), null))).build();
        assertThatThrownBy(() -> drafter.draft(i, DraftRequest.DEFAULT.to("jo")))
            .hasMessage("'jo' matches more than one interviewer (Jo Park, Jo Kim); give the full name.");
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void eachToneOfTheThankYouEmailIsItsOwnTemplate(Tone tone) throws DraftException {
        Draft d = drafter.draft(Fixtures.sample("sample-interview"), DraftRequest.of(null, null, tone)).get(0);
        assertThat(d.templateId()).isEqualTo("thank-you-email-" + tone.id());
    }

    @Test
    void tonesAreDifferentNotesNotAWordSwap() throws DraftException {
        Interview i = Fixtures.sample("sample-interview");
        String warm = drafter.draft(i, DraftRequest.of(null, null, Tone.WARM)).get(0).body();
        String formal = drafter.draft(i, DraftRequest.of(null, null, Tone.FORMAL)).get(0).body();
        String brief = drafter.draft(i, DraftRequest.of(null, null, Tone.BRIEF)).get(0).body();
        assertThat(Similarity.of(warm, formal)).isLessThan(Similarity.PANEL_THRESHOLD);
        assertThat(Similarity.of(warm, brief)).isLessThan(Similarity.PANEL_THRESHOLD);
        assertThat(Similarity.of(formal, brief)).isLessThan(Similarity.PANEL_THRESHOLD);
        assertThat(Similarity.words(brief).size()).isLessThan(Similarity.words(warm).size());
    }

    @Test
    void missingToneFallsBackToTheNearestTemplate() throws DraftException {
        TemplateInfo t = drafter.choose(DraftRequest.of(NoteKind.CLOSE_LOOP, Medium.LINKEDIN_MESSAGE, Tone.FORMAL));
        assertThat(t.id()).isEqualTo("close-loop-linkedin-message");
        assertThat(ToneCoverage.explain(NoteKind.CLOSE_LOOP, Medium.LINKEDIN_MESSAGE, Tone.FORMAL)).hasValue(
            "There is no formal LinkedIn message for a close-the-loop note: LinkedIn messages are short and "
                + "conversational, so they come in one voice; send an e-mail for a formal or brief note.");
        assertThat(drafter.choose(DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, Tone.FORMAL)).id())
            .isEqualTo("follow-up-email-formal");
    }

    @Test
    void kindWithoutThatMediumSaysWhichMediaExist() {
        assertThatThrownBy(() -> drafter.choose(DraftRequest.of(NoteKind.FOLLOW_UP, Medium.CARD, null)))
            .hasMessage("There is no template for a status follow-up as a handwritten card; it comes as: email, "
                + "linkedin-message.");
    }

    @Test
    void templateThatNeedsAnIdeaSaysSoBeforeRendering() {
        assertThatThrownBy(() -> drafter.draft(Fixtures.sample("phone-screen"),
            DraftRequest.of(NoteKind.VALUE_ADD, null, null)))
            .isInstanceOfSatisfying(DraftException.class, e -> {
                assertThat(e.problem()).isEqualTo(DraftException.Problem.INPUT);
                assertThat(e.errors()).isEmpty();
                assertThat(e).hasMessage("'Value-add follow-up e-mail' needs an idea you can offer (`ideas` in the "
                    + "interview), and this interview has none. Add it and draft again.");
            });
    }

    @Test
    void profileSignsWhenTheInterviewHasNoCandidate() throws DraftException {
        Drafter withProfile = Fixtures.drafter(new ProfileSettings("Lee Wong", "lee@example.com", null,
            "linkedin.com/in/leewong", null), DraftSettings.DEFAULTS);
        String body = withProfile.draft(Fixtures.sample("phone-screen"), DraftRequest.DEFAULT).get(0).body();
        assertThat(body).endsWith("\nLee Wong\nlee@example.com\nlinkedin.com/in/leewong");
    }

    @Test
    void ownSignatureReplacesNameAndContactLines() throws DraftException {
        Interview i = Fixtures.interview().candidate(new Candidate("Ana Lima", "ana@example.com", null, null,
            "Ana Lima\nProduct Designer · ana.design")).build();
        String body = drafter.draft(i, DraftRequest.DEFAULT).get(0).body();
        assertThat(body).endsWith("\nAna Lima\nProduct Designer · ana.design").doesNotContain("ana@example.com");
    }

    @Test
    void longConnectionNoteIsRedraftedShorterUntilItFits() throws DraftException {
        Interview i = Fixtures.interview().role("Principal Staff Software Engineer, Developer Productivity Platform")
            .interviewers(List.of(new Interviewer("Maximiliana Wolfeschlegelsteinhausen-Bergerdorff", null, null,
                null, List.of("the migration of the monorepo build to remote execution across three data centers"),
                null))).build();
        Drafter d = Fixtures.drafter();
        Draft note = d.draft(i, DraftRequest.of(null, Medium.LINKEDIN_NOTE, null)).get(0);
        assertThat(note.body().length()).isLessThanOrEqualTo(200);
        assertThat(d.overLimit(note)).isFalse();
        Drafter premium = Fixtures.drafter(ProfileSettings.EMPTY, new DraftSettings(300, false));
        Draft longer = premium.draft(i, DraftRequest.of(null, Medium.LINKEDIN_NOTE, null)).get(0);
        assertThat(longer.body().length()).isGreaterThan(note.body().length()).isLessThanOrEqualTo(300);
    }

    @Test
    void noteThatCannotFitIsReturnedAndFlagged() throws DraftException {
        String company = "The Extraordinarily Long-Named International Consortium of Public Transit Operators and "
            + "Allied Mobility Services of the Greater Metropolitan Region, Its Suburbs, Exurbs and Rural Hinterland, "
            + "Incorporated Under the Regional Transit Authorities Act";
        Interview i = Fixtures.interview().company(company).role("Senior Principal Accessibility and Inclusive "
            + "Design Systems Researcher for Rider-Facing Digital and Physical Wayfinding Products")
            .interviewers(List.of(new Interviewer("Maximiliana Wolfeschlegelsteinhausen-Bergerdorff", null, null,
                null, List.of(), null))).build();
        Draft note = drafter.draft(i, DraftRequest.of(null, Medium.LINKEDIN_NOTE, null)).get(0);
        assertThat(note.body()).contains(company);
        assertThat(drafter.overLimit(note)).isTrue();
    }

    @Test
    void previewRendersUnsavedTextInTheSandbox() throws DraftException {
        String text = "## kind: thank-you\n## medium: card\nDear $interviewer.name,\n\nThank you for the talk about "
            + "$interviewer.topic.\n\n$candidate.name\n";
        List<Draft> drafts = drafter.preview(text, Fixtures.sample("sample-interview"), DraftRequest.DEFAULT
            .to("Daniel"));
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.medium()).isEqualTo(Medium.CARD);
            assertThat(d.body()).isEqualTo("Dear Daniel O'Brien,\n\nThank you for the talk about sharing design "
                + "tokens between the web and mobile teams.\n\nSam Okafor");
        });
    }

    @Test
    void previewWithATypoGivesLineAndColumn() {
        String text = "## kind: thank-you\n## medium: card\n\nDear $interviewer.nmae,\n";
        assertThatThrownBy(() -> drafter.preview(text, Fixtures.sample("sample-interview"), DraftRequest.DEFAULT))
            .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.errors()).singleElement()
                .hasToString("line 4, column 6: `$interviewer.nmae` is not a field — did you mean `name`?"));
    }

    @Test
    void emailTemplateWithoutSubjectIsRefused() {
        assertThatThrownBy(() -> drafter.preview("Dear $interviewer.name,", Fixtures.sample("phone-screen"),
            DraftRequest.DEFAULT)).hasMessageContaining("must start with a line `Subject: …`");
    }

    @Test
    void subjectInACardIsRefused() {
        assertThatThrownBy(() -> drafter.preview("## medium: card\nSubject: Hi\n\nDear $interviewer.name,",
            Fixtures.sample("phone-screen"), DraftRequest.DEFAULT))
            .hasMessageContaining("Only e-mail templates have a `Subject:` line; a handwritten card has none.");
    }

    @Test
    void unknownTemplateIdIsARequestProblem() {
        assertThatThrownBy(() -> drafter.draft(Fixtures.sample("phone-screen"), DraftRequest.DEFAULT
            .withTemplate("nope"))).isInstanceOfSatisfying(DraftException.class,
                e -> assertThat(e.problem()).isEqualTo(DraftException.Problem.REQUEST));
    }

    @Test
    void draftingLeavesTheInterviewUnchanged() throws DraftException {
        Interview panel = Fixtures.sample("five-person-panel");
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            Interview i = Casting.fitFor(panel, t);
            Interview copy = i.toBuilder().build();
            drafter.draft(i, DraftRequest.DEFAULT.withTemplate(t.id()));
            assertThat(i).isEqualTo(copy);
        }
    }
}
