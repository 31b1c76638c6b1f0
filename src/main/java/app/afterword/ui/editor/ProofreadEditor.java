// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.editor;

import app.afterword.core.proofread.Issue;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.theme.AppStyles;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A note editor that marks spelling (red), grammar and punctuation (amber) and style (blue) as you type. Hovering a
 * mark shows its message and suggestions as buttons; right-click, the menu key, Shift+F10, Ctrl+. or Alt+Enter open a
 * menu with the same, "Add to dictionary", "Ignore this rule" and the usual editing commands, so every action works
 * from the keyboard. The text stays in the property passed to the ViewModel; this only mirrors it.
 */
public final class ProofreadEditor {

    private static final KeyCombination SUGGEST = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SUGGEST_ALT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);
    private static final KeyCombination MENU = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private final ProofreadEditorViewModel vm;
    private final StringProperty text;
    private final Messages m;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Popup popup = new Popup();
    private final VBox popupBox = new VBox(6);
    private final PauseTransition hide = new PauseTransition(Duration.millis(450));
    private ContextMenu menu;
    private boolean syncing;

    /**
     * Builds the editor.
     *
     * @param text          the note's text, the same property the ViewModel proofreads
     * @param accessibleName what the editor is ("Note to María José Ortega")
     */
    public ProofreadEditor(ProofreadEditorViewModel vm, StringProperty text, Messages m, String accessibleName) {
        this.vm = vm;
        this.text = text;
        this.m = m;
        area.getStyleClass().add(AppStyles.PROOFREAD_EDITOR);
        area.getProperties().put(ProofreadEditor.class, this);
        scroll.getStyleClass().add(AppStyles.PROOFREAD_EDITOR);
        area.setWrapText(true);
        area.replaceText(text.get() == null ? "" : text.get());
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.accessibleTextProperty().bind(Bindings.concat(accessibleName, ". ", vm.summaryProperty()));
        area.setAccessibleHelp(m.get("editor.issue.help"));

        area.textProperty().addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                try {
                    text.set(now);
                } finally {
                    syncing = false;
                }
            }
        });
        text.addListener((o, was, now) -> mirror(now == null ? "" : now));
        vm.issues().addListener((ListChangeListener<Issue>) c -> restyle());
        restyle();

        popupBox.getStyleClass().add(AppStyles.ISSUE_POPUP);
        popupBox.setId(NodeIds.ISSUE_POPUP);
        popupBox.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        popup.getContent().add(popupBox);
        popup.setAutoHide(true);
        popup.setAutoFix(true);
        popupBox.setOnMouseExited(e -> popup.hide());
        hide.setOnFinished(e -> {
            if (!popupBox.isHover()) {
                popup.hide();
            }
        });
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Issue issue = vm.issueAt(e.getCharacterIndex());
            hide.stop();
            if (issue != null && (menu == null || !menu.isShowing())) {
                showPopup(issue, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hide.playFromStart());
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SUGGEST.match(e) || SUGGEST_ALT.match(e) || MENU.match(e) || e.getCode() == KeyCode.CONTEXT_MENU) {
                showMenuAtCaret();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
                popup.hide();
                e.consume();
            }
        });
        area.setOnContextMenuRequested(this::contextMenu);
    }

    /** Puts the property's text into the area when it changed elsewhere (a suggestion, "Draft again"). */
    private void mirror(String now) {
        if (syncing || now.equals(area.getText())) {
            restyle();
            return;
        }
        syncing = true;
        try {
            String was = area.getText();
            int prefix = 0;
            int max = Math.min(was.length(), now.length());
            while (prefix < max && was.charAt(prefix) == now.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix
                && was.charAt(was.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
                suffix++;
            }
            area.replaceText(prefix, was.length() - suffix, now.substring(prefix, now.length() - suffix));
        } finally {
            syncing = false;
        }
        restyle();
    }

    /**
     * Paints the ViewModel's marks; skipped while the area and the property differ (it runs again after). Only the
     * paragraphs whose marks changed are restyled, so typing repaints one paragraph, not the whole note.
     */
    private void restyle() {
        if (area.getLength() == 0 || !area.getText().equals(text.get() == null ? "" : text.get())) {
            return;
        }
        List<ProofreadEditorViewModel.Mark> marks = vm.marks();
        int offset = 0;
        int first = 0;
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            int length = area.getParagraphLength(p);
            int end = offset + length;
            while (first < marks.size() && marks.get(first).end() <= offset) {
                first++;
            }
            if (length > 0) {
                List<Object[]> want = new ArrayList<>();
                int at = offset;
                for (int k = first; k < marks.size() && marks.get(k).start() < end; k++) {
                    ProofreadEditorViewModel.Mark mark = marks.get(k);
                    int from = Math.max(mark.start(), offset);
                    int to = Math.min(mark.end(), end);
                    add(want, List.of(), from - at);
                    add(want, List.of(mark.styleClass()), to - from);
                    at = to;
                }
                add(want, List.of(), end - at);
                List<Object[]> have = new ArrayList<>();
                area.getStyleSpans(p).forEach(span -> add(have, List.copyOf(span.getStyle()), span.getLength()));
                if (!same(want, have)) {
                    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
                    for (Object[] span : want) {
                        @SuppressWarnings("unchecked")
                        Collection<String> style = (Collection<String>) span[0];
                        spans.add(style, (Integer) span[1]);
                    }
                    area.setStyleSpans(p, 0, spans.create());
                }
            }
            offset = end + 1;
        }
    }

    /** Adds a span, merging it into the last one when the style is the same; empty spans are left out. */
    private static void add(List<Object[]> spans, List<String> style, int length) {
        if (length <= 0) {
            return;
        }
        if (!spans.isEmpty() && spans.get(spans.size() - 1)[0].equals(style)) {
            Object[] last = spans.get(spans.size() - 1);
            last[1] = (Integer) last[1] + length;
        } else {
            spans.add(new Object[] {style, length});
        }
    }

    private static boolean same(List<Object[]> a, List<Object[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i)[0].equals(b.get(i)[0]) || !a.get(i)[1].equals(b.get(i)[1])) {
                return false;
            }
        }
        return true;
    }

    // ---- hover popup -------------------------------------------------------------------------------------------

    private void showPopup(Issue issue, double x, double y) {
        Label message = new Label(issue.message());
        message.getStyleClass().add(AppStyles.ISSUE_MESSAGE);
        message.setWrapText(true);
        message.setMaxWidth(360);
        FlowPane buttons = new FlowPane(6, 6);
        buttons.setPrefWrapLength(340);
        for (int i = 0; i < issue.suggestions().size(); i++) {
            int choice = i;
            Button b = new Button(label(issue.suggestions().get(i)));
            b.setId(NodeIds.issueSuggestion(i));
            b.getStyleClass().addAll(AppStyles.ISSUE_SUGGESTION, Styles.SMALL);
            b.setOnAction(e -> {
                popup.hide();
                apply(issue, choice);
            });
            buttons.getChildren().add(b);
        }
        popupBox.getChildren().setAll(message);
        if (issue.suggestions().isEmpty()) {
            Label none = new Label(m.get("editor.issue.noSuggestion"));
            none.getStyleClass().add(AppStyles.FIELD_HELP);
            popupBox.getChildren().add(none);
        } else {
            popupBox.getChildren().add(buttons);
        }
        if (area.getScene() == null) {
            return;
        }
        popup.getScene().getStylesheets().setAll(area.getScene().getStylesheets());
        popup.show(area, x, y);
    }

    private String label(String suggestion) {
        return suggestion.isEmpty() ? m.get("editor.issue.remove") : suggestion;
    }

    private void apply(Issue issue, int choice) {
        int caret = vm.apply(issue, choice);
        if (caret >= 0) {
            area.moveTo(Math.min(caret, area.getLength()));
            area.requestFocus();
        }
    }

    // ---- context menu ------------------------------------------------------------------------------------------

    private void contextMenu(ContextMenuEvent e) {
        int at = e.isKeyboardTrigger() ? area.getCaretPosition()
            : area.hit(e.getX(), e.getY()).getInsertionIndex();
        if (!e.isKeyboardTrigger() && area.getSelection().getLength() == 0) {
            area.moveTo(at);
        }
        showMenu(vm.issueAt(at), e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void showMenuAtCaret() {
        Issue issue = vm.issueAt(area.getCaretPosition());
        Point2D where = area.getCaretBounds().map(b -> new Point2D(b.getMinX(), b.getMaxY() + 2))
            .orElseGet(() -> {
                Bounds b = area.localToScreen(area.getBoundsInLocal());
                return new Point2D(b.getMinX() + 20, b.getMinY() + 20);
            });
        showMenu(issue, where.getX(), where.getY());
    }

    private void showMenu(Issue issue, double x, double y) {
        popup.hide();
        if (menu != null) {
            menu.hide();
        }
        menu = new ContextMenu();
        menu.setId(NodeIds.ISSUE_MENU);
        menu.getItems().setAll(items(issue));
        menu.show(area, x, y);
    }

    /** The menu's items: the issue's message and fixes first (when there is an issue), then editing. */
    List<MenuItem> items(Issue issue) {
        List<MenuItem> items = new ArrayList<>();
        if (issue != null) {
            Label message = new Label(issue.message());
            message.setWrapText(true);
            message.setMaxWidth(320);
            message.getStyleClass().add(AppStyles.ISSUE_MESSAGE);
            CustomMenuItem head = new CustomMenuItem(message, false);
            head.setDisable(true);
            items.add(head);
            for (int i = 0; i < issue.suggestions().size(); i++) {
                int choice = i;
                MenuItem use = new MenuItem(m.get("editor.issue.use", label(issue.suggestions().get(i))));
                use.setId(NodeIds.issueSuggestion(i));
                use.setOnAction(a -> apply(issue, choice));
                items.add(use);
            }
            if (issue.suggestions().isEmpty()) {
                MenuItem none = new MenuItem(m.get("editor.issue.noSuggestion"));
                none.setDisable(true);
                items.add(none);
            }
            items.add(new SeparatorMenuItem());
            if (vm.canAddToDictionary(issue)) {
                MenuItem add = new MenuItem(m.get("editor.issue.addWord", vm.word(issue)));
                add.setOnAction(a -> vm.addToDictionary(issue));
                items.add(add);
            }
            MenuItem ignore = new MenuItem(m.get("editor.issue.ignoreRule"));
            ignore.setOnAction(a -> vm.ignoreRule(issue));
            items.add(ignore);
            items.add(new SeparatorMenuItem());
        }
        MenuItem cut = new MenuItem(m.get("editor.cut"));
        cut.setAccelerator(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN));
        cut.setOnAction(a -> area.cut());
        MenuItem copy = new MenuItem(m.get("editor.copy"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(a -> area.copy());
        MenuItem paste = new MenuItem(m.get("editor.paste"));
        paste.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        paste.setOnAction(a -> area.paste());
        MenuItem all = new MenuItem(m.get("editor.selectAll"));
        all.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        all.setOnAction(a -> area.selectAll());
        boolean none = area.getSelection().getLength() == 0;
        cut.setDisable(none);
        copy.setDisable(none);
        items.addAll(List.of(cut, copy, paste, all));
        return items;
    }

    /** The editor whose text area this is, or null (tests and screenshots find it by the area's id). */
    public static ProofreadEditor of(Node area) {
        Object e = area == null ? null : area.getProperties().get(ProofreadEditor.class);
        return e instanceof ProofreadEditor p ? p : null;
    }

    /** The node to put in a layout (the area in its scroll pane). */
    public Node node() {
        return scroll;
    }

    /** The text area itself: focus, ids, tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** The ContextMenu showing, or null (for tests). */
    public ContextMenu menu() {
        return menu;
    }

    /** The hover popup (for tests and screenshots). */
    public Popup popup() {
        return popup;
    }

    /** Opens the hover popup of the issue at {@code position}, below its start (for screenshots). */
    public void showPopupAt(int position) {
        Issue issue = vm.issueAt(position);
        if (issue == null) {
            return;
        }
        area.getCharacterBoundsOnScreen(issue.offset(), issue.end())
            .ifPresent(b -> showPopup(issue, b.getMinX(), b.getMaxY() + 4));
    }
}
