// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import app.afterword.core.store.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who each kind of note goes to: a thank-you to each interviewer, a follow-up to the one contact. */
class AudienceTest {
    private final Drafter drafter = Fixtures.drafter();

    private static Interviewer person(String name, Part part, String email, String topic) {
        return new Interviewer(name, null, email, null, topic == null ? List.of() : List.of(topic), null, null, part,
            Map.of());
    }

    /** A panel of five: two interviewers, the hiring manager (third on the list), a recruiter and the host. */
    static Interview panelOfFive() {
        return Fixtures.interview()
            .interviewers(List.of(
                person("Daniel O'Brien", Part.INTERVIEWER, "daniel@acme.example", "the mobile release train"),
                person("ana souza", Part.INTERVIEWER, null, "research with riders who use screen readers"),
                person("Priya Raman", Part.HIRING_MANAGER, "priya@acme.example", "the design system roadmap"),
                person("Tomás Ibáñez", Part.RECRUITER, "tomas@acme.example", null),
                person("Lena Kowalski", Part.HOST, null, null)))
            .topics(List.of("accessibility audits"))
            .skills(List.of("usability testing with older riders"))
            .clarifications(List.of("my notice period is four weeks, not eight"))
            .ideas(List.of("a checklist for testing trip alerts with screen readers"))
            .build();
    }

    private List<String> recipients(Interview i, NoteKind kind) throws DraftException {
        return drafter.draft(i, DraftRequest.of(kind, Medium.EMAIL, null)).stream().map(Draft::recipient).toList();
    }

    @Test
    void aThankYouGoesToEachInterviewerAndTheHiringManagerButNotTheRecruiterOrHost() throws DraftException {
        assertThat(recipients(panelOfFive(), NoteKind.THANK_YOU))
            .containsExactly("Daniel O'Brien", "ana souza", "Priya Raman");
    }

