// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.ui.common.FreezeWatchdog;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real app on a data folder, headless, and drives it like a person with a keyboard. */
final class AppDriver extends FxRobot {

    private final Path dataDir;
    private boolean proofreading;
    private App app;
    private FreezeWatchdog watchdog;

    AppDriver(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Starts the app with the real proofreader (LanguageTool), as a person gets it. Without this the app starts with
     * proofreading off: LanguageTool's start-up (seconds of CPU, hundreds of megabytes) would otherwise run beside
     * every UI test and turn its garbage-collection pauses into stalls that have nothing to do with the test.
     */
    AppDriver withProofreading() {
        proofreading = true;
        return this;
    }

    /** Opens the app and watches the UI thread from the first frame on. */
    AppDriver start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = proofreading ? (App) FxToolkit.setupApplication(App.class, "--data-dir=" + dataDir)
            : (App) FxToolkit.setupApplication(App.class, "--data-dir=" + dataDir, "--proofreading=off");
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = stage();
        interact(() -> {
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        awaitScreens(app);
        if (app.wizard() != null) {
            // steps 4 to 6 are built in the background after the screens
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> asyncNotes() != null);
            WaitForAsyncUtils.waitForFxEvents();
        }
        watchdog = FreezeWatchdog.onFxThread(Duration.ofMillis(500), stall -> { }).start();
        return this;
    }

    /**
     * Waits until the screens (or the reason they can't open) have replaced the window's first frame: the data folder
     * is opened after that frame.
     */
    static void awaitScreens(App app) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(app::settled)
            .get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object asyncNotes() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.notes()).get(10, TimeUnit.SECONDS);
    }

    /** Closes the app the way closing the window does: stop() runs and saves. */
    void stop() throws Exception {
        if (watchdog != null) {
            watchdog.close();
        }
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** Where the screenshot tests write their pictures. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Writes {@code node} in full height on the window's background, or the window as it appears when {@code node}
     * is null, to {@code target/screenshots/NAME.png}.
     */
    Path screenshot(String name, Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> {
            if (node == null) {
                return scene().snapshot(null);
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(((Region) scene().getRoot()).getBackground().getFills().get(0).getFill());
            return node.snapshot(params, null);
        });
        return writeScreenshot(name, SwingFXUtils.fromFXImage(image, null));
    }

    /**
     * Writes the window as it appears with the popups showing over it (each popup is a window of its own, so it is
     * drawn onto the window's picture where it shows) to {@code target/screenshots/NAME.png}.
     */
    Path screenshotWithPopups(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage picture = onFx(() -> {
            java.awt.image.BufferedImage base = SwingFXUtils.fromFXImage(scene().snapshot(null), null);
            java.awt.Graphics2D g = base.createGraphics();
            javafx.geometry.Point2D origin = scene().getRoot().localToScreen(0, 0);
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.stage.PopupWindow && w.isShowing()) {
                    SnapshotParameters clear = new SnapshotParameters();
                    clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
                    Node root = w.getScene().getRoot();
                    java.awt.image.BufferedImage over = SwingFXUtils.fromFXImage(root.snapshot(clear, null), null);
                    javafx.geometry.Bounds at = root.localToScreen(root.getBoundsInLocal());
                    g.drawImage(over, (int) Math.round(at.getMinX() - origin.getX()),
                        (int) Math.round(at.getMinY() - origin.getY()), null);
                }
            }
            g.dispose();
            return base;
        });
        return writeScreenshot(name, picture);
    }

    /** Writes a picture already taken to {@code target/screenshots/NAME.png}. */
    static Path writeScreenshot(String name, BufferedImage image) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The UI-thread stalls over 500 ms seen since start. */
    java.util.List<FreezeWatchdog.Stall> stalls() {
        return watchdog == null ? java.util.List.of() : watchdog.stalls();
    }

    App app() {
        return app;
    }

    Stage stage() {
        return (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    Scene scene() {
        return stage().getScene();
    }

    <T extends Node> T node(String id, Class<T> type) {
        return lookup("#" + id).queryAs(type);
    }

    String focusedId() {
        Node owner = scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Clicks the control with this id. */
    AppDriver click(String id) {
        clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Types text into the focused control, replacing what is selected. */
    AppDriver typeText(String text) {
        write(text);
        return this;
    }

    AppDriver key(KeyCode... keys) {
        push(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Presses Tab {@code times} times, one after the other. */
    AppDriver tab(int times) {
        for (int i = 0; i < times; i++) {
            key(KeyCode.TAB);
        }
        return this;
    }

    AppDriver selectAll() {
        push(KeyCode.CONTROL, KeyCode.A);
        return this;
    }

    /** Ctrl+Enter: the next step. */
    AppDriver next() {
        return key(KeyCode.CONTROL, KeyCode.ENTER);
    }

    /** Alt+Left: the previous step. */
    AppDriver back() {
        return key(KeyCode.ALT, KeyCode.LEFT);
    }

    /** Runs on the UI thread and returns its result. */
    <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
