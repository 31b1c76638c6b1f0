// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Forms;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.ScrollSupport;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The wizard's frame: the step indicator, the scrolling page of the current step, and Back / Next. It binds to the
 * {@link WizardViewModel} and holds no decisions of its own; it installs the keyboard shortcuts (Ctrl+Enter next,
 * Alt+Left back, Ctrl+S save).
 */
public final class WizardView extends BorderPane {

    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final WizardViewModel vm;
    private final Map<WizardStep, StepView> pages = new EnumMap<>(WizardStep.class);
    /** The first three steps' pages are built when first needed, so the window shows without waiting for them. */
    private final Map<WizardStep, Supplier<StepView>> makers = new EnumMap<>(WizardStep.class);
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane holder = new StackPane();

    /**
     * Builds the frame.
     *
     * @param later the pages of the later steps; steps missing here show a placeholder
     */
    public WizardView(WizardViewModel vm, Messages m, Map<WizardStep, StepView> later) {
        this.vm = vm;
        makers.put(WizardStep.INTERVIEW, () -> new InterviewStepView(vm.interviewStep(), vm.aboutYou(), m));
        makers.put(WizardStep.PEOPLE, () -> new PeopleStepView(vm.peopleStep(), m));
        makers.put(WizardStep.CONVERSATION, () -> new ConversationStepView(vm.conversationStep(), m));
        for (WizardStep s : new WizardStep[] {WizardStep.NOTE, WizardStep.REVIEW, WizardStep.SEND}) {
            pages.put(s, later.containsKey(s) ? later.get(s) : new PlaceholderStepView(s, vm.interviewProperty(), m));
        }
        getStyleClass().add("wizard");

        holder.getStyleClass().add("page-holder");
        holder.setAlignment(Pos.TOP_CENTER);
        scroll.setId(NodeIds.WIZARD_PAGE);
        scroll.getStyleClass().add(AppStyles.PAGE_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setContent(holder);
        scroll.setFocusTraversable(false);
        ScrollSupport.followFocus(scroll);
        ScrollSupport.keepScrollbarSpace(scroll, holder);

        Label notice = new Label();
        notice.setId(NodeIds.WIZARD_NOTICE);
        notice.getStyleClass().add(AppStyles.BANNER);
        notice.setGraphic(Icons.of(Feather.LOCK));
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMaxWidth(Double.MAX_VALUE);

        setTop(new StepIndicator(vm, m));
        VBox center = new VBox(sampleBanner(m), notice, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setCenter(center);
        setBottom(footer(m));

        vm.stepProperty().addListener((o, was, now) -> show(now, true));
        vm.onFocusRequest(this::focus);
        show(vm.stepProperty().get(), false);
    }

    /**
     * Puts in the pages of later steps that were built after the window was shown (the ones passed at construction
     * stood in for them meanwhile), and shows the new page if its step is showing.
     */
    public void plugIn(Map<WizardStep, StepView> later) {
        pages.putAll(later);
        if (later.containsKey(vm.stepProperty().get())) {
            show(vm.stepProperty().get(), false);
        }
    }

    /** The page of a step, built the first time it is asked for. */
    public StepView page(WizardStep step) {
        StepView built = pages.get(step);
        if (built == null) {
            built = makers.get(step).get();
            pages.put(step, built);
        }
        return built;
    }

    /** Says that the sample is a sample, with one click to remove it. */
    private HBox sampleBanner(Messages m) {
        Label text = Forms.label(m.get("wizard.sample"));
        text.setId(NodeIds.WIZARD_SAMPLE);
        text.setGraphic(Icons.of(Feather.INFO));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button(m.get("sample.remove"), Icons.of(Feather.TRASH_2));
        remove.setId(NodeIds.WIZARD_REMOVE_SAMPLE);
        remove.setAccessibleText(m.get("sample.remove.accessible"));
        remove.getStyleClass().add(Styles.SMALL);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(vm.sampleRemovableProperty().not());
        remove.setOnAction(e -> vm.removeSample());
        HBox banner = new HBox(text, remove);
        banner.getStyleClass().addAll(AppStyles.BANNER, AppStyles.SAMPLE_BANNER);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(vm.sampleProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private HBox footer(Messages m) {
        Button back = new Button(m.get("wizard.back"), Icons.of(Feather.ARROW_LEFT));
        back.setId(NodeIds.WIZARD_BACK);
        back.setAccessibleText(m.get("wizard.back.accessible"));
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button();
        next.setId(NodeIds.WIZARD_NEXT);
        next.setGraphic(Icons.of(Feather.ARROW_RIGHT));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.getStyleClass().add(Styles.ACCENT);
        next.textProperty().bind(Bindings.createStringBinding(() -> {
            WizardStep s = vm.stepProperty().get();
            return s == WizardStep.SEND ? m.get("wizard.next") : m.get("wizard.nextTo",
                m.get("step." + s.next().key() + ".short"));
        }, vm.stepProperty()));
        next.accessibleTextProperty().bind(next.textProperty());
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setOnAction(e -> vm.next());
        next.setDefaultButton(false);
        Label hint = Forms.label(m.get("wizard.shortcuts"), AppStyles.SHORTCUT_HINT);
        hint.setWrapText(false);
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox footer = new HBox(back, left, hint, right, next);
        footer.getStyleClass().add(AppStyles.FOOTER);
        footer.setAlignment(Pos.CENTER);
        return footer;
    }

    private void show(WizardStep step, boolean focus) {
        StepView page = page(step);
        holder.getChildren().setAll(page.node());
        scroll.setVvalue(0);
        if (focus) {
            scroll.applyCss();
            scroll.layout();
            page.focusFirst();
        }
    }

    private void focus(FormField field) {
        StepView page = page(vm.stepProperty().get());
        Node target = Forms.find(page.node(), field);
        if (target == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        target.requestFocus();
        ScrollSupport.ensureVisible(scroll, ScrollSupport.fieldOf(target));
    }

    /** Installs Ctrl+Enter, Alt+Left and Ctrl+S on the scene; they work wherever the focus is. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEXT.match(e)) {
                vm.next();
                e.consume();
            } else if (BACK.match(e)) {
                vm.back();
                e.consume();
            } else if (SAVE.match(e)) {
                vm.save();
                e.consume();
            }
        });
    }

    /**
     * Lays out every other page once, one page per turn of the UI thread, right after the first frame. Skins, CSS and
     * text measuring then cost nothing when a step opens; the person is reading the first page meanwhile.
     */
    public void warmUp(Executor ui) {
        for (WizardStep s : WizardStep.values()) {
            ui.execute(() -> {
                Parent node = page(s).node();
                if (holder.getChildren().contains(node)) {
                    return;
                }
                holder.getChildren().add(node);
                holder.applyCss();
                holder.layout();
                holder.getChildren().remove(node);
            });
        }
    }

    /** Focuses the first input of the current step. */
    public void focusFirst() {
        page(vm.stepProperty().get()).focusFirst();
    }
}
