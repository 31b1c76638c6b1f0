// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 2's page: a card per interviewer, adding, pasting, moving and removing them. */
public final class PeopleStepView implements StepView {

    private final PeopleStepViewModel vm;
    private final Messages m;
    private final VBox page = new VBox();
    private final VBox cards = new VBox();
    private final Map<PersonViewModel, PersonCard> cache = new IdentityHashMap<>();
    private final Button add;

    /** Builds the page for {@code vm}. */
    public PeopleStepView(PeopleStepViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        page.getStyleClass().add(AppStyles.PAGE);
        cards.getStyleClass().add("person-cards");

        add = new Button(m.get("people.add"), Icons.of(Feather.USER_PLUS));
        add.setId(NodeIds.ADD_PERSON);
        add.setAccessibleText(m.get("people.add"));
        add.setOnAction(e -> focusName(vm.add()));
        Button paste = new Button(m.get("people.paste"), Icons.of(Feather.CLIPBOARD));
        paste.setId(NodeIds.PASTE_PEOPLE);
        paste.setAccessibleText(m.get("people.paste"));
        HBox toolbar = new HBox(add, paste);
        toolbar.getStyleClass().add(AppStyles.TOOLBAR);

        VBox pastePanel = pastePanel(paste);
        HBox undo = undoBanner();

        Button addBelow = new Button(m.get("people.addAnother"), Icons.of(Feather.USER_PLUS));
        addBelow.setId(NodeIds.ADD_PERSON_BELOW);
        addBelow.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        addBelow.setAccessibleText(m.get("people.addAnother"));
        addBelow.setOnAction(e -> focusName(vm.add()));
        addBelow.disableProperty().bind(add.disabledProperty());

        page.getChildren().addAll(
            Forms.pageHeader(m.get("wizard.kicker", 2, WizardStep.values().length), m.get("step.people.title"),
                m.get("step.people.subtitle")),
            toolbar, pastePanel, undo, cards, addBelow);
        vm.people().addListener((javafx.collections.ListChangeListener<PersonViewModel>) c -> rebuild());
        rebuild();
    }

    private VBox pastePanel(Button open) {
        TextArea text = new TextArea();
        text.setId(NodeIds.PASTE_TEXT);
        text.setPromptText(m.get("people.paste.prompt"));
        text.setPrefRowCount(4);
        text.setWrapText(true);
        text.setAccessibleText(m.get("people.paste.label"));
        Button addAll = new Button(m.get("people.paste.add"), Icons.of(Feather.CHECK));
        addAll.setId(NodeIds.PASTE_ADD);
        addAll.getStyleClass().add(Styles.ACCENT);
        addAll.setAccessibleText(m.get("people.paste.add"));
        Button cancel = new Button(m.get("people.paste.cancel"));
        cancel.setId(NodeIds.PASTE_CANCEL);
        cancel.setAccessibleText(m.get("people.paste.cancel"));
        Label help = Forms.label(m.get("people.paste.help"), AppStyles.FIELD_HELP);
        Label label = Forms.label(m.get("people.paste.label"), AppStyles.FIELD_LABEL);
        label.setLabelFor(text);
        HBox actions = new HBox(addAll, cancel);
        actions.getStyleClass().add(AppStyles.TOOLBAR);
        VBox panel = new VBox(label, text, help, actions);
        panel.getStyleClass().add(AppStyles.PASTE_PANEL);
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        open.setOnAction(e -> {
            panel.setVisible(true);
            text.requestFocus();
            vm.pasteOpened();
        });
        cancel.setOnAction(e -> {
            text.clear();
            panel.setVisible(false);
            open.requestFocus();
        });
        addAll.setOnAction(e -> {
            List<PersonViewModel> added = vm.paste(text.getText());
            text.clear();
            panel.setVisible(false);
            if (added.isEmpty()) {
                open.requestFocus();
            } else {
                focusName(added.get(0));
            }
        });
        return panel;
    }

    private HBox undoBanner() {
        Label text = new Label();
        text.textProperty().bind(vm.removedNoticeProperty());
        Button undo = new Button(m.get("people.undo"), Icons.of(Feather.ROTATE_CCW));
        undo.setId(NodeIds.UNDO_REMOVE);
        undo.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        undo.setAccessibleText(m.get("people.undo"));
        undo.setOnAction(e -> focusName(vm.undoRemove()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(Icons.of(Feather.INFO), text, spacer, undo);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add(AppStyles.BANNER);
        banner.visibleProperty().bind(vm.removedNoticeProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void rebuild() {
        List<PersonViewModel> people = vm.people();
        List<VBox> nodes = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonViewModel p = people.get(i);
            PersonCard card = cache.computeIfAbsent(p, x -> new PersonCard(x, vm, m));
            card.index(i, people.size());
            nodes.add(card.node());
        }
        cache.keySet().removeIf(p -> {
            if (!people.contains(p)) {
                cache.get(p).dispose();
                return true;
            }
            return false;
        });
        cards.getChildren().setAll(nodes);
        add.setDisable(people.size() >= app.afterword.ui.common.ListField.MAX_ITEMS);
    }

    private void focusName(PersonViewModel p) {
        if (p != null && cache.containsKey(p)) {
            cache.get(p).nameField().requestFocus();
        }
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        if (!vm.people().isEmpty()) {
            focusName(vm.people().get(0));
        }
    }
}
