// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.ui.common.ErrorHandler;
import app.afterword.ui.common.ErrorNoticeView;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.Navigation;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.common.PageView;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.SaveStatus;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.theme.ThemeManager;
import app.afterword.ui.wizard.StepView;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardView;
import app.afterword.ui.wizard.WizardViewModel;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's content: the header (interview, save state, new interview, theme), the navigation rail, the screen
 * that {@link Navigation} names, and the error layer.
 */
final class MainWindow extends StackPane {

    private static final Map<Page, Feather> ICONS = new EnumMap<>(Map.of(
        Page.HOME, Feather.HOME,
        Page.INTERVIEW, Feather.EDIT_3,
        Page.TEMPLATES, Feather.FILE_TEXT,
        Page.COACH, Feather.AWARD,
        Page.SETTINGS, Feather.SETTINGS,
        Page.DATA, Feather.DATABASE));

    private final Navigation nav;
    private final Map<Page, PageView> pages = new EnumMap<>(Page.class);
    private final StackPane host = new StackPane();
    private final Messages m;
    private final Label title = new Label();
    private final Label save = new Label();
    private final Button retry;
    private final Button fresh;
    private final Map<Page, ToggleButton> railButtons = new EnumMap<>(Page.class);
    private final MenuButton looks = new MenuButton();
    private WizardView wizard;

    /**
     * The window's frame: the header, the rail and an empty page area, cheap enough to be the first frame. The
     * screens come with {@link #open}.
     */
    MainWindow(Navigation nav, ThemeManager theme, ErrorHandler errors, Messages m) {
        this.nav = nav;
        this.m = m;
        getStyleClass().add(AppStyles.SHELL);
        host.getStyleClass().add(AppStyles.PAGE_HOST);
        // until the data folder is open; the first screen takes its place
        Label opening = new Label(m.get("nav.preparing"));
        opening.getStyleClass().add(AppStyles.PLACEHOLDER_TEXT);
        host.getChildren().add(opening);
        retry = new Button(m.get("save.retry"), Icons.of(Feather.REFRESH_CW));
        fresh = new Button(m.get("wizard.new"), Icons.of(Feather.PLUS));
        BorderPane frame = new BorderPane();
        frame.setTop(header(theme));
        frame.setLeft(rail());
        frame.setCenter(host);
        getChildren().addAll(frame, new ErrorNoticeView(errors, m));
    }

    /**
     * Puts the screens in: the wizard on {@code vm} with its later steps, the other screens of the rail, and the
     * header's interview name and save state. Shows the screen that {@link Navigation} names.
     */
    void open(WizardViewModel vm, Map<WizardStep, StepView> later, Map<Page, PageView> screens, SaveStatus saves) {
        wizard = new WizardView(vm, m, later);
        pages.put(Page.INTERVIEW, new PageView() {
            @Override
            public Parent node() {
                return wizard;
            }

            @Override
            public void focusFirst() {
                wizard.focusFirst();
            }
        });
        for (Page p : Page.values()) {
            if (p != Page.INTERVIEW) {
                pages.put(p, screens.containsKey(p) ? screens.get(p) : new ComingPage(p, m));
            }
        }
        connectHeader(vm, saves);
        addTooltips();
        railButtons.get(nav.current()).setSelected(true);
        nav.currentProperty().addListener((o, was, now) -> showPage(now, true));
        showPage(nav.current(), false);
    }

    private void showPage(Page page, boolean focus) {
        PageView view = pages.get(page);
        view.node().setVisible(true);
        host.getChildren().setAll(view.node());
        view.shown();
        if (focus) {
            view.focusFirst();
        }
    }

