// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

/** The app's screens, in the order of the navigation rail. Ctrl+1 to Ctrl+6 open them. */
public enum Page {
    HOME("home"),
    INTERVIEW("interview"),
    TEMPLATES("templates"),
    COACH("coach"),
    SETTINGS("settings"),
    DATA("data");

    private final String key;

    Page(String key) {
        this.key = key;
    }

    /** The page's key in ids ({@code nav-home}) and messages ({@code nav.home}). */
    public String key() {
        return key;
    }
}
