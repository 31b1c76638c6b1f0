// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * The clipboard could not take the text: no display, a Wayland/X11 hiccup, or a refusal from the system. A checked
 * exception so every caller decides what the user sees instead.
 */
public final class ClipboardUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a short technical reason (never the copied text). */
    public ClipboardUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
