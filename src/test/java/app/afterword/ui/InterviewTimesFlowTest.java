// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.zone.ZoneEntry;
import app.afterword.core.zone.ZoneTime;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.wizard.InterviewStepViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user's walk through the Interview step's times and time zone: whose clock the times are on, a zone field
 * that takes what people type, and fields that stay where they are while messages come and go.
 */
class InterviewTimesFlowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;

    private AppDriver driver;
    private InterviewStepViewModel step;

    @BeforeEach
    void newInterview() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.interact(() -> {
            driver.stage().setWidth(App.WIDTH);
            driver.stage().setHeight(App.HEIGHT);
        });
        driver.interact(() -> driver.app().wizard().newInterview());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> driver.onFx(() ->
            driver.app().wizard().titleProperty().get().equals("New interview")));
        WaitForAsyncUtils.waitForFxEvents();
        step = driver.app().wizard().interviewStep();
    }

    @AfterEach
    void tearDown() throws Exception {
        driver.stop();
    }

    private Label labelOf(String id) {
        Node input = driver.node(id, Node.class);
        return driver.lookup(".field-label").queryAllAs(Label.class).stream().filter(l -> l.getLabelFor() == input)
            .findFirst().orElseThrow();
    }

    /** The line under a field: its help, or its message when it shows one. */
    private String lineUnder(String id) throws Exception {
        Node input = driver.node(id, Node.class);
        return driver.onFx(() -> input.getAccessibleHelp());
    }

    private void focus(String id) throws Exception {
        Node n = driver.node(id, Node.class);
        driver.interact(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startedAndEndedSayWhoseTimeTheyAreAndShowTheOtherSide() throws Exception {
        ZoneId mine = step.userZone();
        String myCity = step.input().zones().entry(mine).map(ZoneEntry::city).orElseThrow();
        driver.interact(() -> {
            step.company().textProperty().set("Lindqvist & Søn");
            step.role().textProperty().set("Product Designer");
            step.date().textProperty().set("24 Nov 2026");
            step.timeZone().textProperty().set("Europe/Berlin");
            driver.app().wizard().peopleStep().people().get(0).name().textProperty().set("Maren Lindqvist");
        });
        focus(NodeIds.START);
        driver.typeText("14:45").key(KeyCode.TAB).typeText("15:30").key(KeyCode.TAB);

        assertThat(labelOf(NodeIds.START).getText()).isEqualTo("Started (your time, " + myCity + ")");
        assertThat(labelOf(NodeIds.END).getText()).isEqualTo("Ended (your time, " + myCity + ")");
        LocalTime inBerlin = ZoneTime.read(LocalDate.of(2026, 11, 24), LocalTime.of(14, 45), mine).in(BERLIN)
            .toLocalTime();
        assertThat(lineUnder(NodeIds.START)).isEqualTo("14:45 your time = " + step.input().formatTime(inBerlin)
            + " in Berlin");
        Interview typedOnMyClock = driver.app().wizard().build().orElseThrow();
        assertThat(typedOnMyClock.start().atZoneSameInstant(mine).toLocalTime()).isEqualTo(LocalTime.of(14, 45));
        assertThat(typedOnMyClock.timeZone()).isEqualTo(BERLIN);

        focus(NodeIds.CLOCK_YOURS);
        driver.click(NodeIds.CLOCK_THEIRS);
        assertThat(labelOf(NodeIds.START).getText()).isEqualTo("Started (Berlin time)");
        assertThat(lineUnder(NodeIds.START)).startsWith("14:45 in Berlin = ").endsWith(" your time");
        assertThat(driver.app().wizard().build().orElseThrow().start())
            .isEqualTo(OffsetDateTime.parse("2026-11-24T14:45+01:00"));
    }

    @Test
    void theTimeZoneFieldSelectsItsTextFindsBerlinListsMatchesAndTakesOldIds() throws Exception {
        TextField zone = driver.node(NodeIds.TIME_ZONE, TextField.class);
        // the clock choice beside it scrolls the row into view
        focus(NodeIds.CLOCK_YOURS);
        driver.clickOn("#" + NodeIds.TIME_ZONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.focusedId()).isEqualTo(NodeIds.TIME_ZONE);
        assertThat(zone.getSelectedText()).isEqualTo(zone.getText()).isNotEmpty();

        driver.typeText("Berlin");
        assertThat(zone.getText()).isEqualTo("Berlin");
        ListView<?> list = driver.lookup("#" + NodeIds.TIME_ZONE_CHOICES).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getScene().getWindow().isShowing());
        String first = driver.onFx(() -> step.zoneLabel((ZoneEntry) list.getItems().get(0)));
        assertThat(first).matches("Europe/Berlin — Berlin, Germany · UTC\\+[12]");
        driver.key(KeyCode.TAB);
        assertThat(zone.getText()).isEqualTo("Europe/Berlin");
        assertThat(step.timeZone().error()).isNull();

        focus(NodeIds.TIME_ZONE);
        driver.typeText("Africa/Asmera").key(KeyCode.TAB);
        assertThat(zone.getText()).isEqualTo("Africa/Asmara");

        focus(NodeIds.TIME_ZONE);
        driver.typeText("Germany").key(KeyCode.TAB);
        assertThat(zone.getText()).isEqualTo("Germany");
        assertThat(lineUnder(NodeIds.TIME_ZONE)).isEqualTo("“Germany” fits 2 time zones: Europe/Berlin, "
            + "Europe/Busingen. Pick one from the list.");

        focus(NodeIds.TIME_ZONE);
        driver.typeText("Germany").key(KeyCode.DOWN).key(KeyCode.ENTER);
        assertThat(zone.getText()).isEqualTo("Europe/Busingen");
        assertThat(step.timeZone().error()).isNull();
    }

    @Test
    void aFieldKeepsItsPlaceWhenTheFieldAboveShowsAndClearsAnError() throws Exception {
        Node date = driver.node(NodeIds.DATE, Node.class);
        Node company = driver.node(NodeIds.COMPANY, Node.class);
        double before = driver.onFx(() -> date.localToScene(0, 0).getY() - company.localToScene(0, 0).getY());
        focus(NodeIds.COMPANY);
        driver.key(KeyCode.TAB);
        assertThat(step.company().error()).isEqualTo("Add the company’s name, e.g. Acme.");
        assertThat(driver.onFx(() -> date.localToScene(0, 0).getY() - company.localToScene(0, 0).getY()))
            .isEqualTo(before);
        focus(NodeIds.COMPANY);
        driver.typeText("Acme");
        assertThat(step.company().error()).isNull();
        assertThat(driver.onFx(() -> date.localToScene(0, 0).getY() - company.localToScene(0, 0).getY()))
            .isEqualTo(before);
    }

    @Test
    void thePageKeepsItsPlaceWhenTheScrollbarAppears() throws Exception {
        driver.interact(() -> driver.app().wizard().aboutYou().name().textProperty().set("Ana Lima"));
        Node company = driver.node(NodeIds.COMPANY, Node.class);
        driver.interact(() -> driver.stage().setHeight(2000));
        WaitForAsyncUtils.waitForFxEvents();
        double x = driver.onFx(() -> company.localToScene(0, 0).getX());
        driver.interact(() -> driver.stage().setHeight(600));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.onFx(() -> company.localToScene(0, 0).getX())).isEqualTo(x);
        driver.interact(() -> driver.stage().setHeight(2000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.onFx(() -> company.localToScene(0, 0).getX())).isEqualTo(x);
    }
}
