// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's data lives: the option {@code --data-dir}, else the environment variable
 * {@code AFTERWORD_DATA_DIR}, else the platform's place for application data (XDG on Linux, Application Support on
 * macOS, AppData on Windows). An option or variable that is given but empty or blank is an error, never the default
 * folder: a script whose shell variable is unset must not reach the user's real data.
 */
public final class DataDirectory {

    /** The environment variable that overrides the data folder. */
    public static final String ENV = "AFTERWORD_DATA_DIR";

    private DataDirectory() {
    }

    /**
     * The folder itself when {@code dir} is reached through a symbolic link (a data folder linked into a synced
     * folder is common): every later step then works on the real folder, so listing, export and deletion see the
     * same files. A folder that does not exist yet is returned as it is.
     */
    public static Path real(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            return abs;
        }
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }

    /** Resolves the folder for this process. */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /**
     * Resolves the folder from explicit inputs (for tests and other platforms).
     *
     * @throws IllegalArgumentException with a sentence to show when {@code AFTERWORD_DATA_DIR} is set but empty or
     *                                  blank and no option names the folder
     */
    public static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null) {
            if (fromEnv.isBlank()) {
                throw new IllegalArgumentException(ENV + " is set but empty (is a shell variable unset?). Set it to "
                    + "the data folder's path, or unset it to use the default folder.");
            }
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                : Path.of(home, "AppData", "Roaming");
            return base.resolve("Afterword");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(home, "Library", "Application Support", "Afterword");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
            : Path.of(home, ".local", "share");
        return base.resolve("afterword");
    }
}
