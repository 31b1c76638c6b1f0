// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import javafx.application.Application;

/**
 * Opens the desktop app the way the launcher does. Kept apart from {@link App} so that nothing of the app is loaded
 * on the launching thread before JavaFX starts, and the window's look is read meanwhile.
 */
public final class Desktop {

    private Desktop() {
    }

    /**
     * Starts reading the look of the data folder named by {@code --data-dir=} (or the default) on a background thread,
     * then starts JavaFX and the app with {@code args}.
     */
    public static void open(String... args) {
        String dataDir = null;
        for (String a : args) {
            if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            }
        }
        WorkspaceOpening.begin(dataDir);
        Application.launch(App.class, args);
    }
}
