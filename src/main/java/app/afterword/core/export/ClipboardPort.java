// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * The system clipboard, implemented by the desktop UI (JavaFX) and by the command line. The core only asks for text to
 * be copied; it never needs a screen, and tests use a fake.
 */
public interface ClipboardPort {

    /**
     * Puts the content on the clipboard, replacing what was there.
     *
     * @throws ClipboardUnavailableException when there is no clipboard (no display) or the system refused
     */
    void put(ClipContent content) throws ClipboardUnavailableException;
}
