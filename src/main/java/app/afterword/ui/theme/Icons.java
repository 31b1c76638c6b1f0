// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons, sized and coloured by the stylesheet. */
public final class Icons {

    /** The style class every icon carries. */
    public static final String ICON = "icon";

    private Icons() {
    }

    /** A new icon node. */
    public static FontIcon of(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(ICON);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
