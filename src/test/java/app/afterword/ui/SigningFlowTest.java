// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.wizard.ConversationStepViewModel;
import app.afterword.ui.wizard.InterviewStepViewModel;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Notes are never sent unsigned by accident: the app asks for a name, and says plainly when there is none. */
class SigningFlowTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when the node with this id is in the scene and it and every parent are visible. */
    private boolean showing(String id) throws Exception {
        return driver.onFx(() -> driver.lookup("#" + id).tryQuery().map(n -> {
            for (Node at = n; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    /** Fills steps 1 to 3 of a new interview with a one-person panel, as typed. */
    private void fillNewInterview() {
        driver.interact(() -> {
            WizardViewModel vm = driver.app().wizard();
            InterviewStepViewModel i = vm.interviewStep();
            i.company().textProperty().set("Northwind Labs");
            i.role().textProperty().set("Staff Data Engineer");
            i.start().textProperty().set("9:30");
            i.formatProperty().set(InterviewFormat.VIDEO);
            vm.peopleStep().people().get(0).name().textProperty().set("Ana Souza");
            ConversationStepViewModel c = vm.conversationStep();
            c.topics().items().get(0).textProperty().set("rebuilding the churn dashboard");
            c.skills().items().get(0).textProperty().set("led the move to Kafka");
        });
    }

    @Test
    void aFirstStartAsksForYourNameAndSignOffAndRemembersThem() throws Exception {
        driver = new AppDriver(dataDir).start();
        waitUntil(() -> showing(NodeIds.ABOUT_YOU));

        driver.click(NodeIds.ABOUT_NAME).typeText("ana lima");
        assertThat(showing(NodeIds.ABOUT_CAPITALISE)).isTrue();
        assertThat(driver.onFx(() -> driver.lookup("#" + NodeIds.ABOUT_CAPITALISE).query().getAccessibleText()))
            .isEqualTo("Sign as “Ana Lima”?");
        driver.click(NodeIds.ABOUT_CAPITALISE);
        assertThat(driver.node(NodeIds.ABOUT_NAME, TextField.class).getText()).isEqualTo("Ana Lima");
        assertThat(showing(NodeIds.ABOUT_CAPITALISE)).isFalse();

        driver.click(NodeIds.ABOUT_SIGN_OFF).typeText("Kind regards,").key(KeyCode.TAB);
        assertThat(driver.focusedId()).as("phone follows the sign-off").isEqualTo(NodeIds.ABOUT_PHONE);
        assertThat(showing(NodeIds.ABOUT_YOU)).as("the card stays while it is filled in").isTrue();
        driver.stop();
        driver = null;

        try (Workspace ws = Workspace.open(dataDir)) {
            ProfileSettings p = ws.settings().get(ProfileSettings.SECTION);
            assertThat(p.name()).isEqualTo("Ana Lima");
            assertThat(p.signOff()).isEqualTo("Kind regards,");
        }
        driver = new AppDriver(dataDir).start();
        assertThat(showing(NodeIds.ABOUT_YOU)).as("asked once, not at every start").isFalse();
    }

    @Test
    void aLongSignOffSaysWhatIsWrongUnderTheFieldAndKeepsNothingBadOnDisk() throws Exception {
        driver = new AppDriver(dataDir).start();
        waitUntil(() -> showing(NodeIds.ABOUT_YOU));
        String speech = "With my warmest and most sincere regards, and thanks again for a lovely afternoon,";
        driver.interact(() -> driver.app().wizard().aboutYou().signOff().textProperty().set(speech));
        driver.click(NodeIds.ABOUT_SIGN_OFF).key(KeyCode.TAB);
        assertThat(driver.lookup(".field-error").queryAllAs(Label.class).stream().filter(Node::isVisible)
            .map(Label::getText)).containsExactly("The sign-off is " + speech.length() + " characters long; keep it"
                + " to a short closing line of up to 60, such as “Kind regards,”.");
        driver.interact(() -> driver.app().wizard().aboutYou().name().textProperty().set("李娜"));
        driver.interact(() -> driver.app().settings().save());
        waitUntil(() -> driver.app().settings().saveStateProperty().get().kind()
            == SaveState.Kind.SAVED);
        driver.stop();
        driver = null;
        try (Workspace ws = Workspace.open(dataDir)) {
            assertThat(ws.settings().get(ProfileSettings.SECTION).signOff()).as("a bad value is not saved").isNull();
        }
    }

    @Test
    void goingOnWithoutANameSaysTheNotesAreUnsignedAndLeadsBackToTheName() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.NEW_INTERVIEW);
        waitUntil(() -> showing(NodeIds.ABOUT_YOU));
        fillNewInterview();
        driver.next().next().next();
        WizardViewModel vm = driver.app().wizard();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.NOTE);
        waitUntil(() -> showing(NodeIds.NOTE_UNSIGNED));
        assertThat(driver.lookup("#" + NodeIds.NOTE_UNSIGNED + " .label").queryAllAs(Label.class).stream()
            .map(Label::getText)).contains("Your notes are not signed: add your name");

        driver.interact(() -> vm.goTo(WizardStep.REVIEW));
        waitUntil(() -> !driver.app().notes().review().tabs().isEmpty());
        driver.interact(() -> vm.goTo(WizardStep.SEND));
        waitUntil(() -> showing(NodeIds.SEND_UNSIGNED));
        driver.click(NodeIds.SEND_FIX_SIGNATURE);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.INTERVIEW);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.ABOUT_NAME);

        driver.typeText("Ana Lima");
        driver.interact(() -> vm.goTo(WizardStep.NOTE));
        waitUntil(() -> !showing(NodeIds.NOTE_UNSIGNED));
        waitUntil(() -> !driver.app().notes().note().draftingProperty().get()
            && driver.app().notes().note().previewBodyProperty().get().contains("Ana Lima"));
    }
}
