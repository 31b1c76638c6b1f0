// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataDirectoryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        option wins over everything | /opt/x | /env/dir | - | - | Linux | /opt/x
        environment variable | - | /env/dir | /xdg | - | Linux | /env/dir
        XDG data home | - | - | /xdg | - | Linux | /xdg/afterword
        relative XDG is ignored | - | - | rel/xdg | - | Linux | /home/sam/.local/share/afterword
        Linux default | - | - | - | - | Linux | /home/sam/.local/share/afterword
        macOS | - | - | - | - | Mac OS X | /home/sam/Library/Application Support/Afterword
        Windows AppData | - | - | - | /appdata | Windows 11 | /appdata/Afterword
        Windows without AppData | - | - | - | - | Windows 11 | /home/sam/AppData/Roaming/Afterword
        """)
    void dataFolderFollowsThePlatformConventionUnlessOverridden(String label, String option, String envDir,
                                                               String xdg, String appData, String os,
                                                               String expected) {
        Map<String, String> env = new HashMap<>();
        if (envDir != null) {
            env.put(DataDirectory.ENV, envDir);
        }
        if (xdg != null) {
            env.put("XDG_DATA_HOME", xdg);
        }
        if (appData != null) {
            env.put("APPDATA", appData);
        }
        assertThat(DataDirectory.resolve(option, env, os, "/home/sam")).isEqualTo(Path.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyOrBlankEnvironmentVariableIsAnErrorNotTheDefaultFolder(String value) {
        Map<String, String> env = Map.of(DataDirectory.ENV, value);
        assertThatThrownBy(() -> DataDirectory.resolve(null, env, "Linux", "/home/sam"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AFTERWORD_DATA_DIR is set but empty");
        assertThat(DataDirectory.resolve("/opt/x", env, "Linux", "/home/sam")).isEqualTo(Path.of("/opt/x"));
    }
}