    private VBox rail() {
        VBox rail = new VBox();
        rail.getStyleClass().add(AppStyles.NAV_RAIL);
        ToggleGroup group = new ToggleGroup();
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(m.get("nav." + p.key()), Icons.of(ICONS.get(p)));
            b.setId(NodeIds.nav(p));
            b.getStyleClass().add(AppStyles.NAV_ITEM);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setAccessibleText(m.get("nav." + p.key()));
            b.setOnAction(e -> {
                nav.show(p);
                b.setSelected(true);
            });
            nav.currentProperty().addListener((o, was, now) -> b.setSelected(now == p));
            rail.getChildren().add(b);
            railButtons.put(p, b);
        }
        return rail;
    }

    /**
     * The rail's and the theme menu's tooltips. They are added with the screens, not in the first frame: each one
     * is a small window of its own to make.
     */
    private void addTooltips() {
        railButtons.forEach((p, b) -> b.setTooltip(new Tooltip(m.get("nav.shortcut", m.get("nav." + p.key()),
            p.ordinal() + 1))));
        looks.setTooltip(new Tooltip(m.get("theme.menu")));
    }

    /**
     * Lays out every step of the wizard ahead of use. When another screen shows, the wizard joins the scene hidden
     * for the time it takes, so that opening it later (from Home's agenda) does not stall the window.
     */
    void warmUpWizard(Executor ui) {
        if (wizard == null) {
            return;
        }
        if (nav.current() == Page.INTERVIEW || host.getChildren().contains(wizard)) {
            wizard.warmUp(ui);
            return;
        }
        wizard.setVisible(false);
        host.getChildren().add(0, wizard);
        wizard.warmUp(ui);
        ui.execute(() -> {
            if (nav.current() != Page.INTERVIEW) {
                host.getChildren().remove(wizard);
            }
            wizard.setVisible(true);
        });
    }

    /** Ctrl+1 to Ctrl+6 open the screens of the rail. */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            int n = switch (e.getCode()) {
                case DIGIT1 -> 0;
                case DIGIT2 -> 1;
                case DIGIT3 -> 2;
                case DIGIT4 -> 3;
                case DIGIT5 -> 4;
                case DIGIT6 -> 5;
                default -> -1;
            };
            if (n >= 0 && n < Page.values().length) {
                nav.show(Page.values()[n]);
                e.consume();
            }
        });
    }

    /** The placeholder of a screen that this version does not have yet. */
    private static final class ComingPage implements PageView {
        private final VBox page = new VBox();

        ComingPage(Page p, Messages m) {
            page.getStyleClass().add(AppStyles.PAGE);
            VBox panel = new VBox(Icons.of(ICONS.get(p), AppStyles.PLACEHOLDER_ICON),
                Forms.label(m.get("nav." + p.key()), AppStyles.PLACEHOLDER_TITLE),
                Forms.label(m.get("nav.coming"), AppStyles.PLACEHOLDER_TEXT));
            panel.getStyleClass().add(AppStyles.PLACEHOLDER);
            panel.setFocusTraversable(true);
            page.getChildren().add(panel);
        }

        @Override
        public Parent node() {
            return page;
        }
    }

    private HBox header(ThemeManager theme) {
        Label brand = new Label(m.get("app.name"), Icons.of(Feather.FEATHER));
        brand.getStyleClass().add(AppStyles.BRAND);
        title.setId(NodeIds.HEADER_TITLE);
        title.getStyleClass().add(AppStyles.HEADER_TITLE);
        title.setMinWidth(0);
        // the interview's name belongs to the wizard; other screens name themselves
        title.setVisible(nav.current() == Page.INTERVIEW);
        nav.currentProperty().addListener((o, was, now) -> title.setVisible(now == Page.INTERVIEW));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        save.setId(NodeIds.SAVE_STATE);
        save.getStyleClass().add(AppStyles.SAVE_STATE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        retry.setId(NodeIds.SAVE_RETRY);
        retry.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        retry.setAccessibleText(m.get("save.retry"));
        retry.setVisible(false);
        retry.setManaged(false);

        fresh.setId(NodeIds.NEW_INTERVIEW);
        fresh.setAccessibleText(m.get("wizard.new"));
        fresh.setDisable(true);

        looks.setId(NodeIds.THEME_MENU);
        looks.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        looks.setAccessibleText(m.get("theme.menu"));
        looks.setGraphic(Icons.of(theme.effective() == app.afterword.ui.theme.Theme.DARK ? Feather.MOON : Feather.SUN));
        theme.effectiveProperty().addListener((o, was, now) -> looks.setGraphic(Icons.of(
            now == app.afterword.ui.theme.Theme.DARK ? Feather.MOON : Feather.SUN)));
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

    /** Binds the header to the wizard's interview and the save state, and turns on "New interview". */
    private void connectHeader(WizardViewModel vm, SaveStatus saves) {
        title.textProperty().bind(vm.titleProperty());
        save.textProperty().bind(saves.textProperty());
        save.accessibleTextProperty().bind(saves.textProperty());
        Tooltip why = new Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(420);
        retry.setOnAction(e -> saves.retry());
        Runnable showState = () -> {
            SaveState s = saves.stateProperty().get();
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
        saves.stateProperty().addListener((o, was, now) -> showState.run());
        showState.run();
        fresh.setOnAction(e -> {
            vm.newInterview();
            nav.show(Page.INTERVIEW);
            wizard.focusFirst();
        });
        fresh.setDisable(false);
    }

    /** Tells every screen the window is closing, so each can start saving what it holds. */
    void closing() {
        pages.values().forEach(PageView::closing);
    }

    /** The screen for {@code page}, for tests. */
    PageView page(Page page) {
        return pages.get(page);
    }

    WizardView wizard() {
        return wizard;
    }
}
