// SPDX-License-Identifier: Apache-2.0
package app.afterword;

import app.afterword.cli.Cli;

/**
 * The entry point: with arguments it runs the command line, without any it opens the desktop app. Kept apart from
 * the JavaFX {@code Application} so a plain class-path launch works.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Starts the command line or the app. */
    public static void main(String[] args) {
        if (args.length == 0) {
            app.afterword.ui.Desktop.open();
            return;
        }
        System.exit(new Cli(System.getenv()).run(args));
    }
}
