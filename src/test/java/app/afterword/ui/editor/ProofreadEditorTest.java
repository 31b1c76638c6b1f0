// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.proofread.ProofreadLimits;
import app.afterword.core.proofread.Proofreader;
import app.afterword.ui.common.FxTaskRunner;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's keyboard and menu paths, headless, with the fake checker: every action works without a mouse. */
@ExtendWith(ApplicationExtension.class)
class ProofreadEditorTest {

    private final StringProperty text = new SimpleStringProperty("Dear Ana, I will recieve it soon.");
    private Proofreader proofreader;
    private ProofreadEditorViewModel vm;
    private ProofreadEditor editor;

    @Start
    void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner(e -> { }, Clock.systemUTC());
        Proofreading proofreading = new Proofreading(runner, null);
        proofreader = new Proofreader(v -> new ProofreadEditorViewModelTest.FakeChecker(),
            ProofreadLimits.INTERACTIVE);
        proofreading.attach(proofreader);
        Messages m = new Messages();
        vm = new ProofreadEditorViewModel(m, runner, proofreading, text, () -> (Interview) null,
            Duration.ofMillis(50));
        editor = new ProofreadEditor(vm, text, m, "Note to Ana");
        stage.setScene(new Scene(new StackPane(editor.node()), 600, 300));
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void close() {
        proofreader.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ContextMenu showingMenu() {
        return (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
            .findFirst().orElse(null);
    }

    @Test
    void ctrlPeriodOpensTheSuggestionsAndEnterAppliesTheFirst(FxRobot robot) throws Exception {
        StyleClassedTextArea area = editor.area();
        int at = text.get().indexOf("recieve");
        waitFor(() -> vm.issueAt(at) != null);
        assertThat(area.getStyleOfChar(at + 1)).contains(AppStyles.ISSUE_SPELLING);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at + 2);
        });
        robot.push(KeyCode.CONTROL, KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = WaitForAsyncUtils.asyncFx(this::showingMenu).get(5, TimeUnit.SECONDS);
        assertThat(menu).as("the suggestions menu").isNotNull();
        assertThat(menu.getItems()).extracting(MenuItem::getText)
            .contains("Use “receive”", "Add “recieve” to dictionary", "Ignore this rule", "Select all");
        assertThat(menu.getItems().get(1).getId()).isEqualTo(NodeIds.issueSuggestion(0));
        assertThat(WaitForAsyncUtils.asyncFx(() -> menu.getScene().getFocusOwner().getId()).get())
            .as("the first suggestion has the focus, so Enter applies it").isEqualTo(NodeIds.issueSuggestion(0));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> text.get().contains("receive"));
        assertThat(text.get()).isEqualTo("Dear Ana, I will receive it soon.");
        assertThat(area.getText()).isEqualTo(text.get());
        assertThat(area.getCaretPosition()).isEqualTo(at + "receive".length());
        waitFor(() -> vm.issues().isEmpty());
        assertThat(area.getStyleOfChar(at + 1)).doesNotContain(AppStyles.ISSUE_SPELLING);
    }

    @Test
    void theHoverPopupOffersTheSuggestionsAsButtons(FxRobot robot) throws Exception {
        int at = text.get().indexOf("recieve");
        waitFor(() -> vm.issueAt(at) != null);
        robot.interact(() -> editor.showPopupAt(at + 1));
        waitFor(() -> editor.popup().isShowing());
        javafx.scene.control.Button use = robot.lookup("#" + NodeIds.issueSuggestion(0))
            .queryAs(javafx.scene.control.Button.class);
        assertThat(use.getText()).isEqualTo("receive");
        robot.interact(use::fire);
        waitFor(() -> text.get().contains("receive"));
        assertThat(editor.popup().isShowing()).isFalse();
    }

    @Test
    void editsInTheAreaReachTheNoteAndTheAccessibleTextCountsIssues(FxRobot robot) throws Exception {
        waitFor(() -> !vm.issues().isEmpty());
        assertThat(editor.area().getAccessibleText()).isEqualTo("Note to Ana. 1 spelling or grammar issue. Press "
            + "Ctrl+. on it for suggestions.");
        robot.interact(() -> editor.area().replaceText(0, 4, "Hi"));
        assertThat(text.get()).startsWith("Hi Ana,");
        robot.interact(() -> text.set("Teh end."));
        assertThat(editor.area().getText()).isEqualTo("Teh end.");
    }
}
