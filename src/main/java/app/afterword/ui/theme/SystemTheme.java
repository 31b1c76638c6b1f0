// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads whether the desktop is set to dark, where that can be read: GTK_THEME or GNOME's colour scheme on Linux,
 * the global appearance on macOS, the apps theme in the Windows registry. Anything unreadable means light. JavaFX 21
 * has no API for this, so the settings are asked for by running the platform's own tool once, at start, off the UI
 * thread.
 */
public final class SystemTheme {

    /** Runs a command and returns what it printed, or empty when it failed. */
    @FunctionalInterface
    public interface Commands {
        /** The command's standard output, or empty. */
        Optional<String> run(List<String> command);
    }

    private SystemTheme() {
    }

    /** The desktop's look. */
    public static Theme detect(Map<String, String> env, String osName, Commands commands) {
        String gtk = env.getOrDefault("GTK_THEME", "");
        if (gtk.toLowerCase(Locale.ROOT).contains("dark")) {
            return Theme.DARK;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String key = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";
            return commands.run(List.of("reg", "query", key, "/v", "AppsUseLightTheme"))
                .filter(out -> out.contains("AppsUseLightTheme") && out.strip().endsWith("0x0"))
                .map(out -> Theme.DARK).orElse(Theme.LIGHT);
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                .filter(out -> out.toLowerCase(Locale.ROOT).contains("dark"))
                .map(out -> Theme.DARK).orElse(Theme.LIGHT);
        }
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
            "color-scheme"));
        if (scheme.map(s -> s.contains("prefer-dark")).orElse(false)) {
            return Theme.DARK;
        }
        if (scheme.map(s -> s.contains("prefer-light")).orElse(false)) {
            return Theme.LIGHT;
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
            .filter(out -> out.toLowerCase(Locale.ROOT).contains("dark"))
            .map(out -> Theme.DARK).orElse(Theme.LIGHT);
    }

    /** The desktop's look, asked of this machine. */
    public static Theme detect() {
        return detect(System.getenv(), System.getProperty("os.name", ""), processes(Duration.ofSeconds(2)));
    }

    /** Runs commands as processes, giving up after {@code timeout}. */
    public static Commands processes(Duration timeout) {
        return command -> {
            Process p = null;
            try {
                p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.getOutputStream().close();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                    return Optional.empty();
                }
                try (InputStream in = p.getInputStream()) {
                    return Optional.of(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } finally {
                if (p != null) {
                    p.destroy();
                }
            }
        };
    }
}
