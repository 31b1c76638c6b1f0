// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.InterviewFormat;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Step 1's page: what, when, where and how; and when they will decide, with why it matters. While the profile has no
 * name, a compact "About you" card above asks for the name and sign-off the notes end with.
 */
public final class InterviewStepView implements StepView {

    private final VBox page = new VBox();
    private final TextField company;

    /** Builds the page for {@code vm}, with "About you" over {@code about}. */
    public InterviewStepView(InterviewStepViewModel vm, AboutYouViewModel about, Messages m) {
        page.getStyleClass().add(AppStyles.PAGE);
        String optional = m.get("field.optional");
        DateTimeInput input = vm.input();

        company = Forms.textField(NodeIds.COMPANY, vm.company(), m.get("interview.company.label"),
            m.get("interview.company.prompt"));
        TextField role = Forms.textField(NodeIds.ROLE, vm.role(), m.get("interview.role.label"),
            m.get("interview.role.prompt"));
        GridPane who = Forms.grid(2);
        who.add(Forms.field(m.get("interview.company.label"), false, company, vm.company(), null, optional), 0, 0);
        who.add(Forms.field(m.get("interview.role.label"), false, role, vm.role(), null, optional), 1, 0);

        TextField date = DateField.create(NodeIds.DATE, NodeIds.DATE_PICK, vm.date(), input, LocalDate::now,
            m.get("interview.date.label"), m.get("interview.date.prompt"), m.get("interview.date.pick"));
        TextField start = Forms.textField(NodeIds.START, vm.start(), m.get("interview.start.label"),
            m.get("interview.start.prompt", input.formatTime(java.time.LocalTime.of(10, 0))));
        TextField end = Forms.textField(NodeIds.END, vm.end(), m.get("interview.end.label"),
            m.get("interview.end.prompt", input.formatTime(java.time.LocalTime.of(11, 0))));
        GridPane when = Forms.grid(3);
        when.add(Forms.field(m.get("interview.date.label"), false, date, vm.date(), null, optional), 0, 0);
        when.add(labelled(Forms.liveField(m.get("interview.start.label"), false, start, vm.start(),
            vm.startOnOtherClock(), optional), vm.startLabel(), start), 1, 0);
        when.add(labelled(Forms.liveField(m.get("interview.end.label"), true, end, vm.end(), vm.endOnOtherClock(),
            optional), vm.endLabel(), end), 2, 0);

        TextField zone = ZoneField.create(vm, m);
        GridPane where = Forms.grid(2);
        where.add(Forms.liveField(m.get("interview.zone.label"), false, zone, vm.timeZone(), vm.zoneHelp(), optional),
            0, 0);
        where.add(Forms.field(m.get("interview.clock.label"), false, clockToggles(vm, m), null,
            m.get("interview.clock.help"), optional), 1, 0);
        where.add(Forms.field(m.get("interview.format.label"), true, formatToggles(vm, m), null, null, optional),
            0, 1);

        TextField decision = DateField.create(NodeIds.DECISION, NodeIds.DECISION_PICK, vm.decision(), input,
            LocalDate::now, m.get("interview.decision.label"), m.get("interview.decision.prompt"),
            m.get("interview.decision.pick"));
        GridPane decide = Forms.grid(2);
        decide.add(Forms.field(m.get("interview.decision.label"), true, decision, vm.decision(), null, optional),
            0, 0);
        VBox why = callout(m.get("interview.decision.whyTitle"), m.get("interview.decision.why"));
        decide.add(why, 1, 0);

        page.getChildren().addAll(
            Forms.pageHeader(m.get("wizard.kicker", 1, WizardStep.values().length), m.get("step.interview.title"),
                m.get("step.interview.subtitle")),
            aboutYou(about, m),
            Forms.section(m.get("interview.section.who"), null, who),
            Forms.section(m.get("interview.section.when"), null, when, where),
            Forms.section(m.get("interview.section.decision"), m.get("interview.section.decisionHelp"), decide));
    }

