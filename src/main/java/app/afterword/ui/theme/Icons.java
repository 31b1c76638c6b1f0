// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons, sized and coloured by the stylesheet. */
public final class Icons {

    /** The style class every icon carries. */
    public static final String ICON = "icon";

    private Icons() {
    }

    /**
     * Loads the icon font, off the UI thread: the first icon otherwise loads it on the UI thread's way to the first
     * frame. An icon node may be made on any thread while it is not in a showing window.
     */
    public static void preload() {
        of(Feather.FEATHER);
    }

    /** A new icon node. */
    public static FontIcon of(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(ICON);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
