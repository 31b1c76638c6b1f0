// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardFlowTest {

    @TempDir
    Path dataDir;

    private AppDriver driver;

    @AfterEach
    void tearDown() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private String text(String id) {
        return driver.node(id, TextField.class).getText();
    }

    private void fillStepOne() {
        driver.click(NodeIds.COMPANY);
        driver.selectAll().typeText("Northwind Labs").key(KeyCode.TAB).typeText("Staff Data Engineer")
            .key(KeyCode.TAB).typeText("23 Nov 2026").key(KeyCode.TAB).typeText("9:30").key(KeyCode.TAB)
            .typeText("11:00").key(KeyCode.TAB).selectAll().typeText("America/New_York").key(KeyCode.TAB);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.CLOCK_YOURS);
        driver.key(KeyCode.TAB);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.FORMAT_ONSITE);
        driver.key(KeyCode.SPACE).key(KeyCode.TAB);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.DECISION);
        driver.typeText("4 Dec 2026");
    }

    private void fillStepTwo() {
        assertThat(driver.focusedId()).isEqualTo(NodeIds.person(0, "name"));
        driver.typeText("Ana Souza").key(KeyCode.TAB);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.person(0, "addressAs"));
        assertThat(text(NodeIds.person(0, "addressAs"))).as("filled from the name").isEqualTo("Ana");
        driver.key(KeyCode.TAB).typeText("Head of Data").key(KeyCode.TAB)
            .typeText("ana@northwind.example").tab(2);
        assertThat(driver.focusedId()).as("the part comes after LinkedIn").isEqualTo(NodeIds.person(0, "part"));
        driver.tab(1).typeText("the streaming migration").key(KeyCode.ENTER).typeText("hiring plans").tab(3);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.person(0, "rapport"));
        driver.typeText("we both learned Portuguese late");
        driver.key(KeyCode.TAB);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.ADD_PERSON_BELOW);
        driver.key(KeyCode.SPACE);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.person(1, "name"));
        driver.typeText("Ben Li").tab(2).typeText("Engineering Manager").tab(2)
            .typeText("linkedin.com/in/benli");
    }

    private void fillStepThree() {
        assertThat(driver.focusedId()).isEqualTo(NodeIds.listRow(NodeIds.TOPICS, 0));
        driver.typeText("on-call rotations").key(KeyCode.ENTER).typeText("incident reviews")
            .tab(3);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.listRow(NodeIds.SKILLS, 0));
        driver.typeText("Kafka in production");
    }

    @Test
    void aTwoPersonPanelIsFilledByKeyboardAndSurvivesClosingTheWindowMidWay() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.clickOn("#" + NodeIds.NEW_INTERVIEW);
        fillStepOne();
        driver.next();
        WizardViewModel vm = driver.app().wizard();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PEOPLE);
        fillStepTwo();
        driver.next();
        assertThat(vm.peopleStep().validate()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CONVERSATION);
        fillStepThree();
        driver.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.NOTE);
        assertThat(driver.app().notes().note().recipients()).as("the note step drafts for both people")
            .containsExactly("Ana Souza", "Ben Li");

        driver.back();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CONVERSATION);
        TextField ideas = driver.node(NodeIds.listRow(NodeIds.IDEAS, 0), TextField.class);
        driver.interact(ideas::requestFocus);
        driver.click(NodeIds.listRow(NodeIds.IDEAS, 0)).typeText("a cost dashboard");
        assertThat(driver.stalls()).as("UI thread stalls").isEmpty();
        driver.stop();

        driver = new AppDriver(dataDir).start();
        vm = driver.app().wizard();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CONVERSATION);
        assertThat(text(NodeIds.listRow(NodeIds.IDEAS, 0))).isEqualTo("a cost dashboard");
        assertThat(text(NodeIds.listRow(NodeIds.TOPICS, 1))).isEqualTo("incident reviews");
        assertThat(text(NodeIds.listRow(NodeIds.SKILLS, 0))).isEqualTo("Kafka in production");
        driver.back();
        assertThat(text(NodeIds.person(0, "name"))).isEqualTo("Ana Souza");
        assertThat(text(NodeIds.person(0, "email"))).isEqualTo("ana@northwind.example");
        assertThat(text(NodeIds.listRow(NodeIds.person(0, "topics"), 1))).isEqualTo("hiring plans");
        assertThat(text(NodeIds.person(0, "rapport"))).isEqualTo("we both learned Portuguese late");
        assertThat(text(NodeIds.person(1, "name"))).isEqualTo("Ben Li");
        assertThat(text(NodeIds.person(1, "linkedin"))).isEqualTo("linkedin.com/in/benli");
        driver.back();
        assertThat(text(NodeIds.COMPANY)).isEqualTo("Northwind Labs");
        assertThat(text(NodeIds.START)).isEqualTo("9:30");
        assertThat(driver.node(NodeIds.FORMAT_ONSITE, ToggleButton.class).isSelected()).isTrue();
        assertThat(text(NodeIds.DECISION)).isEqualTo("4 Dec 2026");
        assertThat(driver.stage().getTitle()).isEqualTo("Northwind Labs — Staff Data Engineer · Afterword");
        assertThat(driver.stalls()).as("UI thread stalls").isEmpty();
        driver.stop();
        driver = null;

        try (Workspace ws = Workspace.open(dataDir)) {
            Interview saved = ws.interviews().get("northwind-labs-staff-data-engineer-2026-11-23").orElseThrow();
            assertThat(saved.interviewers()).extracting(i -> i.name()).containsExactly("Ana Souza", "Ben Li");
            assertThat(saved.interviewers().get(0).topics()).containsExactly("the streaming migration",
                "hiring plans");
            assertThat(saved.format()).isEqualTo(InterviewFormat.ONSITE);
            assertThat(saved.ideas()).containsExactly("a cost dashboard");
            assertThat(ws.interviews().ids()).hasSize(2);
        }
    }

    @Test
    void tabOrderFollowsTheScreenFromTopToBottom() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.COMPANY);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            order.add(driver.focusedId());
            driver.key(KeyCode.TAB);
        }
        // the sample's times are on the interviewers' clock
        assertThat(order).containsExactly(NodeIds.COMPANY, NodeIds.ROLE, NodeIds.DATE, NodeIds.START, NodeIds.END,
            NodeIds.TIME_ZONE, NodeIds.CLOCK_THEIRS, NodeIds.FORMAT_VIDEO, NodeIds.DECISION, NodeIds.WIZARD_NEXT);
    }

    @Test
    void aFieldIsCheckedWhenFocusLeavesItAndNextFocusesTheFirstProblem() throws Exception {
        driver = new AppDriver(dataDir).start();
        driver.click(NodeIds.NEW_INTERVIEW);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.COMPANY);
        driver.key(KeyCode.TAB).key(KeyCode.TAB).selectAll().key(KeyCode.BACK_SPACE)
            .typeText("31 Feb 2026").key(KeyCode.TAB);
        List<String> messages = driver.lookup(".field-error").queryAllAs(Label.class).stream()
            .filter(Label::isVisible).map(Label::getText).toList();
        assertThat(messages).containsExactly("Add the company’s name, e.g. Acme.",
            "Add the job title, e.g. Product Designer.",
            "“31 Feb 2026” isn’t a date; write it like " + driver.app().wizard().interviewStep().input()
                .formatDate(java.time.LocalDate.now()) + ".");
        driver.next();
        assertThat(driver.app().wizard().stepProperty().get()).isEqualTo(WizardStep.INTERVIEW);
        assertThat(driver.focusedId()).isEqualTo(NodeIds.COMPANY);
        assertThat(driver.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible))
            .hasSize(4);
    }
}