    /** The "About you" card: name and sign-off, then phone and e-mail; shown while the VM asks. */
    private static VBox aboutYou(AboutYouViewModel about, Messages m) {
        String optional = m.get("field.optional");
        TextField name = Forms.textField(NodeIds.ABOUT_NAME, about.name(), m.get("about.name"),
            m.get("about.name.prompt"));
        VBox nameBlock = Forms.field(m.get("about.name"), true, name, about.name(), m.get("about.name.help"),
            optional);
        Label suggestion = Forms.label("", AppStyles.FIELD_HELP);
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> about.capitalisedProperty().get() == null
            ? "" : m.get("about.capitalise.text", about.capitalisedProperty().get()), about.capitalisedProperty()));
        Button capitalise = new Button(m.get("about.capitalise"));
        capitalise.setId(NodeIds.ABOUT_CAPITALISE);
        capitalise.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        capitalise.accessibleTextProperty().bind(suggestion.textProperty());
        capitalise.setOnAction(e -> about.capitalise());
        HBox suggest = new HBox(6, suggestion, capitalise);
        suggest.setAlignment(Pos.BASELINE_LEFT);
        suggest.visibleProperty().bind(about.capitalisedProperty().isNotNull());
        suggest.managedProperty().bind(suggest.visibleProperty());
        nameBlock.getChildren().add(suggest);

        ComboBox<String> signOff = Forms.choiceOrTyped(NodeIds.ABOUT_SIGN_OFF, about.signOff(),
            about.signOffChoices(), m.get("about.signOff"), m.get("about.signOff.prompt"));
        TextField phone = Forms.textField(NodeIds.ABOUT_PHONE, about.phone(), m.get("about.phone"),
            m.get("about.phone.prompt"));
        TextField email = Forms.textField(NodeIds.ABOUT_EMAIL, about.email(), m.get("about.email"),
            m.get("about.email.prompt"));
        GridPane grid = Forms.grid(2);
        grid.add(nameBlock, 0, 0);
        grid.add(Forms.field(m.get("about.signOff"), true, signOff, about.signOff(), m.get("about.signOff.help"),
            optional), 1, 0);
        grid.add(Forms.field(m.get("about.phone"), true, phone, about.phone(), null, optional), 0, 1);
        grid.add(Forms.field(m.get("about.email"), true, email, about.email(), null, optional), 1, 1);

        Label title = new Label(m.get("about.title"), Icons.of(Feather.EDIT_3));
        title.getStyleClass().add(AppStyles.SECTION_TITLE);
        VBox card = new VBox(title, Forms.label(m.get("about.help"), AppStyles.SECTION_HELP), grid);
        card.setId(NodeIds.ABOUT_YOU);
        card.getStyleClass().addAll(AppStyles.SECTION, AppStyles.ABOUT_YOU);
        card.visibleProperty().bind(about.askingProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    static VBox callout(String title, String text) {
        Label heading = new Label(title, Icons.of(Feather.INFO));
        heading.getStyleClass().add(AppStyles.CALLOUT_TITLE);
        Label body = Forms.label(text, AppStyles.CALLOUT_TEXT);
        VBox box = new VBox(heading, body);
        box.getStyleClass().add(AppStyles.CALLOUT);
        return box;
    }

    /** Puts a label that follows {@code text} in place of a field's fixed one, for its name and for the input's. */
    private static VBox labelled(VBox field, javafx.beans.value.ObservableValue<String> text, TextField input) {
        Label name = (Label) ((HBox) field.getChildren().get(0)).getChildren().get(0);
        name.textProperty().bind(text);
        input.accessibleTextProperty().bind(text);
        return field;
    }

    /** "Your time (UTC)" or "Their time (Berlin)": the clock the start and end are typed on. */
    private static HBox clockToggles(InterviewStepViewModel vm, Messages m) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yours = new ToggleButton();
        yours.setId(NodeIds.CLOCK_YOURS);
        yours.textProperty().bind(vm.yoursChoice());
        yours.accessibleTextProperty().bind(vm.yoursChoice());
        yours.getStyleClass().add(Styles.LEFT_PILL);
        yours.setUserData(InterviewStepViewModel.Clock.YOURS);
        ToggleButton theirs = new ToggleButton();
        theirs.setId(NodeIds.CLOCK_THEIRS);
        theirs.textProperty().bind(vm.theirsChoice());
        theirs.accessibleTextProperty().bind(vm.theirsChoice());
        theirs.getStyleClass().add(Styles.RIGHT_PILL);
        theirs.setUserData(InterviewStepViewModel.Clock.THEIRS);
        HBox box = new HBox();
        box.getStyleClass().addAll(AppStyles.SEGMENTED, AppStyles.CLOCK_CHOICE);
        for (ToggleButton b : List.of(yours, theirs)) {
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(0);
            HBox.setHgrow(b, Priority.ALWAYS);
            box.getChildren().add(b);
        }
        Runnable fromModel = () -> group.selectToggle(vm.clockProperty().get() == InterviewStepViewModel.Clock.THEIRS
            ? theirs : yours);
        fromModel.run();
        vm.clockProperty().addListener((o, was, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // one of the two is always chosen
                fromModel.run();
            } else {
                vm.clockProperty().set((InterviewStepViewModel.Clock) now.getUserData());
            }
        });
        return box;
    }

    private static HBox formatToggles(InterviewStepViewModel vm, Messages m) {
        ToggleGroup group = new ToggleGroup();
        Map<InterviewFormat, ToggleButton> buttons = new java.util.EnumMap<>(InterviewFormat.class);
        List<Object[]> specs = List.of(
            new Object[] {InterviewFormat.ONSITE, NodeIds.FORMAT_ONSITE, Feather.MAP_PIN, Styles.LEFT_PILL},
            new Object[] {InterviewFormat.VIDEO, NodeIds.FORMAT_VIDEO, Feather.VIDEO, Styles.CENTER_PILL},
            new Object[] {InterviewFormat.PHONE, NodeIds.FORMAT_PHONE, Feather.PHONE, Styles.RIGHT_PILL});
        HBox box = new HBox();
        box.getStyleClass().add(AppStyles.SEGMENTED);
        for (Object[] s : specs) {
            InterviewFormat f = (InterviewFormat) s[0];
            ToggleButton b = new ToggleButton(m.get("interview.format." + f.jsonName()),
                Icons.of((Feather) s[2]));
            b.setId((String) s[1]);
            b.getStyleClass().add((String) s[3]);
            b.setToggleGroup(group);
            b.setUserData(f);
            b.setAccessibleText(m.get("interview.format.accessible", m.get("interview.format." + f.jsonName())));
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            buttons.put(f, b);
            box.getChildren().add(b);
        }
        Runnable fromModel = () -> {
            InterviewFormat f = vm.formatProperty().get();
            group.selectToggle(f == null ? null : buttons.get(f));
        };
        fromModel.run();
        vm.formatProperty().addListener((o, was, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((o, was, now) ->
            vm.formatProperty().set(now == null ? null : (InterviewFormat) now.getUserData()));
        return box;
    }

    @Override
    public Parent node() {
        return page;
    }

    @Override
    public void focusFirst() {
        company.requestFocus();
    }
}