    @ParameterizedTest
    @EnumSource(value = NoteKind.class, names = {"FOLLOW_UP", "VALUE_ADD", "CLARIFICATION", "CLOSE_LOOP"})
    void aFollowUpKindIsOneNoteToTheHiringManager(NoteKind kind) throws DraftException {
        List<Draft> drafts = drafter.draft(panelOfFive(), DraftRequest.of(kind, Medium.EMAIL, null));
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.recipient()).isEqualTo("Priya Raman");
            assertThat(d.body()).startsWith("Dear Priya,");
        });
        assertThat(Audience.of(kind)).isEqualTo(Audience.CONTACT);
    }

    @Test
    void aNetworkingNoteGoesToEachPersonTheCandidateTalkedWithAboutTheRole() throws DraftException {
        assertThat(recipients(panelOfFive(), NoteKind.NETWORK))
            .containsExactly("Daniel O'Brien", "ana souza", "Priya Raman", "Tomás Ibáñez");
    }

    @ParameterizedTest
    @EnumSource(NoteKind.class)
    void everyKindHasAnAudience(NoteKind kind) throws DraftException {
        Audience a = Audience.of(kind);
        assertThat(a.receivers(withReferrer(), kind)).isNotEmpty();
        assertThat(a.onePerson()).isEqualTo(a == Audience.CONTACT);
    }

    private static Interview withReferrer() {
        Interview i = panelOfFive();
        List<Interviewer> people = new ArrayList<>(i.interviewers());
        people.add(person("Kwame Mensah", Part.REFERRER, "kwame@example.org", null));
        return i.toBuilder().interviewers(people).build();
    }

    @Test
    void eachNewKindGoesToThePeopleItIsFor() throws DraftException {
        Interview i = withReferrer();
        assertThat(recipients(i, NoteKind.SECOND_ROUND)).containsExactly("Daniel O'Brien", "ana souza",
            "Priya Raman");
        assertThat(recipients(i, NoteKind.RECRUITER_THANKS)).containsExactly("Tomás Ibáñez");
        assertThat(recipients(i, NoteKind.REFERRAL_THANKS)).containsExactly("Kwame Mensah");
        for (NoteKind k : List.of(NoteKind.REJECTION_REPLY, NoteKind.COMPETING_OFFER, NoteKind.TIME_TO_DECIDE,
            NoteKind.ACCEPT_OFFER, NoteKind.DECLINE_OFFER, NoteKind.WITHDRAW)) {
            assertThat(recipients(i, k)).as(k.id()).containsExactly("Priya Raman");
        }
    }

    @Test
    void withoutAHiringManagerTheFollowUpGoesToTheFirstRecruiter() throws DraftException {
        Interview i = panelOfFive();
        List<Interviewer> people = new ArrayList<>(i.interviewers());
        people.set(2, people.get(2).withPart(Part.INTERVIEWER));
        people.add(person("Bea Lund", Part.RECRUITER, "bea@acme.example", null));
        assertThat(recipients(i.toBuilder().interviewers(people).build(), NoteKind.FOLLOW_UP))
            .containsExactly("Tomás Ibáñez");
    }

    @Test
    void anOldInterviewWithoutPartsGivesTheFollowUpToTheFirstInterviewerAndThanksEveryone() throws DraftException {
        Interview old = Fixtures.sample("sample-interview").toBuilder().interviewers(Fixtures.sample(
            "sample-interview").interviewers().stream().map(p -> p.withPart(null)).toList()).build();
        assertThat(recipients(old, NoteKind.FOLLOW_UP)).containsExactly("María José Ortega");
        assertThat(recipients(old, NoteKind.THANK_YOU))
            .containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
    }

    @Test
    void theContactChosenForTheInterviewReceivesTheFollowUpInsteadOfTheDefault() throws DraftException {
        Interview i = panelOfFive().withContact("tomás ibáñez", List.of());
        assertThat(recipients(i, NoteKind.FOLLOW_UP)).containsExactly("Tomás Ibáñez");
        assertThat(recipients(i, NoteKind.THANK_YOU)).containsExactly("Daniel O'Brien", "ana souza", "Priya Raman");
    }

    @Test
    void theContactAndCopiesAreRememberedInTheInterviewFile() throws Exception {
        Interview chosen = panelOfFive().withContact("Tomás Ibáñez", List.of("Priya Raman", "coach@example.org"));
        InterviewCodec codec = new InterviewCodec();
        Json json = new Json();
        Interview reloaded = codec.read(json.parse(json.write(codec.write(chosen)))).interview();
        assertThat(reloaded).isEqualTo(chosen);
        Draft d = drafter.draft(reloaded, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, null)).get(0);
        assertThat(d.recipient()).isEqualTo("Tomás Ibáñez");
        assertThat(d.cc()).containsExactly("Priya Raman", "coach@example.org");
    }

    @Test
    void toStillDraftsToThePersonNamedWhateverTheKind() throws DraftException {
        assertThat(drafter.draft(panelOfFive(), new DraftRequest(NoteKind.FOLLOW_UP, Medium.EMAIL, null, null,
            "daniel"))).singleElement().extracting(Draft::recipient).isEqualTo("Daniel O'Brien");
        assertThat(drafter.draft(panelOfFive(), DraftRequest.DEFAULT.to("Lena")))
            .singleElement().extracting(Draft::recipient).isEqualTo("Lena Kowalski");
    }

    @Test
    void aNoteToTheContactCopiesTheChosenPeopleButNeverTheRecipientAndAThankYouCopiesNoOne()
        throws DraftException {
        Interview i = panelOfFive().withContact(null, List.of("daniel o'brien", "Priya Raman", "coach@example.org",
            "Daniel O'Brien"));
        Draft followUp = drafter.draft(i, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, null)).get(0);
        assertThat(followUp.recipient()).isEqualTo("Priya Raman");
        assertThat(followUp.cc()).containsExactly("Daniel O'Brien", "coach@example.org");
        assertThat(drafter.draft(i, DraftRequest.DEFAULT)).allSatisfy(d -> assertThat(d.cc()).isEmpty());
        Draft override = drafter.draft(i, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, null)
            .copying(List.of("Tomás"))).get(0);
        assertThat(override.cc()).containsExactly("Tomás Ibáñez");
        assertThat(drafter.draft(i, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.LINKEDIN_MESSAGE, null)))
            .as("only an e-mail has copies").singleElement().satisfies(d -> assertThat(d.cc()).isEmpty());
    }

    @Test
    void aCopyWhoLeftTheInterviewIsLeftOutButACopyAskedForMustBeThere() throws DraftException {
        Interview i = panelOfFive().withContact(null, List.of("Someone Who Left", "Daniel O'Brien"));
        assertThat(drafter.draft(i, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, null)).get(0).cc())
            .containsExactly("Daniel O'Brien");
        assertThatThrownBy(() -> drafter.draft(i, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, null)
            .copying(List.of("Zed")))).isInstanceOfSatisfying(DraftException.class, e -> {
                assertThat(e.problem()).isEqualTo(DraftException.Problem.REQUEST);
                assertThat(e).hasMessageStartingWith("There is no interviewer named 'Zed'");
            });
    }

    @Test
    void theRecruitersAudienceIsOneNoteToEachRecruiter() throws DraftException {
        Interview i = panelOfFive();
        List<Interviewer> people = new ArrayList<>(i.interviewers());
        people.add(person("Bea Lund", Part.RECRUITER, "bea@acme.example", null));
        List<Draft> drafts = drafter.draft(i.toBuilder().interviewers(people).build(),
            DraftRequest.of(NoteKind.THANK_YOU, Medium.EMAIL, null), Audience.RECRUITERS);
        assertThat(drafts).extracting(Draft::recipient).containsExactly("Tomás Ibáñez", "Bea Lund");
    }

    @Test
    void theReferrerAudienceIsTheNoteToTheReferrer() throws DraftException {
        Interview i = panelOfFive();
        List<Interviewer> people = new ArrayList<>(i.interviewers());
        people.add(person("Kwame Mensah", Part.REFERRER, "kwame@example.org", null));
        List<Draft> drafts = drafter.draft(i.toBuilder().interviewers(people).build(),
            DraftRequest.of(NoteKind.THANK_YOU, Medium.EMAIL, null), Audience.REFERRER);
        assertThat(drafts).extracting(Draft::recipient).containsExactly("Kwame Mensah");
    }

    @Test
    void aNoteForAReferrerWhenThereIsNoneSaysWhatToAdd() {
        assertThatThrownBy(() -> drafter.draft(panelOfFive(), DraftRequest.of(NoteKind.THANK_YOU, Medium.EMAIL,
            null), Audience.REFERRER)).isInstanceOfSatisfying(DraftException.class, e -> {
                assertThat(e.problem()).isEqualTo(DraftException.Problem.INPUT);
                assertThat(e).hasMessage("This thank-you goes to the person who referred you, and no one in this "
                    + "interview is marked as referrer. On the People step, set that person's part to referrer (in "
                    + "the interview file: \"part\": \"referrer\", with their name) and draft again.");
            });
    }

    @Test
    void aNoteForARecruiterWhenThereIsNoneSaysWhatToAdd() {
        Interview noRecruiter = Fixtures.sample("sample-interview");
        assertThatThrownBy(() -> drafter.draft(noRecruiter, DraftRequest.of(NoteKind.FOLLOW_UP, Medium.EMAIL, null),
            Audience.RECRUITERS)).isInstanceOf(DraftException.class)
            .hasMessageStartingWith("This note goes to the recruiter or coordinator, and no one in this "
                + "interview is marked as recruiter.")
            .hasMessageContaining("\"part\": \"recruiter\"");
    }

    @Test
    void aScreeningCallWithOnlyARecruiterIsThankedThroughTheRecruiter() throws DraftException {
        Interview screen = Fixtures.interview().interviewers(List.of(person("Siobhán O'Keeffe", Part.RECRUITER,
            "siobhan@acme.example", "the team's hybrid week"))).build();
        assertThat(recipients(screen, NoteKind.THANK_YOU)).containsExactly("Siobhán O'Keeffe");
        assertThat(recipients(screen, NoteKind.FOLLOW_UP)).containsExactly("Siobhán O'Keeffe");
    }
}
