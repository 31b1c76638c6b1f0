// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.model.Meeting;
import app.afterword.core.draft.model.NoteInfo;
import app.afterword.core.draft.model.Recipient;
import app.afterword.core.draft.model.Sender;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteModelsTest {
    private static final TemplateInfo WARM = Fixtures.BUNDLED.find("thank-you-email-warm").orElseThrow();
    private static final PhraseAnalyser PHRASES = new PhraseAnalyser();

    private static Interviewer person(String name, String... topics) {
        return new Interviewer(name, null, null, null, List.of(topics), null);
    }

    @Test
    void ownTopicComesFirstAndSharedTopicsAreHandedOutWithoutRepeats() {
        Interview i = Fixtures.interview().interviewers(List.of(person("A"), person("B", "own"), person("C"),
            person("D"))).topics(List.of("shared one", "shared two")).build();
        assertThat(List.of(0, 1, 2, 3).stream().map(n -> NoteModels.topicFor(i, n)).toList())
            .containsExactly("shared one", "own", "shared two", "shared one");
    }

    @Test
    void noTopicAnywhereMeansNoTopic() {
        Interview i = Fixtures.interview().interviewers(List.of(person("A"))).topics(List.of()).build();
        assertThat(NoteModels.topicFor(i, 0)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "her story about the last bus of the night | your story about the last bus of the night",
        "His love of old maps. | your love of old maps",
        "we both cycle to work all winter | we both cycle to work all winter",
        "We both grew up in Leeds | we both grew up in Leeds",
        "I once worked at the same café; | I once worked at the same café"})
    void rapportIsSaidToThePerson(String noted, String said) {
        assertThat(PHRASES.analyse(noted, "Priya Raman")).hasToString(said);
    }

    @Test
    void skillsAreSpreadAcrossThePanelAndIdeasAreTheFirst() {
        Interview i = Fixtures.sample("five-person-panel");
        List<String> skills = List.of(0, 1, 2, 3).stream()
            .map(n -> NoteModels.note(i, n, WARM, 0, DraftSettings.DEFAULTS, PHRASES).skill().asTyped())
            .toList();
        assertThat(skills).containsExactly(i.skills().get(0), i.skills().get(1), i.skills().get(2),
            i.skills().get(0));
        assertThat(NoteModels.note(i, 3, WARM, 0, DraftSettings.DEFAULTS, PHRASES).idea().asTyped())
            .isEqualTo(i.ideas().get(0));
    }

    @Test
    void datesAreWrittenOutInTheInterviewsOwnCalendarDay() {
        Interview i = Fixtures.sample("sample-interview");
        Meeting us = NoteModels.meeting(i, 0, false, PHRASES);
        Meeting dayFirst = NoteModels.meeting(i, 0, true, PHRASES);
        assertThat(us.day()).isEqualTo("Tuesday");
        assertThat(us.date()).isEqualTo("November 24");
        assertThat(us.decisionBy()).isEqualTo("December 4");
        assertThat(dayFirst.date()).isEqualTo("24 November");
        assertThat(us.others()).containsExactly("Daniel O'Brien", "Priya Raman-Iyer");
        assertThat(us.panelSize()).isEqualTo(3);
    }

    @Test
    void candidateGapsAreFilledFromTheProfileButTheInterviewWins() {
        Interview i = Fixtures.interview().candidate(new Candidate("Ana Lima", null, null, null, null)).build();
        ProfileSettings profile = new ProfileSettings("Someone Else", "ana@example.org", "+1 555 0100", null, null,
            "Kind regards,");
        Map<String, Object> vars = NoteModels.variables(i, profile, 0, WARM, 0, DraftSettings.DEFAULTS,
            PHRASES);
        Sender s = (Sender) vars.get("candidate");
        assertThat(s.name()).isEqualTo("Ana Lima");
        assertThat(s.contact()).containsExactly("+1 555 0100", "ana@example.org");
        assertThat(s.signOff()).isEqualTo("Kind regards,");
    }

    @Test
    void theSignOffChosenInTheProfileClosesEveryNoteThatHasOne() throws DraftException {
        ProfileSettings profile = new ProfileSettings("Ana Lima", null, null, null, null, "Many thanks,");
        Interview panel = Fixtures.sample("five-person-panel");
        Drafter drafter = Fixtures.drafter(profile, DraftSettings.DEFAULTS);
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            if (t.medium() == Medium.LINKEDIN_NOTE) {
                continue;
            }
            for (Draft d : drafter.draft(Casting.fitFor(panel, t), DraftRequest.DEFAULT.withTemplate(t.id()))) {
                assertThat(d.body()).as(t.id()).contains("\nMany thanks,\n").doesNotContain("regards,\n")
                    .doesNotContain("Best,\n");
            }
        }
    }

    @Test
    void linkedinLimitComesFromTheSettingsOnlyForConnectionNotes() {
        Interview i = Fixtures.interview().build();
        TemplateInfo note = Fixtures.BUNDLED.find("thank-you-linkedin-note").orElseThrow();
        DraftSettings premium = new DraftSettings(300, false);
        assertThat(NoteModels.note(i, 0, note, 1, premium, PHRASES)).extracting(NoteInfo::limit, NoteInfo::brevity)
            .containsExactly(300, 1);
        assertThat(NoteModels.note(i, 0, WARM, 0, premium, PHRASES).limit()).isZero();
    }

    @Test
    void recipientCarriesOnlyThatPersonsDetails() {
        Interview i = Fixtures.sample("sample-interview");
        Recipient r = NoteModels.recipient(i, 2, false, PHRASES);
        assertThat(r.name()).isEqualTo("Priya Raman-Iyer");
        assertThat(r.topic()).hasToString("the diary study with night-shift riders");
        assertThat(r.rapport()).hasToString("your story about the last bus of the night");
        assertThat(r).hasToString("Priya Raman-Iyer");
    }

    @Test
    void recipientSaysWhetherTheTopicIsTheirOwn() {
        Interview panel = Fixtures.sample("five-person-panel");
        Recipient own = NoteModels.recipient(panel, 0, false, PHRASES);
        assertThat(own.topic()).hasToString("moving the appointment service off the old monolith");
        assertThat(own.ownTopic()).isTrue();
        Recipient shared = NoteModels.recipient(panel, 2, false, PHRASES);
        assertThat(shared.topic()).hasToString("the plan to split the scheduling API by clinic region");
        assertThat(shared.ownTopic()).isFalse();
        Recipient none = NoteModels.recipient(Fixtures.sample("phone-screen"), 0, false, PHRASES);
        assertThat(none.topic()).isNull();
        assertThat(none.ownTopic()).isFalse();
    }
}
