// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.export.ClipContent;
import app.afterword.core.export.ClipboardPort;
import app.afterword.core.export.ClipboardUnavailableException;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line's clipboard: AWT's system clipboard, plain text and HTML. AWT stays in this package (the core never
 * needs a screen). On a machine without a display (a server, an SSH session, a container) there is no clipboard at
 * all, which {@link #missingDisplay()} says before anything is tried, so the command can print the note instead.
 * Plain AWT is used rather than a helper program such as xclip, so nothing outside the JDK is needed.
 */
final class SystemClipboard implements ClipboardPort {
    private final Map<String, String> env;
    private final String osName;

    SystemClipboard(Map<String, String> env, String osName) {
        this.env = env;
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    }

    /** Why there can be no clipboard here, or empty when there may be one. */
    Optional<String> missingDisplay() {
        if (isX11OrWayland() && isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("no display");
        }
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of("no display");
        }
        return Optional.empty();
    }

    @Override
    public void put(ClipContent content) throws ClipboardUnavailableException {
        Optional<String> missing = missingDisplay();
        if (missing.isPresent()) {
            throw new ClipboardUnavailableException(missing.get(), null);
        }
        try {
            Clipboard clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
            clipboard.setContents(new Note(content), null);
        } catch (AWTError | HeadlessException | IllegalStateException | SecurityException e) {
            // AWTError: DISPLAY names a display that does not answer (a stale SSH forward, a stopped X server).
            throw new ClipboardUnavailableException(e.getClass().getSimpleName(), e);
        }
    }

    /**
     * False on Linux and the BSDs: there the program that copied serves the clipboard itself (X11 selections, and
     * Wayland through XWayland), so a copy outlives the command only when the desktop runs a clipboard manager that
     * takes it over. Windows and macOS keep the copy themselves.
     */
    boolean keepsCopyAfterExit() {
        return !isX11OrWayland();
    }

    private boolean isX11OrWayland() {
        return !osName.startsWith("windows") && !osName.startsWith("mac");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The note as plain text and, when there is one, as HTML with its paragraphs. */
    private static final class Note implements Transferable {
        private static final DataFlavor HTML = htmlFlavor();
        private final ClipContent content;

        Note(ClipContent content) {
            this.content = content;
        }

        private static DataFlavor htmlFlavor() {
            try {
                return new DataFlavor("text/html;class=java.lang.String");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("java.lang.String is always present", e);
            }
        }

        @Override
        public DataFlavor[] getTransferDataFlavors() {
            return content.html() == null ? new DataFlavor[] {DataFlavor.stringFlavor}
                : new DataFlavor[] {DataFlavor.stringFlavor, HTML};
        }

        @Override
        public boolean isDataFlavorSupported(DataFlavor flavor) {
            return DataFlavor.stringFlavor.equals(flavor) || content.html() != null && HTML.equals(flavor);
        }

        @Override
        public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
            if (DataFlavor.stringFlavor.equals(flavor)) {
                return content.plain();
            }
            if (content.html() != null && HTML.equals(flavor)) {
                return content.html();
            }
            throw new UnsupportedFlavorException(flavor);
        }
    }
}
