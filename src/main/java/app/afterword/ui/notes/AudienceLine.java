// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The note step's line on who the note goes to ("Goes to Priya Raman, hiring manager · copy others"), and under it,
 * for a note to one contact, the choice of contact and the people to copy.
 */
final class AudienceLine {

    private AudienceLine() {
    }

    /** Builds the line and its choices. */
    static VBox of(AudienceViewModel vm, Messages m) {
        Label line = Forms.label("", AppStyles.FIELD_HELP);
        line.setId(NodeIds.NOTE_AUDIENCE);
        line.setGraphic(Icons.of(Feather.USERS));
        line.setWrapText(true);
        line.textProperty().bind(vm.lineProperty());
        line.setFocusTraversable(true);
        line.accessibleTextProperty().bind(vm.lineProperty());
        Hyperlink change = new Hyperlink();
        change.setId(NodeIds.NOTE_AUDIENCE_CHANGE);
        change.textProperty().bind(Bindings.when(vm.choosingProperty()).then(m.get("note.audience.done"))
            .otherwise(m.get("note.audience.change")));
        change.accessibleTextProperty().bind(change.textProperty());
        change.visibleProperty().bind(vm.onePersonProperty());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> vm.choosingProperty().set(!vm.choosingProperty().get()));
        HBox row = new HBox(8, line, change);
        row.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> contact = NotesUi.picker(NodeIds.NOTE_CONTACT, m.get("note.audience.to"), vm.people(),
            vm.contactProperty(), vm::label);
        VBox contactField = Forms.field(m.get("note.audience.to"), false, contact, null,
            m.get("note.audience.to.help"), m.get("field.optional"));
        FlowPane boxes = new FlowPane(12, 6);
        Runnable fill = () -> boxes.getChildren().setAll(copyBoxes(vm, m));
        vm.copies().addListener((ListChangeListener<AudienceViewModel.Copy>) c -> fill.run());
        fill.run();
        VBox copyField = Forms.field(m.get("note.audience.copy"), true, boxes, null, m.get("note.audience.copy.help"),
            m.get("field.optional"));
        copyField.visibleProperty().bind(vm.copyingProperty());
        copyField.managedProperty().bind(copyField.visibleProperty());
        VBox choices = new VBox(8, contactField, copyField);
        choices.visibleProperty().bind(vm.choosingProperty().and(vm.onePersonProperty()));
        choices.managedProperty().bind(choices.visibleProperty());
        return new VBox(6, row, choices);
    }

    private static List<Node> copyBoxes(AudienceViewModel vm, Messages m) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < vm.copies().size(); i++) {
            AudienceViewModel.Copy c = vm.copies().get(i);
            CheckBox box = new CheckBox(c.reachable() ? c.label() : m.get("note.audience.copy.noEmail", c.label()));
            box.setId(NodeIds.noteCopy(i));
            box.setAccessibleText(m.get("note.audience.copy.accessible", box.getText()));
            box.selectedProperty().bindBidirectional(c.chosen());
            box.setDisable(!c.reachable() && !c.chosen().get());
            out.add(box);
        }
        return out;
    }
}
