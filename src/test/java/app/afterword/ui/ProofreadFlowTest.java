// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.proofread.Issue;
import app.afterword.core.proofread.ProofreadState;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.editor.ProofreadEditorViewModel;
import app.afterword.ui.notes.NoteSteps;
import app.afterword.ui.notes.NoteTab;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.wizard.WizardStep;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the real LanguageTool, headless: a misspelling typed into a note is underlined, fixed from the keyboard through
 * the suggestions menu, and the fixed note is copied and marked as sent.
 */
class ProofreadFlowTest {

    /** LanguageTool takes 10 to 30 s to start on a busy two-core machine; more when other builds run. */
    private static final int START_SECONDS = 180;

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTypedMisspellingIsUnderlinedFixedFromTheKeyboardCopiedAndSent() throws Exception {
        driver = new AppDriver(dataDir).withProofreading().start();
        NoteSteps notes = driver.app().notes();
        driver.interact(() -> driver.app().wizard().goTo(WizardStep.REVIEW));
        waitUntil(15, () -> notes.review().tabs().size() >= 2);
        NoteTab tab = driver.onFx(() -> notes.review().tabs().get(0));
        ProofreadEditorViewModel proofread = driver.onFx(() -> notes.review().editor(tab));
        waitUntil(START_SECONDS, () -> driver.app().proofreading().stateProperty().get() == ProofreadState.READY
            && !proofread.statusProperty().get().startsWith("Proofreading is starting"));
        assertThat(driver.node(NodeIds.REVIEW_PROOFREAD, Label.class).getText())
            .isEqualTo(driver.onFx(() -> proofread.statusProperty().get()));

        StyleClassedTextArea area = driver.node(NodeIds.reviewNote(0), StyleClassedTextArea.class);
        driver.clickOn(area);
        driver.key(KeyCode.CONTROL, KeyCode.END);
        driver.typeText(" I hope to recieve news soon.");
        waitUntil(15, () -> tab.bodyProperty().get().endsWith("I hope to recieve news soon."));
        int at = driver.onFx(() -> tab.bodyProperty().get().lastIndexOf("recieve"));
        waitUntil(30, () -> proofread.issueAt(at + 2) != null && proofread.issueAt(at + 2).offset() == at);
        Issue issue = driver.onFx(() -> proofread.issueAt(at + 2));
        assertThat(issue.length()).isEqualTo("recieve".length());
        assertThat(issue.suggestions()).contains("receive");
        assertThat(driver.onFx(() -> area.getStyleOfChar(at + 1))).contains(AppStyles.ISSUE_SPELLING);
        assertThat(driver.onFx(() -> area.getStyleOfChar(at - 2))).doesNotContain(AppStyles.ISSUE_SPELLING);
        assertThat(driver.onFx(() -> area.getAccessibleText())).contains("spelling or grammar issue");

        int choice = issue.suggestions().indexOf("receive");
        driver.interact(() -> area.moveTo(at + 3));
        driver.key(KeyCode.CONTROL, KeyCode.PERIOD);
        waitUntil(5, this::menuShowing);
        for (int i = 0; i < choice; i++) {
            driver.key(KeyCode.DOWN);
        }
        driver.key(KeyCode.ENTER);
        waitUntil(5, () -> tab.bodyProperty().get().endsWith("I hope to receive news soon."));
        assertThat(driver.onFx(() -> area.getText())).endsWith("I hope to receive news soon.");
        assertThat(driver.onFx(() -> (Integer) area.getCaretPosition())).isEqualTo(at + "receive".length());
        waitUntil(30, () -> proofread.issueAt(at + 2) == null);

        driver.key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertThat(driver.onFx(() -> Clipboard.getSystemClipboard().getString()))
            .contains("I hope to receive news soon.");
        driver.next();
        assertThat(driver.app().wizard().stepProperty().get()).isEqualTo(WizardStep.SEND);
        javafx.scene.control.Button sent = driver.node(NodeIds.SEND_MARK_SENT, javafx.scene.control.Button.class);
        driver.interact(sent::requestFocus);
        driver.key(KeyCode.SPACE);
        waitUntil(15, () -> !notes.send().busyProperty().get()
            && driver.node(NodeIds.SEND_OUTCOME, Label.class).getText() != null);
        assertThat(driver.node(NodeIds.SEND_OUTCOME, Label.class).getText()).contains("recorded as sent");
    }

    private boolean menuShowing() {
        return javafx.stage.Window.getWindows().stream()
            .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing());
    }
}
