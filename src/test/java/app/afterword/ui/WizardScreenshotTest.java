// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every step of the wizard, in the light and the dark theme, into {@code target/screenshots/}: the window as
 * it appears, and each page in full height. Also the states worth a look: messages under fields, the paste panel.
 */
class WizardScreenshotTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private Path shoot(String name, Node node, boolean fullPage) throws Exception {
        return driver.screenshot(name, fullPage ? node : null);
    }

    /** Waits until drafting and the etiquette checks of the later steps have shown their results. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> {
            var notes = driver.app().notes();
            return !notes.note().draftingProperty().get()
                && notes.review().tabs().stream().noneMatch(t -> t.checkingProperty().get());
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyStepIsRenderedInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).start();
        WizardViewModel vm = driver.app().wizard();
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            for (WizardStep step : WizardStep.values()) {
                driver.interact(() -> vm.goTo(step));
                assertThat(vm.stepProperty().get()).isEqualTo(step);
                settle();
                String name = String.format(Locale.ROOT, "%s-%d-%s", look, step.number(), step.key());
                written.add(shoot(name, null, false));
                Node page = driver.node(NodeIds.WIZARD_PAGE, ScrollPane.class).getContent();
                written.add(shoot(name + "-page", page, true));
            }
            driver.interact(() -> driver.app().notes().send().copy());
            written.add(shoot(look + "-6-send-copied", null, false));
            driver.interact(() -> driver.app().notes().note().kindProperty().set(
                app.afterword.core.draft.NoteKind.VALUE_ADD));
            driver.interact(() -> vm.goTo(WizardStep.CONVERSATION));
            driver.interact(() -> vm.conversationStep().ideas().load(List.of()));
            driver.interact(() -> vm.goTo(WizardStep.NOTE));
            settle();
            written.add(shoot(look + "-4-note-needs-idea", null, false));
            driver.interact(() -> driver.app().notes().note().kindProperty().set(
                app.afterword.core.draft.NoteKind.THANK_YOU));
            driver.interact(() -> vm.goTo(WizardStep.PEOPLE));
            driver.click(NodeIds.PASTE_PEOPLE);
            written.add(shoot(look + "-2-people-paste", null, false));
            driver.click(NodeIds.PASTE_CANCEL);
            driver.interact(() -> {
                vm.peopleStep().remove(vm.peopleStep().people().get(1));
                vm.peopleStep().people().get(0).email().textProperty().set("mj.ortega at brightline");
                vm.peopleStep().validate();
            });
            written.add(shoot(look + "-2-people-problems", null, false));
            driver.interact(() -> {
                vm.peopleStep().undoRemove();
                vm.peopleStep().people().get(0).email().textProperty().set("mj.ortega@brightline.example");
                vm.newInterview();
                vm.next();
            });
            written.add(shoot(look + "-1-interview-problems", null, false));
            driver.interact(() -> driver.app().wizard().open(
                driver.app().wizardStart()));
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    /**
     * What a person without a saved name sees: "About you" on step 1 (empty, then a lower-case name with its
     * suggestion), the "reads as" line under items typed as résumé lines and as phrases on step 3, and the unsigned
     * warnings of the note and send steps.
     */
    @Test
    void aboutYouReadsAsAndUnsignedNotesInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.interact(() -> {
            driver.stage().setWidth(App.WIDTH);
            driver.stage().setHeight(App.HEIGHT);
        });
        WizardViewModel vm = driver.app().wizard();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() ->
            vm.aboutYou().askingProperty().get()));
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> {
                driver.app().theme().choiceProperty().set(theme);
                vm.open(driver.app().wizardStart());
                vm.aboutYou().name().textProperty().set("");
                vm.aboutYou().signOff().textProperty().set("");
            });
            settle();
            written.add(shoot(look + "-1-interview-about-you", null, false));
            driver.interact(() -> {
                vm.aboutYou().name().textProperty().set("josé da silva");
                vm.aboutYou().signOff().textProperty().set("Kind regards,");
                vm.aboutYou().phone().textProperty().set("+351 912 345 678");
            });
            written.add(shoot(look + "-1-interview-about-you-typed", null, false));
            Node page = driver.node(NodeIds.WIZARD_PAGE, ScrollPane.class).getContent();
            written.add(shoot(look + "-1-interview-about-you-page", page, true));

            driver.interact(() -> {
                vm.goTo(WizardStep.CONVERSATION);
                vm.conversationStep().topics().load(List.of("rebuilding the churn dashboard",
                    "How the team runs on-call"));
                vm.conversationStep().skills().load(List.of(
                    "Led the migration of 40 services to Kafka, cutting p99 latency by 35%.", "SQL"));
                vm.conversationStep().clarifications().load(List.of(
                    "the latency work was a team effort; I owned the consumer side"));
                vm.conversationStep().ideas().load(List.of("share a short write-up of how we cut flaky tests",
                    "At Acme I owned the data platform end to end: I rebuilt the ingestion layer on Kafka, moved 40 "
                        + "services off the old batch jobs, set up on-call and cut incident volume by half within a "
                        + "year while mentoring three engineers."));
            });
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> driver.onFx(() -> vm.conversationStep().lists()
                .stream().allMatch(l -> l.items().stream().allMatch(i -> vm.conversationStep().readsAs(l, i).get()
                    != null))));
            settle();
            written.add(shoot(look + "-3-conversation-reads-as", null, false));
            page = driver.node(NodeIds.WIZARD_PAGE, ScrollPane.class).getContent();
            written.add(shoot(look + "-3-conversation-reads-as-page", page, true));

            driver.interact(() -> {
                vm.aboutYou().name().textProperty().set("");
                vm.newInterview();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() ->
                vm.titleProperty().get().equals("New interview")));
            driver.interact(() -> {
                var i = vm.interviewStep();
                i.company().textProperty().set("Northwind Labs");
                i.role().textProperty().set("Staff Data Engineer");
                i.start().textProperty().set("9:30");
                vm.peopleStep().people().get(0).name().textProperty().set("Ana Souza");
                vm.conversationStep().topics().load(List.of("rebuilding the churn dashboard"));
                vm.goTo(WizardStep.NOTE);
            });
            settle();
            written.add(shoot(look + "-4-note-unsigned", null, false));
            driver.interact(() -> vm.goTo(WizardStep.REVIEW));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() ->
                !driver.app().notes().review().tabs().isEmpty()));
            driver.interact(() -> vm.goTo(WizardStep.SEND));
            settle();
            written.add(shoot(look + "-6-send-unsigned", null, false));
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    /**
     * The review step with the real proofreader: underlined mistakes of each kind, and the suggestion popup open over
     * a misspelling (the popup is its own window, so it is drawn onto the window's picture where it shows).
     */
    @Test
    void reviewWithUnderlinesAndTheSuggestionPopupInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).withProofreading().start();
        driver.interact(() -> {
            driver.stage().setWidth(App.WIDTH);
            driver.stage().setHeight(App.HEIGHT);
        });
        var notes = driver.app().notes();
        driver.interact(() -> driver.app().wizard().goTo(WizardStep.REVIEW));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> driver.onFx(() -> !notes.review().tabs().isEmpty()));
        settle();
        var tab = driver.onFx(() -> notes.review().tabs().get(0));
        var proofread = driver.onFx(() -> notes.review().editor(tab));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> driver.onFx(() -> driver.app().proofreading()
            .stateProperty().get() == app.afterword.core.proofread.ProofreadState.READY));
        driver.interact(() -> {
            String body = tab.bodyProperty().get();
            int cut = body.indexOf("\n\n") + 2;
            tab.bodyProperty().set(body.substring(0, cut) + "I look forward to recieve your news, and I has "
                + "read teh report you sent.\n\n" + body.substring(cut));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> driver.onFx(() -> proofread.issues().size() >= 3));
        settle();
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            written.add(shoot(look + "-5-review-proofread", null, false));
            var editor = app.afterword.ui.editor.ProofreadEditor.of(driver.node(NodeIds.reviewNote(0), Node.class));
            int at = driver.onFx(() -> tab.bodyProperty().get().indexOf("recieve"));
            driver.interact(() -> editor.showPopupAt(at + 1));
            WaitForAsyncUtils.waitForFxEvents();
            written.add(shootWithPopup(look + "-5-review-suggestions", editor.popup()));
            driver.interact(() -> editor.popup().hide());
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    /**
     * The Note and Review steps for an interview typed as people type it: résumé bullets with capitals and full
     * stops, a question as a topic, a first-person line that no sentence can take (named under the preview), and a
     * rapport line about the interviewer in the third person.
     */
    @Test
    void noteAndReviewOfAnInterviewTypedLikeAResumeInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).withProofreading().start();
        driver.interact(() -> {
            driver.stage().setWidth(App.WIDTH);
            driver.stage().setHeight(App.HEIGHT);
        });
        WizardViewModel vm = driver.app().wizard();
        driver.interact(() -> {
            vm.goTo(WizardStep.CONVERSATION);
            vm.conversationStep().topics().load(List.of("Rebuilding the churn dashboard.",
                "what success looks like in the first 90 days?"));
            vm.conversationStep().skills().load(List.of("Led a team of 5 analysts through a Tableau-to-Looker "
                + "migration.", "I'm comfortable with SQL and dbt", "Reduced report build times by 60%."));
            vm.goTo(WizardStep.PEOPLE);
            vm.peopleStep().people().get(0).topics().load(List.of("She explained how the research team shares "
                + "findings"));
            vm.peopleStep().people().get(0).rapport().textProperty().set("Her dog Max, who joined the call.");
            vm.goTo(WizardStep.NOTE);
        });
        settle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> driver.onFx(() ->
            driver.app().notes().note().leftOutProperty().get() != null));
        String preview = driver.onFx(() -> driver.app().notes().note().previewBodyProperty().get());
        assertThat(preview).contains("leading a team of 5 analysts through a Tableau-to-Looker migration")
            .contains("your dog Max").doesNotContain("with Led").doesNotContain("?,");
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            driver.interact(() -> vm.goTo(WizardStep.NOTE));
            settle();
            written.add(shoot(look + "-4-note-typed-like-a-resume", null, false));
            Node page = driver.node(NodeIds.WIZARD_PAGE, ScrollPane.class).getContent();
            written.add(shoot(look + "-4-note-typed-like-a-resume-page", page, true));
            driver.interact(() -> vm.goTo(WizardStep.REVIEW));
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> driver.onFx(() -> driver.app().proofreading()
                .stateProperty().get() == app.afterword.core.proofread.ProofreadState.READY));
            settle();
            written.add(shoot(look + "-5-review-typed-like-a-resume", null, false));
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    private Path shootWithPopup(String name, javafx.stage.Popup popup) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node box = popup.getContent().get(0);
        WritableImage[] images = driver.onFx(() -> {
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return new WritableImage[] {driver.scene().snapshot(null), box.snapshot(clear, null)};
        });
        javafx.geometry.Bounds at = driver.onFx(() -> box.localToScreen(box.getBoundsInLocal()));
        javafx.geometry.Point2D origin = driver.onFx(() -> driver.scene().getRoot().localToScreen(0, 0));
        double dx = at.getMinX() - origin.getX();
        double dy = at.getMinY() - origin.getY();
        BufferedImage window = SwingFXUtils.fromFXImage(images[0], null);
        BufferedImage over = SwingFXUtils.fromFXImage(images[1], null);
        java.awt.Graphics2D g = window.createGraphics();
        g.drawImage(over, (int) Math.round(dx), (int) Math.round(dy), null);
        g.dispose();
        return AppDriver.writeScreenshot(name, window);
    }
}
