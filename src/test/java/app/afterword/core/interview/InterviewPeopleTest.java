// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who plays which part, who the contact is, and who was interviewed by whom. */
class InterviewPeopleTest {

    private static Interviewer person(String name, Part part) {
        return new Interviewer(name, null, null, null, List.of(), null, null, part, Map.of());
    }

    private static Interview with(Interviewer... people) {
        return new Interview.Builder().company("Acme").role("Designer")
            .start(OffsetDateTime.parse("2026-05-04T09:00:00-05:00")).interviewers(List.of(people)).build();
    }

    @Test
    void theHiringManagerIsTheContactWhereverTheyAreOnTheList() {
        Interview i = with(person("Ana", Part.INTERVIEWER), person("Tomás", Part.RECRUITER),
            person("Priya", Part.HIRING_MANAGER));
        assertThat(i.contactPerson().name()).isEqualTo("Priya");
    }

    @Test
    void withoutAHiringManagerTheFirstRecruiterIsTheContact() {
        Interview i = with(person("Lena", Part.HOST), person("Ana", Part.INTERVIEWER), person("Tomás", Part.RECRUITER),
            person("Bea", Part.RECRUITER));
        assertThat(i.contactPerson().name()).isEqualTo("Tomás");
    }

    @Test
    void withOnlyInterviewersTheFirstInterviewerIsTheContact() {
        Interview i = with(person("Kwame", Part.REFERRER), person("Ana", Part.INTERVIEWER),
            person("Bo", Part.INTERVIEWER));
        assertThat(i.contactPerson().name()).isEqualTo("Ana");
        assertThat(with(person("Lena", Part.HOST)).contactPerson().name()).isEqualTo("Lena");
    }

    @Test
    void aChosenContactWinsAndOneWhoLeftFallsBackToTheDefault() {
        Interview i = with(person("Ana", Part.INTERVIEWER), person("Priya", Part.HIRING_MANAGER));
        assertThat(i.withContact("ana", List.of()).contactPerson().name()).isEqualTo("Ana");
        assertThat(i.withContact("Someone Else", List.of()).contactPerson().name()).isEqualTo("Priya");
    }

    @Test
    void thePeopleWhoInterviewedAreTheInterviewersAndTheHiringManager() {
        Interview i = with(person("Ana", Part.INTERVIEWER), person("Tomás", Part.RECRUITER),
            person("Priya", Part.HIRING_MANAGER), person("Lena", Part.HOST), person("Kwame", Part.REFERRER));
        assertThat(i.interviewedBy()).extracting(Interviewer::name).containsExactly("Ana", "Priya");
        assertThat(with(person("Tomás", Part.RECRUITER), person("Lena", Part.HOST)).interviewedBy())
            .extracting(Interviewer::name).containsExactly("Tomás");
    }

    @Test
    void partsReadAsWordsAndParseAsTheFileSpellsThem() {
        assertThat(Part.HIRING_MANAGER.jsonName()).isEqualTo("hiring-manager");
        assertThat(Part.HIRING_MANAGER.label()).isEqualTo("hiring manager");
        assertThat(Part.parse(" RECRUITER ")).contains(Part.RECRUITER);
        assertThat(Part.parse("coordinator")).isEmpty();
        assertThat(person("Ana", null).part()).isEqualTo(Part.INTERVIEWER);
    }
}
