// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.TemplateInfo;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.theme.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the templates screen in the light and the dark theme into {@code target/screenshots/}: a bundled template
 * with its preview, and an own template with an error under the editor.
 */
class TemplatesScreenshotTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private Path shoot(String name) throws Exception {
        return driver.screenshot(name, null);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(String id) {
        Node n = driver.lookup("#" + id).tryQuery().orElse(null);
        return n != null && n.isVisible();
    }

    @SuppressWarnings("unchecked")
    private ListView<TemplateInfo> list() {
        return driver.node(NodeIds.TEMPLATES_LIST, ListView.class);
    }

    @Test
    void theTemplatesScreenIsRenderedInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.nav(Page.TEMPLATES));
        waitUntil(() -> list().getSelectionModel().getSelectedItem() != null && showing(NodeIds.TEMPLATES_PREVIEW));
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            driver.interact(() -> list().getSelectionModel().select(0));
            waitUntil(() -> showing(NodeIds.TEMPLATES_PREVIEW) && !showing(NodeIds.TEMPLATES_STATUS));
            written.add(shoot(theme.key() + "-templates-bundled"));

            driver.interact(() -> list().getSelectionModel().select(3));
            waitUntil(() -> showing(NodeIds.TEMPLATES_PREVIEW));
            written.add(shoot(theme.key() + "-templates-card"));
        }
        driver.click(NodeIds.TEMPLATES_NEW);
        driver.clickOn("Thank-you note");
        CodeArea editor = driver.node(NodeIds.TEMPLATES_EDITOR, CodeArea.class);
        waitUntil(() -> editor.isEditable() && showing(NodeIds.TEMPLATES_PREVIEW));
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            String good = driver.onFx(editor::getText);
            driver.interact(() -> editor.replaceText(good.replace("Dear $interviewer.name,",
                "Dear $interviewer.nmae,")));
            waitUntil(() -> showing(NodeIds.templatesError(0)));
            written.add(shoot(theme.key() + "-templates-error"));
            driver.interact(() -> editor.replaceText(good));
            waitUntil(() -> !showing(NodeIds.templatesError(0)) && showing(NodeIds.TEMPLATES_PREVIEW));
            written.add(shoot(theme.key() + "-templates-own"));
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
