// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.ui.common.ErrorHandler;
import app.afterword.ui.common.ErrorNoticeView;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.theme.ThemeManager;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardView;
import app.afterword.ui.wizard.WizardViewModel;
import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** The window's content: the header (interview, save state, new interview, theme), the wizard, and the error layer. */
final class MainWindow extends StackPane {

    private final WizardView wizard;

    MainWindow(WizardViewModel vm, Map<WizardStep, StepView> later, ThemeManager theme, ErrorHandler errors,
               Messages m) {
        getStyleClass().add(AppStyles.SHELL);
        wizard = new WizardView(vm, m, later);
        BorderPane frame = new BorderPane();
        frame.setTop(header(vm, theme, m, () -> wizard.focusFirst()));
        frame.setCenter(wizard);
        getChildren().addAll(frame, new ErrorNoticeView(errors, m));
    }

    private static HBox header(WizardViewModel vm, ThemeManager theme, Messages m, Runnable onNew) {
        Label brand = new Label(m.get("app.name"), Icons.of(Feather.FEATHER));
        brand.getStyleClass().add(AppStyles.BRAND);
        Label title = new Label();
        title.setId(NodeIds.HEADER_TITLE);
        title.getStyleClass().add(AppStyles.HEADER_TITLE);
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label save = new Label();
        save.setId(NodeIds.SAVE_STATE);
        save.getStyleClass().add(AppStyles.SAVE_STATE);
        save.textProperty().bind(vm.saveTextProperty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.accessibleTextProperty().bind(vm.saveTextProperty());
        Tooltip why = new Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(420);
        Button retry = new Button(m.get("save.retry"), Icons.of(Feather.REFRESH_CW));
        retry.setId(NodeIds.SAVE_RETRY);
        retry.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        retry.setAccessibleText(m.get("save.retry"));
        retry.setOnAction(e -> vm.save());
        Runnable showState = () -> {
            SaveState s = vm.saveStateProperty().get();
            boolean failed = s.kind() == SaveState.Kind.FAILED;
            retry.setVisible(failed);
            retry.setManaged(failed);
            save.getStyleClass().remove(AppStyles.SAVE_FAILED);
            if (failed) {
                save.getStyleClass().add(AppStyles.SAVE_FAILED);
            }
            save.setGraphic(Icons.of(switch (s.kind()) {
                case SAVED -> Feather.CHECK_CIRCLE;
                case FAILED -> Feather.ALERT_TRIANGLE;
                default -> Feather.CLOCK;
            }));
            why.setText(s.message() == null ? "" : s.message());
            save.setTooltip(s.message() == null ? null : why);
        };
        vm.saveStateProperty().addListener((o, was, now) -> showState.run());
        showState.run();

        Button fresh = new Button(m.get("wizard.new"), Icons.of(Feather.PLUS));
        fresh.setId(NodeIds.NEW_INTERVIEW);
        fresh.setAccessibleText(m.get("wizard.new"));
        fresh.setOnAction(e -> {
            vm.newInterview();
            onNew.run();
        });

        MenuButton looks = new MenuButton(null, Icons.of(Feather.SUN));
        looks.setId(NodeIds.THEME_MENU);
        looks.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        looks.setAccessibleText(m.get("theme.menu"));
        looks.setTooltip(new Tooltip(m.get("theme.menu")));
        looks.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
            theme.effective() == app.afterword.ui.theme.Theme.DARK ? Feather.MOON : Feather.SUN),
            theme.effectiveProperty()));
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice c : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get("theme." + c.key()));
            item.setId(switch (c) {
                case LIGHT -> NodeIds.THEME_LIGHT;
                case DARK -> NodeIds.THEME_DARK;
                default -> NodeIds.THEME_SYSTEM;
            });
            item.setToggleGroup(group);
            item.setSelected(theme.choiceProperty().get() == c);
            item.setOnAction(e -> theme.choiceProperty().set(c));
            looks.getItems().add(item);
        }

        HBox header = new HBox(brand, title, spacer, save, retry, fresh, looks);
        header.getStyleClass().add(AppStyles.HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    WizardView wizard() {
        return wizard;
    }
}
