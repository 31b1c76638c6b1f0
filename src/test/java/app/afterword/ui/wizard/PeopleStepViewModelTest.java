// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import app.afterword.ui.common.Messages;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleStepViewModelTest {

    private int changes;
    private final PeopleStepViewModel vm = new PeopleStepViewModel(new Messages(), () -> changes++);

    private PersonViewModel named(String name) {
        PersonViewModel p = vm.people().get(vm.people().size() - 1).name().text().isEmpty()
            ? vm.people().get(vm.people().size() - 1) : vm.add();
        p.name().textProperty().set(name);
        return p;
    }

    private List<String> names() {
        return vm.people().stream().map(p -> p.name().text()).toList();
    }

    @Test
    void startsWithOneBlankCardWhoseNameIsRequired() {
        assertThat(vm.people()).hasSize(1);
        assertThat(vm.validate()).containsExactly(vm.people().get(0).name());
        assertThat(vm.people().get(0).name().error())
            .isEqualTo("Add the person’s name as they spell it, or remove this card.");
    }

    @Test
    void theLastCardCannotBeRemoved() {
        vm.remove(vm.people().get(0));
        assertThat(vm.people()).hasSize(1);
        assertThat(vm.canRemoveProperty().get()).isFalse();
    }

    @Test
    void addsRemovesAndUndoesARemovalInPlace() {
        named("Ana Souza");
        named("Ben Li");
        PersonViewModel chloe = named("Chloe Park");
        PersonViewModel ben = vm.people().get(1);
        vm.remove(ben);
        assertThat(names()).containsExactly("Ana Souza", "Chloe Park");
        assertThat(vm.removedNoticeProperty().get()).isEqualTo("Removed Ben Li.");
        assertThat(vm.undoRemove()).isSameAs(ben);
        assertThat(names()).containsExactly("Ana Souza", "Ben Li", "Chloe Park");
        assertThat(vm.removedNoticeProperty().get()).isNull();
        assertThat(vm.undoRemove()).isNull();
        assertThat(chloe.name().text()).isEqualTo("Chloe Park");
    }

    @Test
    void movesCardsUpAndDownWithinTheList() {
        PersonViewModel ana = named("Ana");
        named("Ben");
        PersonViewModel chloe = named("Chloe");
        vm.moveUp(chloe);
        assertThat(names()).containsExactly("Ana", "Chloe", "Ben");
        vm.moveUp(ana);
        vm.moveDown(ana);
        assertThat(names()).containsExactly("Chloe", "Ana", "Ben");
        vm.moveDown(vm.people().get(2));
        assertThat(names()).containsExactly("Chloe", "Ana", "Ben");
    }

    @Test
    void pastingFillsTheBlankCardFirstAndSkipsPeopleAlreadyThere() {
        List<PersonViewModel> added = vm.paste("María José Ortega <mj@brightline.example>; "
            + "Daniel O'Brien <daniel@brightline.example>");
        assertThat(added).hasSize(2);
        assertThat(names()).containsExactly("María José Ortega", "Daniel O'Brien");
        assertThat(vm.people().get(0).email().text()).isEqualTo("mj@brightline.example");
        List<PersonViewModel> again = vm.paste("Daniel O'Brien\nPriya Raman-Iyer, Lead UX Researcher");
        assertThat(again).hasSize(1);
        assertThat(names()).containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        assertThat(vm.people().get(2).title().text()).isEqualTo("Lead UX Researcher");
        assertThat(vm.paste("   ")).isEmpty();
    }

    @Test
    void twoCardsWithTheSameNameAreFlaggedOnTheSecond() {
        named("Ana Souza");
        PersonViewModel twin = named("ana souza ");
        assertThat(vm.validate()).containsExactly(twin.name());
        assertThat(twin.name().error()).isEqualTo("Another card already has this name; each person gets one note.");
        twin.name().textProperty().set("Ana Lima");
        assertThat(twin.name().error()).isNull();
    }

    @Test
    void contactDetailsAreCheckedOnlyWhenGiven() {
        PersonViewModel p = named("Ana");
        p.email().textProperty().set("ana at acme");
        p.linkedin().textProperty().set("Ana on LinkedIn");
        assertThat(vm.validate()).containsExactly(p.email(), p.linkedin());
        assertThat(p.email().error())
            .isEqualTo("“ana at acme” doesn’t look like an email address; write it like ana@acme.com.");
        p.email().textProperty().set(" ana@acme.com ");
        p.linkedin().textProperty().set("https://www.linkedin.com/in/ana");
        assertThat(vm.validate()).isEmpty();
    }

    @Test
    void buildsOneInterviewerPerCardInOrder() {
        PersonViewModel ana = named(" Ana Souza ");
        ana.topics().items().get(0).textProperty().set(" the roadmap ");
        ana.topics().add().textProperty().set("  ");
        named("Ben Li").rapport().textProperty().set("chess");
        Interview.Builder b = new Interview.Builder().company("Acme").role("Designer")
            .start(OffsetDateTime.parse("2026-11-24T10:00Z"));
        vm.applyTo(b);
        Interview i = b.build();
        assertThat(i.interviewers()).extracting(x -> x.name()).containsExactly("Ana Souza", "Ben Li");
        assertThat(i.interviewers().get(0).topics()).containsExactly("the roadmap");
        assertThat(i.interviewers().get(1).rapport()).isEqualTo("chess");
    }

    @Test
    void blankExtraCardsAreNotSavedButTheOnlyCardIs() {
        assertThat(vm.snapshot()).hasSize(1);
        named("Ana");
        vm.add();
        assertThat(vm.snapshot()).extracting(InterviewWorkingCopy.Person::name).containsExactly("Ana");
    }

    @Test
    void loadingKeepsEachInterviewersUnknownFields() {
        var extra = Map.<String, com.fasterxml.jackson.databind.JsonNode>of("pronouns",
            com.fasterxml.jackson.databind.node.TextNode.valueOf("she/her"));
        vm.load(List.of(new InterviewWorkingCopy.Person("Ana", "", "", "", List.of(), "", extra)));
        Interview.Builder b = new Interview.Builder().company("Acme").role("Designer")
            .start(OffsetDateTime.parse("2026-11-24T10:00Z"));
        vm.applyTo(b);
        assertThat(b.build().interviewers().get(0).extra()).containsKey("pronouns");
        assertThat(vm.snapshot().get(0).interviewerExtra()).containsKey("pronouns");
    }

    @Test
    void eachCardHasAPartThatIsBuiltSavedAndLoadedAndStartsAsInterviewer() {
        PersonViewModel ana = named("Ana Souza");
        PersonViewModel priya = named("Priya Raman");
        assertThat(ana.partProperty().get()).isEqualTo(Part.INTERVIEWER);
        assertThat(ana.partHelpProperty().get()).isEqualTo("Gets a thank-you note of their own.");
        int before = changes;
        priya.partProperty().set(Part.HIRING_MANAGER);
        assertThat(changes).as("choosing a part is a change to save").isGreaterThan(before);
        assertThat(priya.partName(Part.RECRUITER)).isEqualTo("Recruiter or coordinator");
        assertThat(built().interviewers()).extracting(Interviewer::part)
            .containsExactly(Part.INTERVIEWER, Part.HIRING_MANAGER);
        assertThat(vm.snapshot()).extracting(InterviewWorkingCopy.Person::part).containsExactly("", "hiring-manager");

        vm.load(List.of(new InterviewWorkingCopy.Person("Lena", "", "", "", List.of(), "", "", "host", Map.of()),
            new InterviewWorkingCopy.Person("Kwame", "", "", "", List.of(), "", "", "from-the-future", Map.of())));
        assertThat(vm.people()).extracting(p -> p.partProperty().get()).containsExactly(Part.HOST,
            Part.INTERVIEWER);
        assertThat(vm.people().get(0).partHelpProperty().get()).contains("no panel thank-you");
    }

    @Test
    void everyChangeToTheCardsIsReported() {
        int before = changes;
        PersonViewModel p = vm.add();
        p.name().textProperty().set("Ana");
        p.topics().items().get(0).textProperty().set("roadmap");
        vm.moveUp(p);
        assertThat(changes).isGreaterThanOrEqualTo(before + 4);
    }

    private Interview built() {
        Interview.Builder b = new Interview.Builder().company("Acme").role("Designer")
            .start(OffsetDateTime.parse("2026-11-24T10:00Z"));
        vm.applyTo(b);
        return b.build();
    }

    @Test
    void addressedAsFollowsTheNameAndIsNotSavedWhileLeftAsSuggested() {
        PersonViewModel anke = named("Dr. Anke Schröder");
        assertThat(anke.addressAs().text()).isEqualTo("Anke");
        assertThat(anke.addressHelpProperty().get()).isEqualTo("Taken from the name for warm and brief notes; a "
            + "formal note greets them as Dr. Schröder. Change it to greet them your way in every note.");
        anke.name().textProperty().set("Prof. Anke Schröder-Lang");
        assertThat(anke.addressAs().text()).isEqualTo("Anke");
        anke.name().textProperty().set("Min-jun Cho");
        assertThat(anke.addressAs().text()).isEqualTo("Min-jun");
        anke.name().textProperty().set("Madonna");
        assertThat(anke.addressAs().text()).isEqualTo("Madonna");
        assertThat(anke.addressHelpProperty().get())
            .isEqualTo("Taken from the name. Change it to greet them your way in every note.");
        assertThat(built().interviewers().get(0).addressAs()).isNull();
        assertThat(vm.snapshot().get(0).addressAs()).isEmpty();
    }

    @Test
    void aGreetingThePersonTypesIsKeptAndSaved() {
        PersonViewModel cho = named("Min-jun Cho");
        cho.addressAs().textProperty().set("Dr. Cho");
        cho.name().textProperty().set("Min-jun Cho-Park");
        assertThat(cho.addressAs().text()).isEqualTo("Dr. Cho");
        assertThat(cho.addressHelpProperty().get())
            .isEqualTo("Every note greets them this way. Clear it to go back to the name.");
        assertThat(built().interviewers().get(0).addressAs()).isEqualTo("Dr. Cho");
        assertThat(vm.snapshot().get(0).addressAs()).isEqualTo("Dr. Cho");
        cho.addressAs().textProperty().set("");
        assertThat(built().interviewers().get(0).addressAs()).isNull();
        cho.name().textProperty().set("Min-jun Cho");
        assertThat(cho.addressAs().text()).isEqualTo("Min-jun");
    }

    @Test
    void aSavedGreetingIsKeptEvenWhenItMatchesTheSuggestion() {
        vm.load(List.of(new InterviewWorkingCopy.Person("Dr. Anke Schröder", "", "", "", List.of(), "", "Anke",
            Map.of())));
        PersonViewModel anke = vm.people().get(0);
        assertThat(anke.addressAs().text()).isEqualTo("Anke");
        assertThat(anke.addressAsChanged()).isTrue();
        assertThat(built().interviewers().get(0).addressAs()).isEqualTo("Anke");
        vm.load(List.of(new InterviewWorkingCopy.Person("Dr. Anke Schröder", "", "", "", List.of(), "", Map.of())));
        assertThat(vm.people().get(0).addressAsChanged()).isFalse();
        assertThat(built().interviewers().get(0).addressAs()).isNull();
    }

    @Test
    void theFormalSuggestionUsesTheTypedTitleAndSurname() {
        PersonViewModel anke = named("Dr. Anke Schröder");
        PersonViewModel rahul = named("Rahul Menon");
        vm.formalGreetingProperty().set(true);
        assertThat(anke.addressAs().text()).isEqualTo("Dr. Schröder");
        assertThat(rahul.addressAs().text()).isEqualTo("Rahul Menon");
        vm.formalGreetingProperty().set(false);
        assertThat(anke.addressAs().text()).isEqualTo("Anke");
    }

    @Test
    void aNameInLowerCaseIsOfferedCapitalsButNeverChangedUnasked() {
        PersonViewModel maria = named("maria garcia");
        assertThat(maria.capitaliseOfferProperty().get()).isEqualTo("Capitalise as Maria Garcia");
        assertThat(maria.name().text()).isEqualTo("maria garcia");
        assertThat(maria.addressAs().text()).isEqualTo("maria");
        maria.capitaliseName();
        assertThat(maria.name().text()).isEqualTo("Maria Garcia");
        assertThat(maria.addressAs().text()).isEqualTo("Maria");
        assertThat(maria.capitaliseOfferProperty().get()).isNull();
        maria.capitaliseName();
        assertThat(maria.name().text()).isEqualTo("Maria Garcia");
        for (String typed : List.of("Maria garcia", "MARIA GARCIA", "田中 裕子", "o'brien")) {
            maria.name().textProperty().set(typed);
            assertThat(maria.capitaliseOfferProperty().get()).as(typed)
                .isEqualTo(typed.equals("o'brien") ? "Capitalise as O'Brien" : null);
        }
    }

    @Test
    void aGreetingOnTwoLinesIsRefused() {
        PersonViewModel ana = named("Ana Souza");
        ana.addressAs().textProperty().set("Ana\u0007");
        assertThat(vm.validate()).containsExactly(ana.addressAs());
        assertThat(ana.addressAs().error()).isEqualTo("Write how the note greets them on one line.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dr. Anke Schröder        | AS",
        "Prof. Dr. Anke Schröder  | AS",
        "Ms Priya Raman-Iyer, PhD | PR",
        "Jan van der Berg         | JB",
        "Ana Souza                | AS",
        "Madonna                  | M",
        "Dr.                      | ''"})
    void avatarInitialsSkipHonorifics(String name, String initials) {
        assertThat(named(name).initials()).isEqualTo(initials);
    }

    @Test
    void pasteNamesShowsNoNameErrorOnAnUntouchedEmptyCard() {
        PersonViewModel blank = vm.people().get(0);
        blank.name().check(); // focus left the empty name for the "Paste names" button
        vm.pasteOpened();
        assertThat(blank.name().error()).isNull();
        PersonViewModel typed = named("Ana Souza");
        typed.email().textProperty().set("ana at northwind");
        typed.email().check();
        vm.pasteOpened();
        assertThat(typed.email().error()).isNotNull();
    }
}
