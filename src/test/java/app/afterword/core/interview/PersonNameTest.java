// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names the way people type them: titles, particles, suffixes, degrees, one word, other scripts, no capitals. */
class PersonNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        maria garcia            | -         | maria      | -      | garcia        | -    | -
        MARIA GARCIA            | -         | MARIA      | -      | GARCIA        | -    | -
        Dr. Anke Schröder       | Dr.       | Anke       | -      | Schröder      | -    | -
        Prof. Rao               | Prof.     | -          | -      | Rao           | -    | -
        Ms Priya Raman          | Ms        | Priya      | -      | Raman         | -    | -
        Mrs. Li                 | Mrs.      | -          | -      | Li            | -    | -
        James Carter Jr.        | -         | James      | -      | Carter        | Jr.  | -
        Robert King III         | -         | Robert     | -      | King          | III  | -
        Ana Lima, PhD           | -         | Ana        | -      | Lima          | -    | PhD
        `Ana Lima, PhD, MBA`    | -         | Ana        | -      | Lima          | -    | `PhD, MBA`
        Ana Lima RN             | -         | Ana        | -      | Lima          | -    | RN
        Madonna                 | -         | Madonna    | -      | -             | -    | -
        Jean-Luc van der Berg   | -         | Jean-Luc   | -      | van der Berg  | -    | -
        María José de la Cruz   | -         | María José | -      | de la Cruz    | -    | -
        Mr. van der Berg        | Mr.       | -          | -      | van der Berg  | -    | -
        Van Morrison            | -         | Van        | -      | Morrison      | -    | -
        D'Souza                 | -         | D'Souza    | -      | -             | -    | -
        O’Brien                 | -         | O’Brien    | -      | -             | -    | -
        Дмитрий Соколов         | -         | Дмитрий    | -      | Соколов       | -    | -
        Ursula K. Le Guin       | -         | Ursula     | K.     | Le Guin       | -    | -
        Rev. Dr. Martin Luther King Jr. | Rev. Dr. | Martin | Luther | King       | Jr.  | -
        `Carter, James`         | -         | James      | -      | Carter        | -    | -
        `James Carter, Jr.`     | -         | James      | -      | Carter        | Jr.  | -
        Dr Dr. Cho              | Dr        | -          | -      | Cho           | -    | -
        """)
    void takesTheTypedNameApart(String typed, String honorific, String given, String middle, String surname,
                                String suffix, String post) {
        PersonName n = PersonName.parse(typed);
        assertThat(n.order()).isEqualTo(PersonName.Order.GIVEN_FIRST);
        assertThat(Arrays.asList(n.honorific(), n.given(), n.middle(), n.surname(), n.suffix(), n.postNominals()))
            .containsExactly(honorific, given, middle, surname, suffix, post);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"田中 裕子", "田中裕子", "Nguyễn Thị Minh Khai", "김민준", "نور الهدى", "Dr. 田中"})
    void doesNotGuessWhichPartIsTheGivenNameWhenItCantKnow(String typed) {
        PersonName n = PersonName.parse(typed);
        assertThat(n.order()).isEqualTo(PersonName.Order.UNKNOWN);
        assertThat(n.given()).isNull();
        assertThat(n.surname()).isNull();
    }

    @Test
    void keepsANicknameApartAndDropsPronounsInBrackets() {
        PersonName bob = PersonName.parse("Robert \"Bob\" King");
        assertThat(List.of(bob.nickname(), bob.given(), bob.surname())).containsExactly("Bob", "Robert", "King");
        PersonName ana = PersonName.parse("Ana Lima (she/her)");
        assertThat(ana.nickname()).isNull();
        assertThat(ana.fullName()).isEqualTo("Ana Lima");
    }

    @Test
    void anEmptyNameHasNoParts() {
        PersonName n = PersonName.parse("   ");
        assertThat(n.isEmpty()).isTrue();
        assertThat(n.greeting(false)).isEmpty();
        assertThat(n.capitalised()).isEmpty();
        assertThat(PersonName.parse(null).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        maria garcia                | Maria Garcia
        o'brien                     | O'Brien
        o’brien                     | O’Brien
        d'souza                     | D'Souza
        jean-luc van der berg       | Jean-Luc van der Berg
        van der berg                | van der Berg
        maría josé de la cruz       | María José de la Cruz
        mcdonald                    | McDonald
        james carter jr.            | James Carter Jr.
        robert king iii             | Robert King III
        `ana lima, phd`             | `Ana Lima, PhD`
        `ana lima, phd, mba`        | `Ana Lima, PhD, MBA`
        dr. anke schröder           | Dr. Anke Schröder
        ms priya raman              | Ms Priya Raman
        mrs. li                     | Mrs. Li
        prof. rao                   | Prof. Rao
        дмитрий соколов             | Дмитрий Соколов
        robert "bob" king           | Robert "Bob" King
        madonna                     | Madonna
        """)
    void suggestsCapitalsForANameTypedInLowerCase(String typed, String suggested) {
        PersonName n = PersonName.parse(typed);
        assertThat(n.isAllLowerCase()).isTrue();
        assertThat(n.capitalised()).isEqualTo(suggested);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MARIA GARCIA", "Maria garcia", "maria Garcia", "bell Hooks", "deSouza", "田中 裕子",
        "Jean-Luc van der Berg", "O’Brien"})
    void neverChangesTheCaseOfANameThatHasCapitals(String typed) {
        PersonName n = PersonName.parse(typed);
        assertThat(n.isAllLowerCase()).isFalse();
        assertThat(n.capitalised()).isEqualTo(typed);
    }

    @Test
    void tellsAllCapitalsFromInitials() {
        assertThat(PersonName.parse("MARIA GARCIA").isAllUpperCase()).isTrue();
        assertThat(PersonName.parse("DR. ANKE SCHRÖDER").isAllUpperCase()).isTrue();
        assertThat(PersonName.parse("Maria Garcia").isAllUpperCase()).isFalse();
        assertThat(PersonName.parse("J").isAllUpperCase()).isFalse();
        assertThat(PersonName.parse("田中 裕子").isAllUpperCase()).isFalse();
    }

    @Test
    void knowsTheTitlesThatGoBeforeAName() {
        assertThat(List.of("Mr", "Mr.", "ms", "MRS.", "Mx", "Miss", "Dr", "Prof.", "Professor", "Sir", "Dame", "Rev."))
            .allMatch(PersonName::isHonorific);
        assertThat(List.of("Maria", "Doctor Who", "Jr.", "", "Madam")).noneMatch(PersonName::isHonorific);
    }
}
