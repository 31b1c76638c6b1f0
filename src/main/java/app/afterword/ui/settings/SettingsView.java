// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.settings;

import app.afterword.core.export.CardSize;
import app.afterword.core.proofread.Variant;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.PageView;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.theme.ThemeChoice;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Settings screen: built on first view, filled from the settings each time it comes into view. Every control
 * is bound to {@link SettingsViewModel}; nothing is decided here.
 */
public final class SettingsView implements PageView {

    private final SettingsViewModel vm;
    private final Messages m;
    private ScrollPane scroll;
    private TextField first;

    /** The screen for {@code vm}; builds nothing yet. */
    public SettingsView(SettingsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    @Override
    public Parent node() {
        if (scroll == null) {
            scroll = build();
        }
        return scroll;
    }

    @Override
    public void focusFirst() {
        node();
        first.requestFocus();
    }

    @Override
    public void shown() {
        vm.load();
    }

    private ScrollPane build() {
        String optional = m.get("field.optional");
        VBox page = new VBox();
        page.getStyleClass().add(AppStyles.PAGE);
        page.getChildren().add(Forms.pageHeader(m.get("settings.kicker"), m.get("settings.title"),
            m.get("settings.subtitle")));
        page.getChildren().add(undoBar());

        first = Forms.textField(NodeIds.SETTINGS_NAME, vm.name(), m.get("settings.name"),
            m.get("settings.name.prompt"));
        TextField email = Forms.textField(NodeIds.SETTINGS_EMAIL, vm.email(), m.get("settings.email"),
            m.get("settings.email.prompt"));
        TextField phone = Forms.textField(NodeIds.SETTINGS_PHONE, vm.phone(), m.get("settings.phone"),
            m.get("settings.phone.prompt"));
        TextField linkedin = Forms.textField(NodeIds.SETTINGS_LINKEDIN, vm.linkedin(), m.get("settings.linkedin"),
            m.get("settings.linkedin.prompt"));
        TextArea signature = Forms.bind(new TextArea(), NodeIds.SETTINGS_SIGNATURE, vm.signature(),
            m.get("settings.signature"), m.get("settings.signature.prompt"));
        signature.setPrefRowCount(3);
        signature.setWrapText(true);
        ComboBox<String> signOff = Forms.choiceOrTyped(NodeIds.SETTINGS_SIGN_OFF, vm.signOff(), vm.signOffChoices(),
            m.get("settings.signOff"), m.get("settings.signOff.prompt"));
        GridPane profile = Forms.grid(2);
        profile.add(Forms.field(m.get("settings.name"), true, first, vm.name(), null, optional), 0, 0);
        profile.add(Forms.field(m.get("settings.email"), true, email, vm.email(), null, optional), 1, 0);
        profile.add(Forms.field(m.get("settings.phone"), true, phone, vm.phone(), null, optional), 0, 1);
        profile.add(Forms.field(m.get("settings.linkedin"), true, linkedin, vm.linkedin(), null, optional), 1, 1);
        profile.add(Forms.field(m.get("settings.signOff"), true, signOff, vm.signOff(),
            m.get("settings.signOff.help"), optional), 0, 2);
        profile.add(Forms.field(m.get("settings.signature"), true, signature, vm.signature(),
            m.get("settings.signature.help"), optional), 1, 2);
        page.getChildren().add(Forms.section(m.get("settings.profile.title"), m.get("settings.profile.help"),
            profile));

        ComboBox<Variant> language = new ComboBox<>();
        language.getItems().setAll(Variant.values());
        language.setConverter(converter(Variant::displayName));
        language.valueProperty().bindBidirectional(vm.variantProperty());
        language.setId(NodeIds.SETTINGS_LANGUAGE);
        language.setAccessibleText(m.get("settings.language"));
        language.setMaxWidth(Double.MAX_VALUE);
        TextField limit = Forms.textField(NodeIds.SETTINGS_LINKEDIN_LIMIT, vm.linkedinLimit(),
            m.get("settings.linkedinLimit"), "200");
        ComboBox<CardSize> card = new ComboBox<>();
        card.getItems().setAll(CardSize.values());
        card.setConverter(converter(CardSize::label));
        card.valueProperty().bindBidirectional(vm.cardSizeProperty());
        card.setId(NodeIds.SETTINGS_CARD_SIZE);
        card.setAccessibleText(m.get("settings.cardSize"));
        card.setMaxWidth(Double.MAX_VALUE);
        GridPane notes = Forms.grid(3);
        notes.add(Forms.field(m.get("settings.language"), false, language, null, m.get("settings.language.help"),
            optional), 0, 0);
        notes.add(Forms.field(m.get("settings.linkedinLimit"), false, limit, vm.linkedinLimit(),
            m.get("settings.linkedinLimit.help"), optional), 1, 0);
        notes.add(Forms.field(m.get("settings.cardSize"), false, card, null, m.get("settings.cardSize.help"),
            optional), 2, 0);
        page.getChildren().add(Forms.section(m.get("settings.notes.title"), m.get("settings.notes.help"), notes));

        GridPane thresholds = Forms.grid(4);
        int i = 0;
        for (SettingsViewModel.Threshold t : SettingsViewModel.THRESHOLDS) {
            FormField f = vm.threshold(t.key());
            String label = thresholdLabel(t.key());
            TextField input = Forms.textField(NodeIds.settingsThreshold(t.key()), f, label, null);
            thresholds.add(Forms.field(label, false, input, f, null, optional), i % 4, i / 4);
            i++;
        }
        page.getChildren().add(Forms.section(m.get("settings.etiquette.title"), m.get("settings.etiquette.help"),
            thresholds));

        TextField holiday = Forms.textField(NodeIds.SETTINGS_HOLIDAY_INPUT, vm.holidayInput(),
            m.get("settings.holidays.input"), m.get("settings.holidays.prompt"));
        holiday.setOnAction(e -> vm.addHoliday());
        Button add = new Button(m.get("settings.holidays.add"), Icons.of(Feather.PLUS));
        add.setId(NodeIds.SETTINGS_HOLIDAY_ADD);
        add.setAccessibleText(m.get("settings.holidays.add"));
        add.setOnAction(e -> vm.addHoliday());
        HBox addRow = new HBox(8, holiday, add);
        addRow.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(holiday, Priority.NEVER);
        holiday.setPrefColumnCount(12);
        VBox addField = Forms.field(m.get("settings.holidays.input"), false, addRow, vm.holidayInput(), null,
            optional);
        page.getChildren().add(Forms.section(m.get("settings.holidays.title"), m.get("settings.holidays.help"),
            chips(NodeIds.SETTINGS_HOLIDAYS, vm.holidays(), d -> d.toString(), vm::removeHoliday,
                m.get("settings.holidays.none"), m.get("settings.holidays.remove")), addField));

        page.getChildren().add(Forms.section(m.get("settings.dictionary.title"), m.get("settings.dictionary.help"),
            chips(NodeIds.SETTINGS_DICTIONARY, vm.dictionary(), w -> w, vm::removeWord,
                m.get("settings.dictionary.none"), m.get("settings.dictionary.remove"))));
        page.getChildren().add(Forms.section(m.get("settings.rules.title"), m.get("settings.rules.help"),
            chips(NodeIds.SETTINGS_RULES, vm.ignoredRules(), r -> r, vm::restoreRule,
                m.get("settings.rules.none"), m.get("settings.rules.remove"))));

        page.getChildren().add(Forms.section(m.get("settings.theme.title"), m.get("settings.theme.help"),
            themeChoice()));

        scroll = new ScrollPane(page);
        scroll.setId(NodeIds.SETTINGS_PAGE);
        scroll.getStyleClass().add(AppStyles.PAGE_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        ScrollSupport.followFocus(scroll);
        return scroll;
    }

    private String thresholdLabel(String key) {
        return switch (key) {
            case "lateWarningHours" -> m.get("settings.etiquette.lateWarningHours");
            case "lateErrorHours" -> m.get("settings.etiquette.lateErrorHours");
            case "thankYouMinWords" -> m.get("settings.etiquette.thankYouMinWords");
            case "thankYouTargetWords" -> m.get("settings.etiquette.thankYouTargetWords");
            case "thankYouWarnWords" -> m.get("settings.etiquette.thankYouWarnWords");
            case "thankYouMaxWords" -> m.get("settings.etiquette.thankYouMaxWords");
            case "subjectMaxChars" -> m.get("settings.etiquette.subjectMaxChars");
            case "maxExclamations" -> m.get("settings.etiquette.maxExclamations");
            default -> key;
        };
    }

    private Node undoBar() {
        Label text = new Label();
        text.textProperty().bind(vm.undoTextProperty());
        text.setWrapText(true);
        text.getStyleClass().add(AppStyles.CALLOUT_TEXT);
        Button undo = new Button(m.get("settings.undo"), Icons.of(Feather.ROTATE_CCW));
        undo.setId(NodeIds.SETTINGS_UNDO);
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setAccessibleText(m.get("settings.undo"));
        undo.setOnAction(e -> vm.undo());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, Icons.of(Feather.INFO), text, spacer, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(AppStyles.CALLOUT);
        bar.visibleProperty().bind(vm.undoTextProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private <T> Node chips(String id, ObservableList<T> items, Function<T, String> text, Consumer<T> remove,
                           String empty, String removeName) {
        FlowPane pane = new FlowPane(8, 8);
        pane.setId(id);
        pane.getStyleClass().add(AppStyles.SETTINGS_LIST);
        Runnable rebuild = () -> {
            pane.getChildren().clear();
            if (items.isEmpty()) {
                pane.getChildren().add(Forms.label(empty, AppStyles.SETTINGS_EMPTY));
                return;
            }
            List<T> copy = List.copyOf(items);
            for (int i = 0; i < copy.size(); i++) {
                T item = copy.get(i);
                String shown = text.apply(item);
                Label label = new Label(shown);
                Button x = new Button(null, Icons.of(Feather.X));
                x.setId(NodeIds.settingsRemove(id, i));
                x.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, AppStyles.ROW_ACTION,
                    Styles.DANGER);
                x.setAccessibleText(removeName + " " + shown);
                x.setOnAction(e -> remove.accept(item));
                HBox chip = new HBox(2, label, x);
                chip.setAlignment(Pos.CENTER_LEFT);
                chip.getStyleClass().add(AppStyles.SETTINGS_CHIP);
                pane.getChildren().add(chip);
            }
        };
        items.addListener((ListChangeListener<T>) c -> rebuild.run());
        rebuild.run();
        return pane;
    }

    private Node themeChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().addAll(AppStyles.SEGMENTED);
        for (ThemeChoice c : ThemeChoice.values()) {
            String label = switch (c) {
                case LIGHT -> m.get("theme.light");
                case DARK -> m.get("theme.dark");
                default -> m.get("theme.system");
            };
            ToggleButton b = new ToggleButton(label, Icons.of(switch (c) {
                case LIGHT -> Feather.SUN;
                case DARK -> Feather.MOON;
                default -> Feather.MONITOR;
            }));
            b.setId(switch (c) {
                case LIGHT -> NodeIds.SETTINGS_THEME_LIGHT;
                case DARK -> NodeIds.SETTINGS_THEME_DARK;
                default -> NodeIds.SETTINGS_THEME_SYSTEM;
            });
            b.setAccessibleText(label);
            b.setToggleGroup(group);
            b.setSelected(vm.themeProperty().get() == c);
            b.setOnAction(e -> {
                vm.themeProperty().set(c);
                b.setSelected(true);
            });
            vm.themeProperty().addListener((o, was, now) -> b.setSelected(now == c));
            if (c == ThemeChoice.SYSTEM) {
                b.getStyleClass().add(Styles.LEFT_PILL);
            } else if (c == ThemeChoice.DARK) {
                b.getStyleClass().add(Styles.RIGHT_PILL);
            } else {
                b.getStyleClass().add(Styles.CENTER_PILL);
            }
            box.getChildren().add(b);
        }
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> shown) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : shown.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
