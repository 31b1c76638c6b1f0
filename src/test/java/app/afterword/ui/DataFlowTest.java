// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.settings.DataView;
import app.afterword.ui.settings.DataViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** "Your data" in the running app: export writes the zip; delete asks, then leaves the app running empty. */
class DataFlowTest {

    @TempDir
    Path tmp;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private DataViewModel data() throws Exception {
        return driver.onFx(() -> ((DataView) driver.app().window().page(Page.DATA)).viewModel());
    }

    /** Scrolls the page so the control with {@code id} is on screen, as a person would before clicking it. */
    private void reveal(String pageId, String id) throws Exception {
        driver.interact(() -> ScrollSupport.ensureVisible(driver.node(pageId, ScrollPane.class),
            driver.node(id, Node.class)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportWritesTheZipAndDeleteEmptiesTheAppAfterConfirmation() throws Exception {
        Path dataDir = tmp.resolve("data");
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.nav(Page.DATA));
        DataViewModel vm = data();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> !vm.rows().isEmpty()));

        Path zip = tmp.resolve("backup.zip");
        driver.interact(() -> vm.exportTo(zip));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> vm.outcomeProperty().get() != null));
        assertThat(driver.onFx(() -> vm.outcomeProperty().get().message())).contains("Exported");
        assertThat(zip).exists();

        driver.click(NodeIds.DATA_DELETE);
        assertThat(driver.node(NodeIds.DATA_CONFIRM_DELETE, Button.class).isDisabled()).isTrue();
        assertThat(driver.focusedId()).isEqualTo(NodeIds.DATA_CONFIRM_TEXT);
        driver.typeText("DELETE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.node(NodeIds.DATA_CONFIRM_DELETE, Button.class).isDisabled()).isFalse();
        reveal(NodeIds.DATA_PAGE, NodeIds.DATA_CONFIRM_DELETE);
        driver.click(NodeIds.DATA_CONFIRM_DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> vm.outcomeProperty().get() != null
            && vm.outcomeProperty().get().message().startsWith("Deleted")));

        try (Stream<Path> s = Files.walk(dataDir)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactly(".lock");
        }
        assertThat(driver.onFx(() -> driver.app().navigation().current())).isEqualTo(Page.HOME);
        assertThat(driver.onFx(() -> driver.app().wizard().titleProperty().get())).isEqualTo("New interview");
        driver.click(NodeIds.nav(Page.INTERVIEW));
        driver.click(NodeIds.nav(Page.SETTINGS));
        driver.click(NodeIds.nav(Page.DATA));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> vm.summary()
            .equals("Nothing is stored.")));
        assertThat(driver.app().errors().noticeProperty().get()).isNull();
        driver.stop();
        driver = null;
        try (Stream<Path> s = Files.walk(dataDir)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> dataDir.relativize(p).toString())
                .filter(n -> n.startsWith("interviews") || n.startsWith("working-copies"))).isEmpty();
        }
    }
}
