// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.TemplateInfo;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The templates screen with the real services, headless: a new template, an error typed and fixed, a preview. */
class TemplatesFlowTest {

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
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<TemplateInfo> list() {
        return driver.node(NodeIds.TEMPLATES_LIST, ListView.class);
    }

    private boolean showing(String id) {
        Node n = driver.lookup("#" + id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof ButtonBase || n instanceof TextInputControl || n instanceof ComboBoxBase
            || n instanceof ListView || n instanceof CodeArea) {
            out.add(n);
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void newTemplateWithAnErrorShowsLineAndColumnAndOnceFixedPreviews() throws Exception {
        driver = new AppDriver(dataDir).start();
        // A person takes a moment to reach the rail; the editor warms up in the background meanwhile.
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        driver.click(NodeIds.nav(Page.TEMPLATES));
        waitUntil(() -> !list().getItems().isEmpty() && list().getSelectionModel().getSelectedItem() != null);
        assertThat(list().getSelectionModel().getSelectedItem().origin()).isEqualTo(TemplateInfo.Origin.BUNDLED);
        assertThat(showing(NodeIds.TEMPLATES_READ_ONLY)).isTrue();
        waitUntil(() -> driver.node(NodeIds.TEMPLATES_PREVIEW, Node.class).isVisible());

        driver.click(NodeIds.TEMPLATES_NEW);
        driver.clickOn("Thank-you note");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> list().getSelectionModel().getSelectedItem() != null
            && list().getSelectionModel().getSelectedItem().origin() == TemplateInfo.Origin.USER);
        CodeArea editor = driver.node(NodeIds.TEMPLATES_EDITOR, CodeArea.class);
        waitUntil(() -> editor.isEditable() && editor.getText().startsWith("## kind: thank-you"));
        assertThat(showing(NodeIds.TEMPLATES_READ_ONLY)).isFalse();
        assertThat(driver.node(NodeIds.TEMPLATES_TITLE, Label.class).getText()).isEqualTo("My thank-you note");

        String text = editor.getText();
        int line = (int) text.substring(0, text.indexOf("Dear $interviewer.name")).chars()
            .filter(c -> c == '\n').count() + 1;
        int typoAt = text.indexOf("Dear $interviewer.") + "Dear $interviewer.".length();
        driver.clickOn("#" + NodeIds.TEMPLATES_EDITOR);
        driver.interact(() -> editor.moveTo(typoAt));
        driver.typeText("x");
        waitUntil(() -> showing(NodeIds.templatesError(0)));
        Button error = driver.node(NodeIds.templatesError(0), Button.class);
        assertThat(error.getText()).startsWith("Line " + line + ", column 6: ").contains("xname");
        assertThat(driver.node(NodeIds.TEMPLATES_CHECK, Label.class).getText()).contains("One problem");
        assertThat(showing(NodeIds.TEMPLATES_PREVIEW)).isFalse();

        driver.interact(() -> editor.moveTo(0));
        driver.click(NodeIds.templatesError(0));
        assertThat(editor.getCurrentParagraph()).isEqualTo(line - 1);
        assertThat(editor.getCaretColumn()).isEqualTo(5);
        assertThat(editor.isFocused()).isTrue();

        driver.interact(() -> editor.moveTo(typoAt + 1));
        driver.key(KeyCode.BACK_SPACE);
        waitUntil(() -> !showing(NodeIds.templatesError(0)) && showing(NodeIds.TEMPLATES_PREVIEW));
        Label body = driver.lookup("#" + NodeIds.TEMPLATES_PREVIEW + " .preview-body").queryAs(Label.class);
        assertThat(body.getText()).contains("Dear María José Ortega").contains("Brightline Transit");
        assertThat(driver.node(NodeIds.TEMPLATES_CHECK, Label.class).getText()).startsWith("No problems");

        driver.key(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> showing(NodeIds.TEMPLATES_STATUS));
        try (var files = Files.list(dataDir.resolve("templates"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".vtl")).findFirst().map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).get().asString().contains("Dear $interviewer.name,");
        }
        List<Node> controls = driver.onFx(() -> {
            List<Node> out = new ArrayList<>();
            collect(driver.scene().lookup("#" + NodeIds.TEMPLATES_LIST).getParent().getParent(), out);
            return out;
        });
        assertThat(controls).hasSizeGreaterThan(10);
        assertThat(controls).allSatisfy(c -> {
            assertThat(c.getId()).as("id of %s", c).isNotBlank();
            assertThat(c.getAccessibleText()).as("accessible name of #%s", c.getId()).isNotBlank();
        });
        assertThat(controls).extracting(Node::getId).doesNotHaveDuplicates();
        assertThat(driver.stalls()).as("no file reading, checking or drafting on the UI thread")
            .noneMatch(s -> s.uiThreadStack().contains("app.afterword.core."));

        driver.interact(() -> editor.appendText("\nP.S. Closing the window keeps this line.\n"));
        WaitForAsyncUtils.waitForFxEvents();
        driver.stop();
        driver = null;
        try (var files = Files.list(dataDir.resolve("templates"))) {
            Path saved = files.filter(p -> p.toString().endsWith(".vtl")).findFirst().orElseThrow();
            assertThat(Files.readString(saved)).contains("P.S. Closing the window keeps this line.");
        }
    }
}
