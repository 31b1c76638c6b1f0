// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.Forms;
import app.afterword.ui.common.ListEditor;
import app.afterword.ui.common.ListField;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;

/**
 * Step 3's page: four lists, each with a line on what it is for and an example; under each item, the sentence it reads
 * as in a note.
 */
public final class ConversationStepView implements StepView {

    private final VBox page = new VBox();
    private final List<ListEditor> editors = new ArrayList<>();

    /** Builds the page for {@code vm}. */
    public ConversationStepView(ConversationStepViewModel vm, Messages m) {
        page.getStyleClass().add(AppStyles.PAGE);
        page.getChildren().add(Forms.pageHeader(m.get("wizard.kicker", 3, WizardStep.values().length),
            m.get("step.conversation.title"), m.get("step.conversation.subtitle")));
        add(vm, vm.topics(), NodeIds.TOPICS, m);
        add(vm, vm.skills(), NodeIds.SKILLS, m);
        add(vm, vm.clarifications(), NodeIds.CLARIFICATIONS, m);
        add(vm, vm.ideas(), NodeIds.IDEAS, m);
    }

    private void add(ConversationStepViewModel vm, ListField list, String id, Messages m) {
        String k = "conversation." + list.name();
        ListEditor editor = new ListEditor(list, id, m.get(k + ".item"), m.get(k + ".prompt"), m.get(k + ".add"), m,
            item -> vm.readsAs(list, item));
        editors.add(editor);
        page.getChildren().add(Forms.section(m.get(k + ".title"), m.get(k + ".help"), editor));
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        editors.get(0).lookup("#" + NodeIds.listRow(NodeIds.TOPICS, 0)).requestFocus();
    }
}
