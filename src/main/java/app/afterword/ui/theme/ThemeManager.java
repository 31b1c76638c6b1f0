// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import java.net.URL;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Applies the chosen look: the AtlantaFX theme as the user-agent stylesheet, the app's own stylesheet on each scene
 * (it only uses the theme's colour variables, so it follows), and a {@code :dark} state on the root for the rare
 * rule that differs. Changing the choice restyles every open window at once and is remembered.
 */
public final class ThemeManager {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ObjectProperty<ThemeChoice> choice;
    private final ObjectProperty<Theme> system;
    private final ObjectBinding<Theme> effective;

    /**
     * Creates the manager.
     *
     * @param system  the desktop's look, read at start
     * @param persist remembers a new choice (runs on the UI thread; do the writing elsewhere)
     */
    public ThemeManager(ThemeChoice initial, Theme system, Consumer<ThemeChoice> persist) {
        this.choice = new SimpleObjectProperty<>(this, "choice", initial);
        this.system = new SimpleObjectProperty<>(this, "system", system);
        // a plain binding rather than Bindings.createObjectBinding: that class is large, and this runs before the
        // window's first frame
        this.effective = new ObjectBinding<>() {
            {
                bind(choice, ThemeManager.this.system);
            }

            @Override
            protected Theme computeValue() {
                return choice.get().resolve(ThemeManager.this.system.get());
            }
        };
        choice.addListener((o, was, now) -> {
            if (!Objects.equals(was, now)) {
                persist.accept(now);
            }
        });
    }

    /**
     * Makes the look in effect the app-wide default stylesheet. Call before the first control is made: JavaFX loads
     * its own default stylesheet when the first control class initialises and finds none set.
     */
    public void applyDefault() {
        Application.setUserAgentStylesheet(effective.get().userAgentStylesheet());
    }

    /** Styles a scene now and whenever the look changes. */
    public void install(Scene scene) {
        String css = stylesheet().toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        apply(scene, effective.get());
        effective.addListener((o, was, now) -> apply(scene, now));
    }

    private static void apply(Scene scene, Theme theme) {
        String sheet = theme.userAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, theme == Theme.DARK);
        }
    }

    /** The app's stylesheet: the build's compiled one, or the source where there is none (a run from an IDE). */
    static URL stylesheet() {
        URL compiled = ThemeManager.class.getResource(AppStyles.STYLESHEET_COMPILED);
        return compiled != null ? compiled : Objects.requireNonNull(ThemeManager.class.getResource(
            AppStyles.STYLESHEET));
    }

    /** What the person chose. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** The look in effect. */
    public ObjectBinding<Theme> effectiveProperty() {
        return effective;
    }

    /** The look in effect now. */
    public Theme effective() {
        return effective.get();
    }
}
