// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.etiquette.Span;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.store.Json;
import app.afterword.ui.common.FreezeWatchdog;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The coach page with the real library and checker, headless: pick a scenario, read its findings, present it. */
class CoachFlowTest {

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

    /** The scenario and its findings as the core sees them: what the screen must show. */
    private static Scenario.Comparison expected(String id) {
        Json json = new Json();
        ScenarioLibrary library = ScenarioLibrary.bundled(json);
        return library.get(id).orElseThrow().compare(new EtiquetteChecker(EtiquetteSettings.DEFAULTS,
            PhraseBook.bundled(json)), library.interviews());
    }

    private String text(String id) {
        return driver.node(id, Label.class).getText();
    }

    private boolean presenting() {
        return NodeIds.COACH_PRESENTATION.equals(driver.scene().getRoot().getId());
    }

    /**
     * UI-thread stalls over 500 ms caught doing the work that belongs on a worker lane: reading the library, running
     * the etiquette checks, making or writing the PDF, file I/O. On a machine shared with other builds, JavaFX's own
     * layout and painting stall at random (the UI thread is simply not scheduled), so those stalls are not counted:
     * the test must not flake, and blocking work on the UI thread is what it guards against.
     */
    private List<String> blockingStalls() {
        return driver.stalls().stream().map(FreezeWatchdog.Stall::uiThreadStack)
            .filter(stack -> stack.contains("app.afterword.core.") || stack.contains("java.io.File")
                || stack.contains("sun.nio.fs.") || stack.contains("org.apache.pdfbox")).toList();
    }

    /** The size the note's text is drawn at. */
    private static double fontSize(Node area) {
        return area.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text).findFirst()
            .map(n -> ((javafx.scene.text.Text) n).getFont().getSize()).orElseThrow();
    }

    @Test
    void aScenarioShowsItsFindingsHighlightedAndAClickShowsWhy() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.nav(Page.COACH));
        waitUntil(() -> text(NodeIds.coachCount("weak")).matches("\\d+ problems?"));
        assertThat(text(NodeIds.COACH_TITLE)).isEqualTo(expected("panel-of-three").scenario().title());

        Scenario.Comparison friday = expected("friday-afternoon");
        driver.clickOn(friday.scenario().title());
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea weak = driver.node(NodeIds.coachNote("weak", false), StyleClassedTextArea.class);
        waitUntil(() -> weak.getText().equals(friday.scenario().weak().text())
            && text(NodeIds.coachCount("weak")).equals(friday.weak().findings().size() + " problems"));
        assertThat(text(NodeIds.COACH_TITLE)).isEqualTo(friday.scenario().title());
        assertThat(text(NodeIds.coachCount("strong"))).isEqualTo("No problems");

        Finding emoji = friday.weak().findings().stream().filter(f -> f.severity() == Severity.ERROR
            && f.span() != null && f.span().part() == Span.Part.BODY).findFirst().orElseThrow();
        int at = emoji.span().start();
        assertThat(driver.onFx(() -> weak.getStyleOfChar(at))).contains("coach-mark-error");
        StyleClassedTextArea strong = driver.node(NodeIds.coachNote("strong", false), StyleClassedTextArea.class);
        assertThat(driver.onFx(() -> strong.getStyleSpans(0, strong.getLength()).styleStream()
            .allMatch(c -> c.isEmpty()))).isTrue();
        for (int i = 0; i < friday.weak().findings().size(); i++) {
            assertThat(driver.lookup("#" + NodeIds.coachFinding("weak", i)).tryQuery()).isPresent();
        }
        assertThat(text(NodeIds.COACH_WHY_TITLE)).isEqualTo("The lesson");

        Bounds mark = driver.onFx(() -> weak.getCharacterBoundsOnScreen(at, emoji.span().end()).orElseThrow());
        driver.clickOn(new Point2D(mark.getCenterX(), mark.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(NodeIds.COACH_WHY)).isEqualTo(emoji.why());
        assertThat(text(NodeIds.COACH_TRY)).isEqualTo(emoji.suggestion());
        assertThat(text(NodeIds.COACH_WHY_TITLE)).contains(emoji.ruleId()).contains(emoji.message());
        assertThat(driver.onFx(() -> weak.getStyleOfChar(at))).contains("coach-mark-selected");

        Finding wholeNote = friday.weak().findings().stream().filter(f -> f.span() == null).findFirst()
            .orElseThrow();
        int row = friday.weak().findings().indexOf(wholeNote);
        Node rowNode = driver.lookup("#" + NodeIds.coachFinding("weak", row)).query();
        driver.interact(rowNode::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(NodeIds.COACH_WHY)).isEqualTo(wholeNote.why());

        driver.interact(() -> driver.node(NodeIds.COACH_SCENARIOS, ListView.class).requestFocus());
        driver.key(KeyCode.PAGE_DOWN);
        String nextTitle = expected("no-decision-date").scenario().title();
        waitUntil(() -> text(NodeIds.COACH_TITLE).equals(nextTitle));
        assertThat(text(NodeIds.COACH_WHY_TITLE)).isEqualTo("The lesson");
        assertThat(blockingStalls()).isEmpty();
    }

    @Test
    void presentationModeShowsTheNotesFullScreenAndEscLeavesIt() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.nav(Page.COACH));
        waitUntil(() -> text(NodeIds.coachCount("weak")).matches("\\d+ problems?"));
        Scenario.Comparison panel = expected("panel-of-three");
        double pageFont = driver.onFx(() -> fontSize(driver.node(NodeIds.coachNote("weak", false),
            StyleClassedTextArea.class)));

        driver.click(NodeIds.COACH_PRESENT);
        waitUntil(this::presenting);
        javafx.scene.Scene shown = driver.scene();
        assertThat(driver.stage().isFullScreen()).isTrue();
        StyleClassedTextArea big = (StyleClassedTextArea) shown.lookup("#"
            + NodeIds.coachNote("weak", true));
        assertThat(big.getText()).isEqualTo(panel.scenario().weak().text());
        double bigFont = driver.onFx(() -> fontSize(big));
        assertThat(bigFont).isGreaterThan(pageFont * 1.4);
        assertThat(shown.lookup("#" + NodeIds.COACH_SCENARIOS)).isNull();

        driver.key(KeyCode.RIGHT);
        Label why = (Label) shown.lookup("#" + NodeIds.COACH_SHOW_WHY);
        Finding first = panel.weak().findings().get(0);
        assertThat(why.getText()).contains(first.ruleId()).contains(first.message());
        driver.key(KeyCode.RIGHT);
        assertThat(why.getText()).contains(panel.weak().findings().get(1).message());
        driver.key(KeyCode.PAGE_DOWN);
        String fridayWeak = expected("friday-afternoon").scenario().weak().text();
        waitUntil(() -> big.getText().equals(fridayWeak));

        driver.key(KeyCode.ESCAPE);
        waitUntil(() -> !presenting());
        assertThat(driver.stage().isFullScreen()).isFalse();
        assertThat(driver.scene().lookup("#" + NodeIds.nav(Page.COACH))).isNotNull();
        assertThat(text(NodeIds.COACH_TITLE)).isEqualTo(expected("friday-afternoon").scenario().title());
        assertThat(driver.focusedId()).isEqualTo(NodeIds.COACH_PRESENT);
        assertThat(blockingStalls()).isEmpty();
    }
}
