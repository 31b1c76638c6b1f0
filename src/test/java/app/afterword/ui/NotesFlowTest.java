// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.notes.NoteSteps;
import app.afterword.ui.notes.NoteTab;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** From the bundled sample interview to a copied note marked as sent, with the real services, headless. */
class NotesFlowTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focuses a button by keyboard (the page scrolls to it) and presses Space, as a keyboard user does. */
    private void press(String id) {
        javafx.scene.control.Button b = driver.node(id, javafx.scene.control.Button.class);
        driver.interact(b::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.focusedId()).isEqualTo(id);
        driver.key(KeyCode.SPACE);
    }

    @Test
    void sampleInterviewToCopiedNoteMarkedAsSent() throws Exception {
        driver = new AppDriver(dataDir).start();
        WizardViewModel wizard = driver.app().wizard();
        NoteSteps notes = driver.app().notes();
        driver.interact(() -> wizard.goTo(WizardStep.NOTE));
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.NOTE);
        waitUntil(() -> !notes.note().previewBodyProperty().get().isEmpty());
        assertThat(driver.node(NodeIds.NOTE_KIND, ComboBox.class).getValue()).isNotNull();
        String mariaPreview = notes.note().previewBodyProperty().get();
        driver.interact(() -> notes.note().recipientProperty().set("Priya Raman-Iyer"));
        waitUntil(() -> notes.note().previewBodyProperty().get().contains("Priya"));
        assertThat(notes.note().previewBodyProperty().get()).isNotEqualTo(mariaPreview);

        driver.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.REVIEW);
        waitUntil(() -> notes.review().tabs().size() >= 2
            && notes.review().tabs().stream().noneMatch(t -> t.checkingProperty().get()));
        List<NoteTab> tabs = notes.review().tabs();
        assertThat(driver.node(NodeIds.REVIEW_TABS, TabPane.class).getTabs()).hasSize(tabs.size());
        assertThat(tabs).extracting(t -> t.bodyProperty().get()).doesNotHaveDuplicates();
        assertThat(tabs).allMatch(t -> !t.summaryProperty().get().isBlank());
        assertThat(driver.node(NodeIds.REVIEW_PROOFREAD, Label.class).getText())
            .startsWith("Proofreading is off");
        assertThat(driver.node(NodeIds.reviewCounts(0), Label.class).getText()).contains("words");

        javafx.scene.Node editor = driver.node(NodeIds.reviewNote(0), javafx.scene.Node.class);
        driver.clickOn(editor);
        driver.key(KeyCode.CONTROL, KeyCode.END);
        driver.typeText(" PS: Thank you again.");
        waitUntil(() -> tabs.get(0).bodyProperty().get().endsWith("PS: Thank you again."));

        driver.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SEND);
        assertThat(driver.node(NodeIds.SEND_RECIPIENT, ComboBox.class).getValue())
            .isEqualTo(tabs.get(0).name());
        String before = driver.node(NodeIds.SEND_TIMELINE, Label.class).getText();
        assertThat(before).startsWith("Next: Thank-you notes");
        press(NodeIds.SEND_COPY);
        String copied = driver.onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains(tabs.get(0).recipient().name().split(" ")[0]).contains("PS: Thank you again.");
        assertThat(driver.onFx(() -> Clipboard.getSystemClipboard().getHtml())).contains("<p>");

        for (int i = 0; i < tabs.size(); i++) {
            int index = i;
            driver.interact(() -> notes.review().selectedProperty().set(index));
            press(NodeIds.SEND_MARK_SENT);
            waitUntil(() -> !notes.send().busyProperty().get());
        }
        String after = driver.node(NodeIds.SEND_TIMELINE, Label.class).getText();
        assertThat(after).startsWith("Next: ").isNotEqualTo(before).doesNotContain("Thank-you notes");
        assertThat(driver.node(NodeIds.SEND_OUTCOME, Label.class).getText()).contains("recorded as sent");
        assertThat(driver.stalls()).isEmpty();
    }

    @Test
    void aToneTheNoteDoesNotComeInIsGreyedOutWithTheReason() throws Exception {
        driver = new AppDriver(dataDir).start();
        NoteSteps notes = driver.app().notes();
        driver.interact(() -> driver.app().wizard().goTo(WizardStep.NOTE));
        waitUntil(() -> !notes.note().previewBodyProperty().get().isEmpty());
        Label notice = driver.node(NodeIds.NOTE_TONE_NOTICE, Label.class);
        javafx.scene.control.ToggleButton formal = driver.node(NodeIds.noteTone("formal"),
            javafx.scene.control.ToggleButton.class);
        assertThat(driver.onFx(notice::isVisible)).isFalse();
        assertThat(driver.onFx(formal::isDisabled)).isFalse();

        driver.interact(() -> {
            notes.note().kindProperty().set(app.afterword.core.draft.NoteKind.CLOSE_LOOP);
            notes.note().mediumProperty().set(app.afterword.core.draft.Medium.LINKEDIN_MESSAGE);
        });
        assertThat(driver.onFx(formal::isDisabled)).isTrue();
        assertThat(driver.onFx(notice::isVisible)).isTrue();
        assertThat(driver.onFx(notice::getText)).startsWith("No formal or brief version for this kind of note");
        assertThat(driver.onFx(() -> driver.node(NodeIds.noteTone("warm"), javafx.scene.control.ToggleButton.class)
            .isSelected())).isTrue();
    }

    @Test
    void anEditedNoteIsThereAfterClosingAndReopening() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.interact(() -> driver.app().notes().note().toneProperty().set(app.afterword.core.draft.Tone.FORMAL));
        driver.interact(() -> driver.app().wizard().goTo(WizardStep.REVIEW));
        waitUntil(() -> driver.app().notes().review().tabs().size() >= 2);
        String name = driver.onFx(() -> driver.app().notes().review().tabs().get(1).name());
        driver.interact(() -> {
            var tab = driver.app().notes().review().tabs().get(1);
            tab.bodyProperty().set(tab.bodyProperty().get() + "\n\nP.S. The bike storage tour was a highlight.");
        });
        driver.stop();

        driver = new AppDriver(dataDir).start();
        NoteSteps notes = driver.app().notes();
        assertThat(driver.app().wizard().stepProperty().get()).isEqualTo(WizardStep.REVIEW);
        waitUntil(() -> notes.review().tabs().size() >= 2);
        assertThat(notes.note().toneProperty().get()).as("the template the edits were made with")
            .isEqualTo(app.afterword.core.draft.Tone.FORMAL);
        assertThat(notes.review().tabs().get(1).name()).isEqualTo(name);
        assertThat(notes.review().tabs().get(1).bodyProperty().get())
            .endsWith("P.S. The bike storage tour was a highlight.");
    }
}
