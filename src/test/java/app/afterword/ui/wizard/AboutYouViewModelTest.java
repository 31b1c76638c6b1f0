// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.store.FirstRun;
import app.afterword.ui.common.FormField;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AboutYouViewModelTest {

    @TempDir
    Path dir;

    private WizardFixture f;
    private final FormField name = new FormField("name", () -> { });
    private final FormField signOff = new FormField("signOff", () -> { });
    private final SimpleStringProperty signature = new SimpleStringProperty("");
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty();
    private WizardViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new WizardFixture(dir);
        vm = new WizardViewModel(f.messages, f.runner, f.copies, f.input, WizardFixture.USER_ZONE,
            new AboutYouViewModel.Profile(name, signOff, new FormField("email", () -> { }),
                new FormField("phone", () -> { }), signature, loaded, List.of("Best regards,", "Kind regards,")),
            f.unexpected::add);
        vm.onFocusRequest(f.focused::add);
        vm.open(f.copies.start(Optional.empty(), f.input, WizardFixture.USER_ZONE, f.runner.clock().instant()));
    }

    @AfterEach
    void close() throws Exception {
        f.close();
        assertThat(f.unexpected).isEmpty();
    }

    private AboutYouViewModel about() {
        return vm.aboutYou();
    }

    @Test
    void nothingIsAskedOrWarnedBeforeTheProfileIsRead() {
        assertThat(about().askingProperty().get()).isFalse();
        assertThat(vm.signedProperty().get()).isTrue();
    }

    @Test
    void aProfileWithoutANameIsAskedForOneOnceItIsRead() {
        loaded.set(true);
        assertThat(about().askingProperty().get()).isTrue();
        assertThat(vm.signedProperty().get()).isFalse();
    }

    @Test
    void aProfileWithANameIsNotAsked() {
        name.load("Ana Lima");
        loaded.set(true);
        assertThat(about().askingProperty().get()).isFalse();
        assertThat(vm.signedProperty().get()).isTrue();
    }

    @Test
    void aSignatureBlockSignsTheNotesWithoutAName() {
        signature.set("Ana — +1 555 0100");
        loaded.set(true);
        assertThat(about().askingProperty().get()).isFalse();
        assertThat(vm.signedProperty().get()).isTrue();
    }

    @Test
    void onlySpacesIsNoName() {
        loaded.set(true);
        name.textProperty().set("   ");
        signature.set(" \n ");
        assertThat(vm.signedProperty().get()).isFalse();
    }

    @Test
    void theSectionStaysWhileTheNameIsTypedAndIsGoneAtTheNextStep() {
        loaded.set(true);
        f.vm = vm;
        f.fillTwoPersonPanel();
        name.textProperty().set("José da Silva");
        assertThat(about().askingProperty().get()).as("it does not vanish under the typing").isTrue();
        assertThat(vm.signedProperty().get()).isTrue();
        assertThat(vm.next()).isTrue();
        vm.back();
        assertThat(about().askingProperty().get()).isFalse();
    }

    @Test
    void goingOnWithoutANameIsNeverBlocked() {
        loaded.set(true);
        f.vm = vm;
        f.fillTwoPersonPanel();
        assertThat(vm.next()).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PEOPLE);
        assertThat(name.error()).isNull();
        assertThat(vm.signedProperty().get()).isFalse();
    }

    @Test
    void addYourNameGoesBackToStepOneAndPutsTheCursorOnTheName() {
        loaded.set(true);
        f.vm = vm;
        f.fillTwoPersonPanel();
        assertThat(vm.goTo(WizardStep.NOTE)).isTrue();
        vm.askForName();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.INTERVIEW);
        assertThat(about().askingProperty().get()).isTrue();
        assertThat(f.focused).containsExactly(name);
    }

    @Test
    void anInterviewThatNamesItsCandidateIsSignedWithoutAProfileName() {
        loaded.set(true);
        Interview sample = FirstRun.sample(f.workspace.json()).withId("sample");
        assertThat(sample.candidate().name()).isNotNull();
        vm.open(f.copies.session(sample, f.input, WizardFixture.USER_ZONE));
        assertThat(vm.signedProperty().get()).isTrue();
        assertThat(about().askingProperty().get()).as("the profile itself still has no name").isTrue();
    }

    @Test
    void capitaliseWritesTheSuggestedName() {
        name.textProperty().set("ana lima");
        assertThat(about().capitalisedProperty().get()).isEqualTo("Ana Lima");
        about().capitalise();
        assertThat(name.text()).isEqualTo("Ana Lima");
        assertThat(about().capitalisedProperty().get()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "ana lima               | Ana Lima",
        "josé da silva          | José da Silva",
        "maria de la cruz       | Maria de la Cruz",
        "ludwig van beethoven   | Ludwig van Beethoven",
        "jean-luc o'neil        | Jean-Luc O'Neil",
        "zoë d’arcy             | Zoë D’Arcy",
        "дмитрий орлов          | Дмитрий Орлов",
        "'  ana   lima  '       | Ana Lima",
        "de souza               | De Souza",
        "Ana Lima               | none",
        "ana Lima               | none",
        "bell hooks             | Bell Hooks",
        "李娜                   | none",
        "محمد علي               | none",
        "''                     | none",
        "'   '                  | none"})
    void aNameTypedAllInLowerCaseIsOfferedWithCapitals(String typed, String suggested) {
        assertThat(AboutYouViewModel.suggestCapitals(typed)).isEqualTo(suggested);
    }
}
