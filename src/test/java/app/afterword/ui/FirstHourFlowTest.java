// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.interview.Interview;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user's first hour with the real app, headless: an interview left unfinished is never lost from sight, the
 * sample says it is one and stays out of the plan, the three note steps name one time to send by, and the header's
 * "Saved" follows the note marked as sent.
 */
class FirstHourFlowTest {

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

    private HomeViewModel home() {
        return ((HomeView) ((DeferredPage) driver.app().window().page(Page.HOME)).current()).viewModel();
    }

    private Optional<HomeRow> row(String id) {
        return home().rows().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private void showHome() throws Exception {
        driver.key(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(driver.app().navigation().current()).isEqualTo(Page.HOME);
        waitUntil(() -> home().loadedProperty().get() && !home().busyProperty().get());
    }

    private String text(String id) {
        return driver.node(id, Label.class).getText();
    }

    @Test
    void anUnfinishedInterviewWithAnInvalidEmailIsOnHomeAfterSwitchingAndAfterARestartAndResumesAtItsStep()
        throws Exception {
        driver = new AppDriver(dataDir).start();
        WizardViewModel wizard = driver.app().wizard();
        String sampleId = driver.onFx(() -> wizard.interviewProperty().get().id());
        driver.click(NodeIds.NEW_INTERVIEW);
        String today = driver.onFx(() -> wizard.interviewStep().date().text());
        driver.interact(() -> {
            wizard.interviewStep().company().textProperty().set("Fjordlight Health");
            wizard.interviewStep().role().textProperty().set("Staff Backend Engineer");
            wizard.interviewStep().start().textProperty().set("09:30");
            wizard.interviewStep().end().textProperty().set("11:00");
        });
        driver.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.PEOPLE);
        driver.click(NodeIds.person(0, "name")).typeText("aoife ní bhriain");
        driver.click(NodeIds.person(0, "email")).typeText("aoife at fjordlight");
        driver.next();
        assertThat(wizard.stepProperty().get()).as("the e-mail address stops the wizard here")
            .isEqualTo(WizardStep.PEOPLE);
        assertThat(wizard.interviewProperty().get()).as("not a valid interview").isNull();
        String key = wizard.workingCopyKey();
        assertThat(key).startsWith("new-");

        showHome();
        waitUntil(() -> row(key).isPresent());
        assertThat(row(key).orElseThrow().status()).isEqualTo("Draft — step 2 of 6");
        assertThat(row(key).orElseThrow().company()).isEqualTo("Fjordlight Health");
        driver.click(NodeIds.HOME_FILTER_ALL);
        assertThat(row(key)).as("under All too").isPresent();

        driver.click(NodeIds.homeOpen(sampleId));
        assertThat(driver.app().navigation().current()).isEqualTo(Page.INTERVIEW);
        waitUntil(() -> sampleId.equals(wizard.workingCopyKey()));
        driver.interact(() -> wizard.interviewStep().role().textProperty().set("Senior Product Designer II"));
        driver.interact(wizard::save);
        waitUntil(() -> !wizard.hasUnsaved());
        showHome();
        assertThat(row(key)).as("after switching to another interview").isPresent();
        driver.stop();

        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().wizard().workingCopyKey()).as("the wizard resumes the copy saved last")
            .isEqualTo(sampleId);
        showHome();
        assertThat(row(key)).as("after a restart").isPresent();
        assertThat(driver.node(NodeIds.homeOpen(key), Button.class).getText()).isEqualTo("Resume");
        driver.click(NodeIds.homeOpen(key));
        WizardViewModel resumed = driver.app().wizard();
        assertThat(driver.app().navigation().current()).isEqualTo(Page.INTERVIEW);
        waitUntil(() -> key.equals(resumed.workingCopyKey()));
        assertThat(resumed.stepProperty().get()).as("at the step it was left on").isEqualTo(WizardStep.PEOPLE);
        assertThat(driver.node(NodeIds.person(0, "email"), TextField.class).getText())
            .isEqualTo("aoife at fjordlight");
        assertThat(resumed.interviewStep().company().text()).isEqualTo("Fjordlight Health");
        assertThat(resumed.interviewStep().date().text()).isEqualTo(today);
        assertThat(driver.node(NodeIds.HEADER_TITLE, Label.class).getText())
            .isEqualTo("Fjordlight Health — Staff Backend Engineer");
    }

