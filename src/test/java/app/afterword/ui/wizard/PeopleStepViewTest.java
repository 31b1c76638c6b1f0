// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Part;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The People step's card on screen: "Addressed as" follows the name, and capitals are offered, never imposed. */
@ExtendWith(ApplicationExtension.class)
class PeopleStepViewTest {

    private PeopleStepViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new PeopleStepViewModel(new Messages(), () -> { });
        PeopleStepView view = new PeopleStepView(vm, new Messages());
        stage.setScene(new Scene(new ScrollPane(view.node()), 900, 700));
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private static <T extends javafx.scene.Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    @Test
    void aNameTypedInLowerCaseOffersOneClickCapitals(FxRobot robot) {
        TextField name = node(robot, NodeIds.person(0, "name"), TextField.class);
        Button capitalise = node(robot, NodeIds.person(0, "capitalise"), Button.class);
        TextField addressAs = node(robot, NodeIds.person(0, "addressAs"), TextField.class);
        assertThat(capitalise.isVisible()).isFalse();

        robot.clickOn(name).write("maria garcia");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).as("never changed by itself").isEqualTo("maria garcia");
        assertThat(capitalise.isVisible()).isTrue();
        assertThat(capitalise.getText()).isEqualTo("Capitalise as Maria Garcia");
        assertThat(capitalise.getAccessibleText()).isEqualTo("Capitalise the name of person 1 as Maria Garcia");
        assertThat(addressAs.getText()).isEqualTo("maria");

        robot.clickOn(capitalise);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("Maria Garcia");
        assertThat(addressAs.getText()).isEqualTo("Maria");
        assertThat(capitalise.isVisible()).isFalse();
        assertThat(name.isFocused()).as("the cursor goes back to the name").isTrue();
    }

    @Test
    void addressedAsIsFilledFromTheNameAndKeepsWhatIsTypedInIt(FxRobot robot) {
        TextField name = node(robot, NodeIds.person(0, "name"), TextField.class);
        TextField addressAs = node(robot, NodeIds.person(0, "addressAs"), TextField.class);
        assertThat(addressAs.getAccessibleText()).isEqualTo("How the note greets person 1");

        robot.clickOn(name).write("Dr. Anke Schröder");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(addressAs.getText()).isEqualTo("Anke");
        assertThat(robot.lookup(".field-help").queryAllAs(Label.class)).extracting(Label::getText)
            .contains("Taken from the name for warm and brief notes; a formal note greets them as Dr. Schröder. "
                + "Change it to greet them your way in every note.");

        robot.interact(() -> {
            addressAs.requestFocus();
            addressAs.selectAll();
        });
        robot.write("Professor Schröder");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.people().get(0).addressAsChanged()).isTrue();
        robot.interact(() -> name.setText("Dr. Anke Schröder-Lang"));
        assertThat(addressAs.getText()).isEqualTo("Professor Schröder");
        assertThat(vm.snapshot().get(0).addressAs()).isEqualTo("Professor Schröder");
    }

    @Test
    void thePartIsChosenOnTheCardAndSaysWhichNotesThePersonGets(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Part> part = node(robot, NodeIds.person(0, "part"), ComboBox.class);
        assertThat(part.getValue()).isEqualTo(Part.INTERVIEWER);
        assertThat(part.getAccessibleText()).isEqualTo("Part person 1 played in the process");

        robot.clickOn(part);
        robot.clickOn((ListCell<?> cell) -> "Hiring manager".equals(cell.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.people().get(0).partProperty().get()).isEqualTo(Part.HIRING_MANAGER);
        assertThat(robot.lookup(".field-help").queryAllAs(Label.class)).extracting(Label::getText)
            .contains("Gets a thank-you note of their own, and follow-ups go to them.");
        assertThat(vm.snapshot().get(0).part()).isEqualTo("hiring-manager");
    }
}
