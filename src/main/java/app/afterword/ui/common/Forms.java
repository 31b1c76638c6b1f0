// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.core.interview.Text;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.Icons;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Builds the pieces every form shares: a labelled field with its help line and its message, text inputs bound to a
 * {@link FormField}, page and section headings. Inputs remember their {@code FormField}, so "focus the first
 * problem" finds the right control however the page was built.
 */
public final class Forms {

    private static final String FIELD_KEY = "afterword.formField";
    private static final String STATE_KEY = "afterword.errorListener";

    private Forms() {
    }

    /** A grid of equal columns with the form spacing, as every form page lays out its fields. */
    public static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(AppStyles.FORM_GRID);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    /** A text input bound to {@code model}: checked when focus leaves it, marked while it shows a message. */
    public static TextField textField(String id, FormField model, String accessibleName, String prompt) {
        TextField field = new TextField();
        bind(field, id, model, accessibleName, prompt);
        return field;
    }

    /** Binds any text input to {@code model} the same way. */
    public static <T extends TextInputControl> T bind(T input, String id, FormField model, String accessibleName,
                                                      String prompt) {
        input.setId(id);
        input.setTextFormatter(new TextFormatter<>(Forms::limit));
        input.textProperty().bindBidirectional(model.textProperty());
        input.setPromptText(prompt);
        input.setAccessibleText(accessibleName);
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.check();
            }
        });
        remember(input, model);
        showState(input, model);
        return input;
    }

    /**
     * An input that offers a few usual values and takes anything typed, bound to {@code model} like a text field:
     * checked when focus leaves it, marked while it shows a message. Picking a value fills the text.
     */
    public static ComboBox<String> choiceOrTyped(String id, FormField model, List<String> choices,
                                                 String accessibleName, String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.getItems().setAll(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getEditor().setTextFormatter(new TextFormatter<>(Forms::limit));
        box.getEditor().textProperty().bindBidirectional(model.textProperty());
        box.setValue(model.text());
        model.textProperty().addListener((o, was, now) -> {
            if (!box.isFocused() && !Objects.equals(box.getValue(), now)) {
                box.setValue(now);
            }
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.text())) {
                model.textProperty().set(now);
            }
        });
        box.setAccessibleText(accessibleName);
        box.getEditor().setAccessibleText(accessibleName);
        box.setPromptText(prompt);
        box.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.check();
            }
        });
        remember(box, model);
        remember(box.getEditor(), model);
        showState(box, model);
        return box;
    }

    /** Refuses edits that would make a field longer than a record may hold. */
    public static TextFormatter.Change limit(TextFormatter.Change change) {
        return change.getControlNewText().length() > Text.MAX_CHARS ? null : change;
    }

    /** Marks {@code control} as belonging to {@code model}, for focus requests. */
    public static void remember(Node control, FormField model) {
        control.getProperties().put(FIELD_KEY, model);
    }

    /** Marks the control red while its field shows a message. */
    public static void showState(Control control, FormField model) {
        control.pseudoClassStateChanged(Styles.STATE_DANGER, model.error() != null);
        ChangeListener<String> listener = (o, was, now) ->
            control.pseudoClassStateChanged(Styles.STATE_DANGER, now != null);
        control.getProperties().put(STATE_KEY, listener);
        model.errorProperty().addListener(new WeakChangeListener<>(listener));
    }

    /** The control bound to {@code model} under {@code root}, if any. */
    public static Node find(Parent root, FormField model) {
        if (root.getProperties().get(FIELD_KEY) == model) {
            return root;
        }
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child.getProperties().get(FIELD_KEY) == model) {
                return child;
            }
            if (child instanceof Parent p) {
                Node found = find(p, model);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A field block: the label (with "optional" when it is), the input, a help line, and the message under it.
     *
     * @param help a line under the input, or null
     */
    public static VBox field(String label, boolean optional, Node input, FormField model, String help,
                             String optionalText) {
        return liveField(label, optional, input, model, help == null ? null : new ReadOnlyStringWrapper(help),
            optionalText);
    }

    /**
     * A field block whose help line follows {@code help} (empty text leaves the line blank). A field that can show
     * a message keeps a line for it even while there is none, with the help line in the same place: the fields below
     * never move when a message comes or goes, so a fast typist's next keystrokes land where they aimed.
     */
    public static VBox liveField(String label, boolean optional, Node input, FormField model,
                                 ObservableValue<String> help, String optionalText) {
        Label name = new Label(label);
        name.getStyleClass().add(AppStyles.FIELD_LABEL);
        name.setLabelFor(input);
        HBox heading = new HBox(6, name);
        heading.setAlignment(Pos.BASELINE_LEFT);
        if (optional) {
            Label tag = new Label(optionalText);
            tag.getStyleClass().add(AppStyles.FIELD_OPTIONAL);
            heading.getChildren().add(tag);
        }
        VBox box = new VBox(heading, input);
        box.getStyleClass().add(AppStyles.FIELD);
        Label helpLine = null;
        if (help != null) {
            helpLine = new WrappingLabel(null);
            helpLine.textProperty().bind(help);
            helpLine.getStyleClass().add(AppStyles.FIELD_HELP);
        }
        if (model != null) {
            Label error = new WrappingLabel(null);
            error.getStyleClass().add(AppStyles.FIELD_ERROR);
            error.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
            // an empty message still takes its line
            error.textProperty().bind(Bindings.createStringBinding(() -> model.error() == null ? " " : model.error(),
                model.errorProperty()));
            error.visibleProperty().bind(model.errorProperty().isNotNull());
            StackPane line = new StackPane();
            line.getStyleClass().add(AppStyles.FIELD_MESSAGE);
            line.setAlignment(Pos.TOP_LEFT);
            if (helpLine != null) {
                helpLine.visibleProperty().bind(model.errorProperty().isNull());
                line.getChildren().add(helpLine);
            }
            line.getChildren().add(error);
            box.getChildren().add(line);
            input.accessibleHelpProperty().bind(Bindings.createStringBinding(
                () -> model.error() != null ? model.error() : help == null ? null : help.getValue(),
                model.errorProperty(), help == null ? model.errorProperty() : help));
        } else if (help != null) {
            box.getChildren().add(helpLine);
            input.accessibleHelpProperty().bind(help);
        }
        return box;
    }

    /**
     * Selects all of a field's text when it gets the focus, by keyboard or click, so typing replaces a value rather
     * than running into it ("BerlinEtc/UTC").
     */
    public static void selectAllOnFocus(TextInputControl input) {
        boolean[] byClick = {false};
        input.focusedProperty().addListener((o, was, now) -> {
            byClick[0] = now && input.isPressed();
            if (now) {
                Platform.runLater(() -> {
                    if (input.isFocused()) {
                        input.selectAll();
                    }
                });
            }
        });
        // the click that focused it places the caret when the button comes up; select after that
        input.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (byClick[0]) {
                byClick[0] = false;
                if (input.getSelectedText().isEmpty()) {
                    Platform.runLater(input::selectAll);
                }
            }
        });
    }

    /** A labelled list: its help line sits between the label and the rows, where it is read first. */
    public static VBox listField(String label, String help, Node list, String optionalText) {
        VBox box = field(label, true, list, null, null, optionalText);
        Label helpLine = label(help, AppStyles.FIELD_HELP);
        box.getChildren().add(1, helpLine);
        list.setAccessibleHelp(help);
        return box;
    }

    /** A wrapping label in a style. */
    public static Label label(String text, String... styleClasses) {
        Label l = new WrappingLabel(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A page heading: a small "Step 2 of 6" line, the title and a line saying what the page is for. */
    public static VBox pageHeader(String kicker, String title, String subtitle) {
        Label t = label(title, AppStyles.PAGE_TITLE);
        t.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        VBox box = new VBox(label(kicker, AppStyles.PAGE_KICKER), t, label(subtitle, AppStyles.PAGE_SUBTITLE));
        box.getStyleClass().add(AppStyles.PAGE_HEADER);
        return box;
    }

    /** A titled section with a help line. */
    public static VBox section(String title, String help, Node... content) {
        VBox box = new VBox();
        box.getStyleClass().add(AppStyles.SECTION);
        box.getChildren().add(label(title, AppStyles.SECTION_TITLE));
        if (help != null) {
            box.getChildren().add(label(help, AppStyles.SECTION_HELP));
        }
        box.getChildren().addAll(content);
        return box;
    }
}
