// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
import app.afterword.core.store.FirstRun;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DeferredPage;
import app.afterword.ui.common.Page;
import app.afterword.ui.dashboard.HomeRow;
import app.afterword.ui.dashboard.HomeView;
import app.afterword.ui.dashboard.HomeViewModel;
import app.afterword.ui.theme.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders Home into {@code target/screenshots/}, in the light and the dark theme: with the sample and two more
 * interviews (one thanked this morning, one archived), with a delete waiting for undo, and an empty workspace.
 */
class HomeScreenshotTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private Path shoot(String name, Node node) throws Exception {
        return driver.screenshot(name, node);
    }

    private HomeViewModel home() {
        return ((HomeView) ((DeferredPage) driver.app().window().page(Page.HOME)).current()).viewModel();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> driver.onFx(() -> home().loadedProperty().get()
            && !home().busyProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The sample (thanked), a second panel interviewed this morning, an older closed one, one archived. */
    private void workspaceWithHistory() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            String id = FirstRun.seed(ws).orElseThrow();
            Interview sample = ws.interviews().get(id).orElseThrow();
            ProgressBook book = ProgressBook.open(ws, Clock.systemDefaultZone());
            book.markSent(sample, Step.THANK_YOU, null, sample.end().plusHours(2));
            OffsetDateTime morning = ZonedDateTime.now().withHour(9).withMinute(0).withSecond(0).withNano(0)
                .toOffsetDateTime();
            Interview today = sample.toBuilder().id("northwind-labs-staff-data-engineer").company("Northwind Labs")
                .role("Staff Data Engineer").start(morning.minusDays(1)).end(morning.minusDays(1).plusHours(1))
                .decisionBy(null).timeZone(null)
                .interviewers(List.of(new Interviewer("Ana Souza", "Head of Data", "ana@northwind.example", null,
                    List.of("the streaming migration"), null), new Interviewer("Ben Li", "Staff Engineer",
                    "ben@northwind.example", null, List.of(), null))).build();
            ws.interviews().save(today.id(), today);
            Interview old = sample.toBuilder().id("contoso-design-lead").company("Contoso").role("Design Lead")
                .start(sample.start().minusDays(30)).end(sample.end().minusDays(30)).decisionBy(null)
                .interviewers(List.of(new Interviewer("Chloé Martin", "VP Design", null, null, List.of(), null)))
                .build();
            ws.interviews().save(old.id(), old);
            book.markSent(old, Step.THANK_YOU, null, old.end().plusHours(3));
            book.markSent(old, Step.FOLLOW_UP_1, "Chloé Martin", old.end().plusDays(8));
            book.markClosed(old, app.afterword.core.schedule.Outcome.OFFER, old.end().plusDays(12));
            Interview archived = old.toBuilder().id("fabrikam-ux-researcher").company("Fabrikam")
                .role("UX Researcher").build();
            ws.interviews().save(archived.id(), archived);
            ws.records("archive", new app.afterword.core.store.JsonRecordCodec<>(ws.json(),
                app.afterword.ui.dashboard.ArchiveMark.class, 1, a -> "mark")).save(archived.id(),
                app.afterword.ui.dashboard.ArchiveMark.at(java.time.Instant.now()));
        }
    }

    @Test
    void homeWithInterviewsIsRenderedInLightAndDark() throws Exception {
        workspaceWithHistory();
        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).isEqualTo(Page.HOME);
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            String look = theme.key();
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            driver.interact(() -> home().filterProperty().set(HomeViewModel.Filter.ACTIVE));
            settle();
            written.add(shoot(look + "-home", null));
            ScrollPane scroll = driver.node(app.afterword.ui.common.NodeIds.HOME_SCROLL, ScrollPane.class);
            written.add(shoot(look + "-home-page", scroll.getContent()));
            driver.interact(() -> home().filterProperty().set(HomeViewModel.Filter.ALL));
            settle();
            written.add(shoot(look + "-home-all-page", scroll.getContent()));
            driver.interact(() -> home().searchProperty().set("nothing like this"));
            written.add(shoot(look + "-home-no-match", null));
            driver.interact(() -> home().searchProperty().set(""));
            driver.interact(() -> home().delete("contoso-design-lead"));
            settle();
            written.add(shoot(look + "-home-undo", null));
            driver.interact(() -> home().undo());
            settle();
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    @Test
    void homeOnTheFirstStartShowsTheSampleLabelledAndAnEmptyAgendaInLightAndDark() throws Exception {
        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).as("the first start opens the sample")
            .isEqualTo(Page.INTERVIEW);
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            driver.interact(() -> driver.app().navigation().show(Page.INTERVIEW));
            written.add(shoot(theme.key() + "-first-start-wizard", null));
            driver.interact(() -> driver.app().navigation().show(Page.HOME));
            settle();
            assertThat(home().rows()).singleElement().satisfies(r -> assertThat(r.sample()).isTrue());
            assertThat(home().overdue()).isEmpty();
            assertThat(home().today()).isEmpty();
            assertThat(home().upcoming()).isEmpty();
            assertThat(driver.node(app.afterword.ui.common.NodeIds.HOME_AGENDA_CLEAR,
                javafx.scene.control.Label.class).isVisible()).isTrue();
            written.add(shoot(theme.key() + "-home-first-start", null));
        }
        var wizard = driver.app().wizard();
        driver.interact(() -> {
            driver.app().navigation().show(Page.INTERVIEW);
            wizard.newInterview();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> wizard.workingCopyKey()
            .startsWith("new-")));
        driver.interact(() -> {
            wizard.interviewStep().company().textProperty().set("Fjordlight Health");
            wizard.interviewStep().role().textProperty().set("Staff Backend Engineer");
            wizard.interviewStep().start().textProperty().set("09:30");
            wizard.goTo(app.afterword.ui.wizard.WizardStep.PEOPLE);
            wizard.peopleStep().people().get(0).name().textProperty().set("aoife ní bhriain");
            wizard.peopleStep().people().get(0).email().textProperty().set("aoife at fjordlight");
            wizard.save();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> !wizard.hasUnsaved()));
        driver.interact(() -> driver.app().navigation().show(Page.HOME));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() -> home().rows().stream()
            .anyMatch(HomeRow::unfinished)));
        settle();
        written.add(shoot("dark-home-unfinished", null));
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    @Test
    void anEmptyWorkspaceIsRenderedInLightAndDark() throws Exception {
        try (Workspace ws = Workspace.open(dataDir)) {
            String id = FirstRun.seed(ws).orElseThrow();
            ws.interviews().remove(id);
        }
        driver = new AppDriver(dataDir).start();
        assertThat(driver.app().navigation().current()).isEqualTo(Page.HOME);
        List<Path> written = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            driver.interact(() -> driver.app().theme().choiceProperty().set(theme));
            settle();
            assertThat(home().emptyProperty().get()).isTrue();
            written.add(shoot(theme.key() + "-home-empty", null));
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }
}
