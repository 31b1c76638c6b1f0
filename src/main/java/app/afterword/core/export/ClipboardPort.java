// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * The system clipboard, implemented by the desktop UI (JavaFX) and by the command line. The core only asks for text to
 * be copied; it never needs a screen, and tests use a fake. It may be called from any thread: an implementation that
 * needs a UI thread moves the call there itself, and reports a failure by exception, never by silence.
 */
public interface ClipboardPort {

    /**
     * Puts the content on the clipboard, replacing what was there.
     *
     * @throws ClipboardUnavailableException when there is no clipboard (no display) or the system refused
     */
    void put(ClipContent content) throws ClipboardUnavailableException;
}
