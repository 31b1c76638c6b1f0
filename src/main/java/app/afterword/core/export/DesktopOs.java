// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The desktop families the app knows how to open links on, each with its own opener program. */
public enum DesktopOs {
    /** Linux and other freedesktop.org systems: {@code xdg-open}. */
    LINUX,
    /** macOS: {@code open}. */
    MAC,
    /** Windows: the URL handler through {@code rundll32}. */
    WINDOWS;

    /** The family for an {@code os.name} value; anything unknown is treated as a freedesktop system. */
    public static DesktopOs fromName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        return LINUX;
    }

    /** The family of the running system. */
    public static DesktopOs current() {
        return fromName(System.getProperty("os.name"));
    }

    /** The opener command for the URI, as separate arguments (no shell is involved, so nothing is interpreted). */
    public List<String> openCommand(URI uri) {
        String target = uri.toASCIIString();
        return switch (this) {
            case LINUX -> List.of("xdg-open", target);
            case MAC -> List.of("open", target);
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", target);
        };
    }
}
