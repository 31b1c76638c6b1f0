// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
import app.afterword.core.store.FirstRun;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DeferredPage;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.dashboard.HomeRow;
import app.afterword.ui.dashboard.HomeView;
import app.afterword.ui.dashboard.HomeViewModel;
import app.afterword.ui.notes.NoteSteps;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From Home's agenda to a follow-up marked as sent, with the real app and services, headless: the agenda item opens
 * the wizard at the note step with the follow-up template, the review and send steps follow, and Home then shows
 * the next step of the plan. Also where later starts open.
 */
class FollowUpFlowTest {

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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> driver.onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The sample's panel kept as one's own interview (the sample itself stays out of the agenda), in a workspace that
     * is past its first start, with every thank-you sent.
     */
    private String thankedSample() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            String id = FirstRun.seed(ws).orElseThrow();
            Interview interview = ws.interviews().get(id).orElseThrow().toBuilder().sample(false).build();
            ws.interviews().save(id, interview);
            ProgressBook.open(ws, Clock.systemDefaultZone()).markSent(interview, Step.THANK_YOU, null,
                interview.end().plusHours(2));
            return id;
        }
    }

    private HomeViewModel home() {
        return ((HomeView) ((DeferredPage) driver.app().window().page(Page.HOME)).current()).viewModel();
    }

    private HomeRow row(String id) {
        return home().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anAgendaItemOpensTheFollowUpDraftAndMarkingItSentMovesThePlanOn() throws Exception {
        String id = thankedSample();
        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).as("a later start opens Home").isEqualTo(Page.HOME);
        waitUntil(() -> home().loadedProperty().get());
        assertThat(row(id).status()).isEqualTo("Sent");
        assertThat(row(id).next()).isEqualTo("First follow-up");
        Button draft = driver.node(NodeIds.agendaDraft(id), Button.class);
        assertThat(draft.getText()).isEqualTo("Draft follow-up");

        driver.click(NodeIds.agendaDraft(id));
        WizardViewModel wizard = driver.app().wizard();
        NoteSteps notes = driver.app().notes();
        assertThat(driver.app().navigation().current()).isEqualTo(Page.INTERVIEW);
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.NOTE);
        waitUntil(() -> notes.note().templateProperty().get() != null
            && "follow-up-email".equals(notes.note().templateProperty().get().id())
            && !notes.note().previewBodyProperty().get().isEmpty());
        assertThat(notes.note().previewBodyProperty().get()).contains("Brightline Transit");

        driver.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.REVIEW);
        waitUntil(() -> !notes.review().tabs().isEmpty()
            && notes.review().tabs().stream().noneMatch(t -> t.checkingProperty().get()));
        assertThat(notes.review().tabs().get(0).current().templateId()).isEqualTo("follow-up-email");

        driver.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SEND);
        Button sent = driver.node(NodeIds.SEND_MARK_SENT, Button.class);
        driver.interact(sent::requestFocus);
        driver.key(KeyCode.SPACE);
        waitUntil(() -> !notes.send().busyProperty().get()
            && notes.send().outcomeProperty().get() != null);
        assertThat(driver.node(NodeIds.SEND_OUTCOME, Label.class).getText())
            .startsWith("First follow-up: recorded as sent");

        driver.key(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(driver.app().navigation().current()).isEqualTo(Page.HOME);
        waitUntil(() -> "Second follow-up".equals(row(id).next()));
        assertThat(row(id).status()).isEqualTo("Follow-up 1 sent");
        assertThat(home().overdue().stream().map(c -> c.item().step()))
            .doesNotContain(Step.FOLLOW_UP_1);
        assertThat(driver.stalls()).as("UI thread stalls").isEmpty();
    }

    @Test
    void everyControlOnHomeHasAStableUniqueIdAndAnAccessibleName() throws Exception {
        thankedSample();
        driver = new AppDriver(dataDir).start();
        waitUntil(() -> home().loadedProperty().get());
        driver.interact(() -> home().filterProperty().set(HomeViewModel.Filter.ALL));
        javafx.scene.Parent page = driver.app().window().page(Page.HOME).node();
        java.util.List<javafx.scene.control.Control> controls = driver.onFx(() -> {
            java.util.List<javafx.scene.control.Control> out = new java.util.ArrayList<>();
            collect(page, out);
            return out;
        });
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (javafx.scene.control.Control c : controls) {
            assertThat(c.getId()).as("id of %s", c).isNotBlank();
            assertThat(ids.add(c.getId())).as("unique id %s", c.getId()).isTrue();
            assertThat(c.getAccessibleText()).as("accessible name of #%s", c.getId()).isNotBlank();
        }
        assertThat(ids).contains(NodeIds.HOME_SEARCH, NodeIds.HOME_NEW, NodeIds.HOME_EXPORT_PLAN);
    }

    private static void collect(javafx.scene.Node n, java.util.List<javafx.scene.control.Control> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof javafx.scene.control.ButtonBase || n instanceof javafx.scene.control.TextInputControl
            || n instanceof javafx.scene.control.ComboBoxBase) {
            out.add((javafx.scene.control.Control) n);
            return;
        }
        if (n instanceof javafx.scene.Parent p && !(n instanceof javafx.scene.control.Label)) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    @Test
    void aLaterStartResumesTheWizardOnlyWhenItWasLeftThere() throws Exception {
        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).as("the first start shows the sample")
            .isEqualTo(Page.INTERVIEW);
        driver.interact(() -> driver.app().wizard().goTo(WizardStep.NOTE));
        driver.key(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(driver.app().navigation().current()).isEqualTo(Page.HOME);
        waitUntil(() -> home().loadedProperty().get());
        driver.stop();

        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).as("left on Home").isEqualTo(Page.HOME);
        driver.key(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(driver.app().navigation().current()).isEqualTo(Page.INTERVIEW);
        driver.stop();

        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).as("left in the wizard at the note step")
            .isEqualTo(Page.INTERVIEW);
        assertThat(driver.app().wizard().stepProperty().get()).isEqualTo(WizardStep.NOTE);
    }

    @Test
    void deletingFromHomeCanBeUndoneFromTheBar() throws Exception {
        String id = thankedSample();
        driver = new AppDriver(dataDir).start();
        waitUntil(() -> home().loadedProperty().get());
        driver.interact(() -> home().delete(id));
        waitUntil(() -> home().undoTextProperty().get() != null && home().emptyProperty().get());
        assertThat(driver.node(NodeIds.HOME_EMPTY_NEW, Button.class).isVisible()).isTrue();
        driver.click(NodeIds.HOME_UNDO);
        waitUntil(() -> !home().emptyProperty().get());
        assertThat(row(id).status()).isEqualTo("Sent");
    }
}
