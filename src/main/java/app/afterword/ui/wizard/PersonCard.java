// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.Part;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.ListEditor;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The card of one person; its ids follow its position, so they change when cards are moved. */
final class PersonCard {

    private final PersonViewModel person;
    private final Messages m;
    private final VBox box = new VBox();
    private final Label heading = new Label();
    private final Label avatar = new Label();
    private final TextField name;
    private final TextField title;
    private final TextField email;
    private final TextField linkedin;
    private final TextField rapport;
    private final TextField addressAs;
    private final ComboBox<Part> part = new ComboBox<>();
    private final Button capitalise = new Button(null, Icons.of(Feather.TYPE));
    private final Button up = iconButton(Feather.ARROW_UP);
    private final Button down = iconButton(Feather.ARROW_DOWN);
    private final Button remove = iconButton(Feather.TRASH_2);
    private final PeopleStepViewModel step;
    private ListEditor topics;
    private final VBox topicsField;
    private int index = -1;

    PersonCard(PersonViewModel person, PeopleStepViewModel vm, Messages m) {
        this.step = vm;
        this.person = person;
        this.m = m;
        box.getStyleClass().add(AppStyles.PERSON_CARD);
        String optional = m.get("field.optional");
        name = Forms.textField("", person.name(), "", m.get("people.name.prompt"));
        title = Forms.textField("", person.title(), "", m.get("people.title.prompt"));
        email = Forms.textField("", person.email(), "", m.get("people.email.prompt"));
        linkedin = Forms.textField("", person.linkedin(), "", m.get("people.linkedin.prompt"));
        rapport = Forms.textField("", person.rapport(), "", m.get("people.rapport.prompt"));
        addressAs = Forms.textField("", person.addressAs(), "", m.get("people.addressAs.prompt"));
        capitalise.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL, AppStyles.NAME_SUGGESTION);
        capitalise.textProperty().bind(person.capitaliseOfferProperty());
        capitalise.visibleProperty().bind(person.capitaliseOfferProperty().isNotNull());
        capitalise.managedProperty().bind(capitalise.visibleProperty());
        capitalise.setOnAction(e -> {
            person.capitaliseName();
            name.requestFocus();
        });

        avatar.getStyleClass().add(AppStyles.AVATAR);
        avatar.textProperty().bind(Bindings.createStringBinding(person::initials, person.name().textProperty()));
        avatar.graphicProperty().bind(Bindings.createObjectBinding(
            () -> person.initials().isEmpty() ? Icons.of(Feather.USER) : null, person.name().textProperty()));
        heading.getStyleClass().add(AppStyles.PERSON_NAME);
        Label subtitle = new Label();
        subtitle.getStyleClass().add(AppStyles.PERSON_SUBTITLE);
        subtitle.textProperty().bind(person.title().textProperty());
        subtitle.visibleProperty().bind(person.title().textProperty().isNotEmpty());
        subtitle.managedProperty().bind(subtitle.visibleProperty());
        VBox names = new VBox(heading, subtitle);
        names.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        up.setOnAction(e -> {
            vm.moveUp(person);
            up.requestFocus();
        });
        down.setOnAction(e -> {
            vm.moveDown(person);
            down.requestFocus();
        });
        remove.setOnAction(e -> vm.remove(person));
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(vm.canRemoveProperty().not());
        HBox header = new HBox(avatar, names, spacer, up, down, remove);
        header.getStyleClass().add(AppStyles.PERSON_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = Forms.grid(2);
        VBox nameField = Forms.field(m.get("people.name.label"), false, name, person.name(), null, optional);
        nameField.getChildren().add(2, capitalise);
        grid.add(nameField, 0, 0);
        grid.add(addressField(person, optional), 1, 0);
        grid.add(Forms.field(m.get("people.title.label"), true, title, person.title(), null, optional), 0, 1);
        grid.add(Forms.field(m.get("people.email.label"), true, email, person.email(), null, optional), 1, 1);
        grid.add(Forms.field(m.get("people.linkedin.label"), true, linkedin, person.linkedin(), null, optional),
            0, 2);
        grid.add(partField(person, optional), 1, 2);
        topicsField = new VBox();
        grid.add(topicsField, 0, 3, 2, 1);
        VBox rapportField = Forms.field(m.get("people.rapport.label"), true, rapport, person.rapport(),
            m.get("people.rapport.help"), optional);
        Label rapportLine = ListEditor.readsAsLine(rapport, vm.rapportReadsAs(person));
        rapportLine.getStyleClass().add(AppStyles.FIELD_READS_AS);
        rapportField.getChildren().add(rapportLine);
        grid.add(rapportField, 0, 4, 2, 1);
        box.getChildren().addAll(header, grid);
    }

