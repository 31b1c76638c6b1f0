// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks of the app, both AtlantaFX Primer, so light and dark share every size and spacing. */
public enum Theme {
    LIGHT, DARK;

    /** The AtlantaFX stylesheet for this look. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
