// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The note step's "Goes to …" line on screen: changing the contact and ticking people to copy. */
@ExtendWith(ApplicationExtension.class)
class AudienceLineTest {

    private final SimpleObjectProperty<Interview> interview = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(NoteKind.FOLLOW_UP);

    @Start
    void start(Stage stage) {
        List<Interviewer> people = new ArrayList<>(NotesFixture.SAMPLE.interviewers());
        people.set(0, people.get(0).withPart(Part.INTERVIEWER));
        people.set(2, people.get(2).withPart(Part.HIRING_MANAGER));
        interview.set(NotesFixture.SAMPLE.toBuilder().interviewers(people).build());
        AudienceViewModel vm = new AudienceViewModel(new Messages(), interview, kind,
            (contact, cc) -> interview.set(interview.get().withContact(contact, cc)));
        VBox line = AudienceLine.of(vm, new Messages());
        stage.setScene(new Scene(line, 700, 400));
        stage.show();
        stage.toFront();
    }

    private static <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    /** True when the node and every parent are visible. */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theContactIsChangedAndOthersCopiedFromTheLine(FxRobot robot) {
        Label line = node(robot, NodeIds.NOTE_AUDIENCE, Label.class);
        Hyperlink change = node(robot, NodeIds.NOTE_AUDIENCE_CHANGE, Hyperlink.class);
        assertThat(line.getText()).isEqualTo("Goes to Priya Raman-Iyer, hiring manager");
        assertThat(change.getText()).isEqualTo("Change · copy others");
        assertThat(shown(node(robot, NodeIds.NOTE_CONTACT, ComboBox.class))).isFalse();

        robot.clickOn(change);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> contact = node(robot, NodeIds.NOTE_CONTACT, ComboBox.class);
        assertThat(shown(contact)).isTrue();
        robot.clickOn(contact);
        robot.clickOn((ListCell<?> cell) -> "Daniel O'Brien, interviewer".equals(cell.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(interview.get().contact()).isEqualTo("Daniel O'Brien");
        assertThat(line.getText()).isEqualTo("Goes to Daniel O'Brien, interviewer");

        CheckBox priya = robot.lookup((CheckBox b) -> b.getText().startsWith("Priya Raman-Iyer")).queryAs(
            CheckBox.class);
        robot.clickOn(priya);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(interview.get().cc()).containsExactly("Priya Raman-Iyer");
        assertThat(line.getText()).isEqualTo("Goes to Daniel O'Brien, interviewer · copying Priya Raman-Iyer");

        robot.interact(() -> kind.set(NoteKind.THANK_YOU));
        assertThat(line.getText()).isEqualTo("One note to each of the 3 interviewers");
        assertThat(shown(change)).as("a thank-you goes to each interviewer on their own").isFalse();
    }
}
