// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemThemeTest {

    private static SystemTheme.Commands answering(Map<String, String> byLastWord) {
        return command -> Optional.ofNullable(byLastWord.get(command.get(command.size() - 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'prefer-dark'|''|DARK", "'prefer-light'|'Adwaita-dark'|LIGHT", "'default'|'Adwaita-dark'|DARK",
        "'default'|'Adwaita'|LIGHT"})
    void gnomeColourSchemeDecidesThenTheGtkThemeName(String scheme, String gtkTheme, Theme expected) {
        assertThat(SystemTheme.detect(Map.of(), "Linux",
            answering(Map.of("color-scheme", scheme, "gtk-theme", gtkTheme)))).isEqualTo(expected);
    }

    @Test
    void gtkThemeVariableWinsWithoutRunningAnything() {
        assertThat(SystemTheme.detect(Map.of("GTK_THEME", "Adwaita:dark"), "Linux", command -> {
            throw new AssertionError("no command expected");
        })).isEqualTo(Theme.DARK);
    }

    @Test
    void macAndWindowsAreAskedTheirOwnWay() {
        assertThat(SystemTheme.detect(Map.of(), "Mac OS X", answering(Map.of("AppleInterfaceStyle", "Dark\n"))))
            .isEqualTo(Theme.DARK);
        assertThat(SystemTheme.detect(Map.of(), "Windows 11", answering(Map.of("AppsUseLightTheme",
            "\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n")))).isEqualTo(Theme.DARK);
        assertThat(SystemTheme.detect(Map.of(), "Windows 11", answering(Map.of("AppsUseLightTheme",
            "    AppsUseLightTheme    REG_DWORD    0x1")))).isEqualTo(Theme.LIGHT);
    }

    @Test
    void anythingUnreadableIsLight() {
        assertThat(SystemTheme.detect(Map.of(), "Linux", command -> Optional.empty())).isEqualTo(Theme.LIGHT);
        assertThat(SystemTheme.detect(Map.of(), "Mac OS X", command -> Optional.empty())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aMissingToolIsNotAnError() {
        assertThat(SystemTheme.processes(java.time.Duration.ofSeconds(2))
            .run(List.of("afterword-no-such-tool-here"))).isEmpty();
    }

    @Test
    void theChoiceResolvesAgainstTheSystemAndReadsLeniently() {
        assertThat(ThemeChoice.SYSTEM.resolve(Theme.DARK)).isEqualTo(Theme.DARK);
        assertThat(ThemeChoice.LIGHT.resolve(Theme.DARK)).isEqualTo(Theme.LIGHT);
        assertThat(ThemeChoice.parse(" Dark ")).isEqualTo(ThemeChoice.DARK);
        assertThat(ThemeChoice.parse("sepia")).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(AppearanceSettings.SECTION.defaults().choice()).isEqualTo(ThemeChoice.SYSTEM);
    }
}
