// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The greeting rule the drafts use: a warm or brief note greets by the given name, a formal one by the typed title
 * and surname or the full name, and the greeting the candidate chose always wins.
 */
class GreetingNameTest {

    private static Interviewer person(String name) {
        return new Interviewer(name, null, null, null, List.of(), null);
    }

    @ParameterizedTest(name = "{0}: warm \"{1}\", formal \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        Dr. Anke Schröder               | Anke              | Dr. Schröder
        Dr. Min-jun Cho                 | Min-jun           | Dr. Cho
        Ms. Siobhan O'Connor            | Siobhan           | Ms. O'Connor
        Ms Priya Raman                  | Priya             | Ms Raman
        Mrs. Li                         | Mrs. Li           | Mrs. Li
        Prof. Rao                       | Prof. Rao         | Prof. Rao
        Professor Kwame Mensah          | Kwame             | Professor Mensah
        Miss Daisy Parker               | Daisy             | Miss Parker
        Mx Sam Okafor                   | Sam               | Mx Okafor
        Sir Ian McKellen                | Ian               | Sir Ian
        Dame Judi Dench                 | Judi              | Dame Judi
        Rev. Dr. Martin Luther King Jr. | Martin            | Rev. Dr. King
        Dr Dr. Cho                      | Dr Cho            | Dr Cho
        Rahul Menon                     | Rahul             | Rahul Menon
        maria garcia                    | maria             | maria garcia
        MARIA GARCIA                    | MARIA             | MARIA GARCIA
        James Carter Jr.                | James             | James Carter Jr.
        Robert King III                 | Robert            | Robert King III
        `Ana Lima, PhD`                 | Ana               | Ana Lima
        `Ana Lima, PhD, MBA`            | Ana               | Ana Lima
        Madonna                         | Madonna           | Madonna
        Jean-Luc van der Berg           | Jean-Luc          | Jean-Luc van der Berg
        María José de la Cruz           | María José        | María José de la Cruz
        María José Ortega               | María             | María José Ortega
        Mr. van der Berg                | Mr. van der Berg  | Mr. van der Berg
        Nguyễn Thị Minh Khai            | Nguyễn Thị Minh Khai | Nguyễn Thị Minh Khai
        田中 裕子                        | 田中 裕子          | 田中 裕子
        Dr. 田中                         | Dr. 田中           | Dr. 田中
        Дмитрий Соколов                 | Дмитрий           | Дмитрий Соколов
        D'Souza                         | D'Souza           | D'Souza
        O’Brien                         | O’Brien           | O’Brien
        Daniel O’Brien                  | Daniel            | Daniel O’Brien
        `Carter, James`                 | James             | James Carter
        Robert "Bob" King               | Bob               | Robert King
        J. R. Smith                     | J. R. Smith       | J. R. Smith
        Ursula K. Le Guin               | Ursula            | Ursula K. Le Guin
        نور الهدى                        | نور الهدى          | نور الهدى
        """)
    void greetsTheWayTheNameWasTyped(String typed, String warm, String formal) {
        Interviewer i = person(typed);
        assertThat(i.greetingName(false)).as("warm").isEqualTo(warm);
        assertThat(i.greetingName(true)).as("formal").isEqualTo(formal);
        assertThat(i.personName().greeting(false)).isEqualTo(warm);
    }

    @Test
    void neverGuessesATitleFromAFirstName() {
        for (String name : List.of("Maria Garcia", "James Carter", "Priya Raman", "Sam Okafor")) {
            assertThat(person(name).greetingName(true)).isEqualTo(name);
        }
    }

    @Test
    void neverDoublesATitle() {
        for (String name : List.of("Dr. Dr. Anke Schröder", "Dr Dr. Cho", "Ms. Ms. Li", "Prof. Prof. Rao")) {
            String formal = person(name).greetingName(true);
            String[] words = formal.split(" ");
            assertThat(words[0].replace(".", "")).as(formal).isNotEqualToIgnoringCase(words[1].replace(".", ""));
        }
    }

    @Test
    void theChosenGreetingWinsInEveryTone() {
        Interviewer anke = person("Dr. Anke Schröder").withAddressAs(" Anke ");
        assertThat(anke.greetingName(true)).isEqualTo("Anke");
        assertThat(anke.greetingName(false)).isEqualTo("Anke");
        Interviewer cho = person("Min-jun Cho").withAddressAs("Dr. Cho");
        assertThat(cho.greetingName(false)).isEqualTo("Dr. Cho");
        assertThat(person("Min-jun Cho").withAddressAs("  ").addressAs()).isNull();
    }
}