    @Test
    void theFirstStartShowsTheSampleAsOneOutOfTheAgendaAndRemovableInOneClick() throws Exception {
        driver = new AppDriver(dataDir).start();
        WizardViewModel wizard = driver.app().wizard();
        assertThat(driver.app().navigation().current()).isEqualTo(Page.INTERVIEW);
        Interview sample = driver.onFx(() -> wizard.interviewProperty().get());
        assertThat(sample.sample()).isTrue();
        assertThat(Duration.between(sample.end().toInstant(), Instant.now()))
            .as("an interview that ended about an hour ago").isBetween(Duration.ofMinutes(59),
                Duration.ofMinutes(70));
        assertThat(text(NodeIds.HEADER_TITLE)).isEqualTo("Brightline Transit — Senior Product Designer (sample)");
        assertThat(driver.stage().getTitle()).contains("(sample)");
        assertThat(driver.node(NodeIds.WIZARD_SAMPLE, Label.class).isVisible()).isTrue();
        assertThat(text(NodeIds.WIZARD_SAMPLE)).contains("sample interview");

        showHome();
        HomeRow row = row(sample.id()).orElseThrow();
        assertThat(row.sample()).isTrue();
        assertThat(row.next()).isNull();
        assertThat(home().overdue()).isEmpty();
        assertThat(home().today()).isEmpty();
        assertThat(home().upcoming()).isEmpty();
        assertThat(driver.node(NodeIds.HOME_AGENDA_CLEAR, Label.class).isVisible()).isTrue();

        driver.click(NodeIds.homeRemoveSample(sample.id()));
        waitUntil(() -> home().emptyProperty().get() && home().undoTextProperty().get() != null);
        assertThat(text(NodeIds.HOME_UNDO_TEXT)).isEqualTo("Removed the sample interview.");
        driver.click(NodeIds.HOME_UNDO);
        waitUntil(() -> row(sample.id()).isPresent());

        driver.click(NodeIds.homeOpen(sample.id()));
        waitUntil(() -> sample.id().equals(wizard.workingCopyKey()));
        assertThat(driver.node(NodeIds.WIZARD_SAMPLE, Label.class).isVisible()).isTrue();
        driver.click(NodeIds.WIZARD_REMOVE_SAMPLE);
        assertThat(driver.app().navigation().current()).as("removed on Home, where it can be undone")
            .isEqualTo(Page.HOME);
        waitUntil(() -> home().emptyProperty().get() && home().undoTextProperty().get() != null);
        assertThat(wizard.sampleProperty().get()).isFalse();
        assertThat(text(NodeIds.HEADER_TITLE)).isEqualTo("New interview");
    }

    @Test
    void theNoteStepsNameOneSendByTimeAndAfterMarkAsSentTheHeaderAndReviewFollow() throws Exception {
        driver = new AppDriver(dataDir).start();
        WizardViewModel wizard = driver.app().wizard();
        NoteSteps notes = driver.app().notes();
        driver.interact(() -> wizard.goTo(WizardStep.NOTE));
        waitUntil(() -> !notes.note().previewBodyProperty().get().isEmpty());
        String sendBy = text(NodeIds.NOTE_TIMING);
        assertThat(sendBy).startsWith("Send by ");

        driver.next();
        waitUntil(() -> !notes.review().tabs().isEmpty()
            && notes.review().tabs().stream().noneMatch(t -> t.checkingProperty().get()));
        assertThat(text(NodeIds.REVIEW_WINDOW)).isEqualTo(sendBy);
        driver.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SEND);
        assertThat(text(NodeIds.SEND_TIMELINE)).startsWith("Next: Thank-you notes. " + sendBy);

        waitUntil(() -> !wizard.hasUnsaved());
        Instant before = Instant.now();
        Thread.sleep(5);
        Button markSent = driver.node(NodeIds.SEND_MARK_SENT, Button.class);
        driver.interact(markSent::requestFocus);
        driver.key(KeyCode.SPACE);
        waitUntil(() -> !notes.send().busyProperty().get() && notes.send().outcomeProperty().get() != null);
        assertThat(driver.onFx(() -> driver.app().saves().stateProperty().get().at()))
            .as("the header's saved time is the history's").isAfter(before);
        Instant sent = driver.onFx(() -> notes.send().timing().sendBy(wizard.interviewProperty().get(),
            app.afterword.core.draft.NoteKind.THANK_YOU, notes.review().tabs().get(0).name()).orElseThrow()
            .sentAt().toInstant());
        String hhmm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(sent.atZone(ZoneId.systemDefault()));
        assertThat(text(NodeIds.SAVE_STATE)).isEqualTo("Saved " + hhmm);

        driver.back();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.REVIEW);
        waitUntil(() -> !notes.review().tabs().isEmpty()
            && notes.review().tabs().stream().noneMatch(t -> t.checkingProperty().get()));
        driver.interact(() -> notes.review().selectedProperty().set(0));
        String day = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH)
            .format(sent.atZone(ZoneId.systemDefault()));
        assertThat(text(NodeIds.REVIEW_WINDOW)).isEqualTo("Sent " + day + ".");
        Set<Rule> timing = Set.of(Rule.T1, Rule.T2, Rule.T3, Rule.T4);
        assertThat(notes.review().tabs().get(0).findings()).extracting(Finding::rule)
            .as("no timing finding on a note that is sent").doesNotContainAnyElementsOf(timing);
    }
}