    /** "Addressed as", with a line under it that says where the greeting comes from and what a formal note uses. */
    private VBox addressField(PersonViewModel person, String optional) {
        VBox field = Forms.field(m.get("people.addressAs.label"), true, addressAs, person.addressAs(), null, optional);
        Label help = Forms.label(null, AppStyles.FIELD_HELP);
        help.textProperty().bind(person.addressHelpProperty());
        help.visibleProperty().bind(person.addressAs().errorProperty().isNull());
        help.managedProperty().bind(help.visibleProperty());
        field.getChildren().add(2, help);
        return field;
    }

    /** "Part in the process": which notes the person gets, with a line saying so for the part chosen. */
    private VBox partField(PersonViewModel person, String optional) {
        part.getItems().setAll(PersonViewModel.parts());
        part.setMaxWidth(Double.MAX_VALUE);
        StringConverter<Part> names = new StringConverter<>() {
            @Override
            public String toString(Part p) {
                return person.partName(p);
            }

            @Override
            public Part fromString(String text) {
                return null;
            }
        };
        part.setConverter(names);
        part.valueProperty().bindBidirectional(person.partProperty());
        VBox field = Forms.field(m.get("people.part.label"), true, part, null, null, optional);
        Label help = Forms.label(null, AppStyles.FIELD_HELP);
        help.textProperty().bind(person.partHelpProperty());
        help.setWrapText(true);
        field.getChildren().add(2, help);
        return field;
    }

    private static Button iconButton(Feather icon) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, AppStyles.ROW_ACTION);
        return b;
    }

    /** Sets the card's position: ids, accessible names and which move buttons apply. */
    void index(int i, int count) {
        up.setDisable(i == 0);
        down.setDisable(i == count - 1);
        if (i == index) {
            return;
        }
        index = i;
        int n = i + 1;
        heading.textProperty().unbind();
        heading.textProperty().bind(Bindings.createStringBinding(() -> person.name().trimmed().isEmpty()
            ? m.get("people.card.unnamed", n) : person.name().trimmed(), person.name().textProperty()));
        name.setId(NodeIds.person(i, "name"));
        name.setAccessibleText(m.get("people.name.accessible", n));
        title.setId(NodeIds.person(i, "title"));
        title.setAccessibleText(m.get("people.title.accessible", n));
        email.setId(NodeIds.person(i, "email"));
        email.setAccessibleText(m.get("people.email.accessible", n));
        linkedin.setId(NodeIds.person(i, "linkedin"));
        linkedin.setAccessibleText(m.get("people.linkedin.accessible", n));
        rapport.setId(NodeIds.person(i, "rapport"));
        rapport.setAccessibleText(m.get("people.rapport.accessible", n));
        part.setId(NodeIds.person(i, "part"));
        part.setAccessibleText(m.get("people.part.accessible", n));
        addressAs.setId(NodeIds.person(i, "addressAs"));
        addressAs.setAccessibleText(m.get("people.addressAs.accessible", n));
        capitalise.setId(NodeIds.person(i, "capitalise"));
        capitalise.accessibleTextProperty().unbind();
        capitalise.accessibleTextProperty().bind(Bindings.createStringBinding(() -> m.get(
            "people.name.capitalise.accessible", n, person.capitalisedNameProperty().get()),
            person.capitalisedNameProperty()));
        label(up, NodeIds.person(i, "up"), m.get("people.up", n));
        label(down, NodeIds.person(i, "down"), m.get("people.down", n));
        label(remove, NodeIds.person(i, "remove"), m.get("people.remove", n));
        if (topics != null) {
            topics.dispose();
        }
        String prefix = NodeIds.person(i, "topics");
        topics = new ListEditor(person.topics(), prefix, m.get("people.topics.item"), m.get("people.topics.prompt"),
            m.get("people.topics.add"), m, step::readsAs);
        topicsField.getChildren().setAll(Forms.listField(m.get("people.topics.label"), m.get("people.topics.help"),
            topics, m.get("field.optional")));
    }

    private static void label(Button b, String id, String text) {
        b.setId(id);
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(text));
    }

    VBox node() {
        return box;
    }

    TextField nameField() {
        return name;
    }

    void dispose() {
        if (topics != null) {
            topics.dispose();
        }
    }
}
