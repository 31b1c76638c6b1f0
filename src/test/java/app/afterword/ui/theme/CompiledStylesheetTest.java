// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The build compiles app.css into JavaFX's binary form; the app uses that, and it says what app.css says. */
class CompiledStylesheetTest {

    /** Each rule as its selectors and the properties it sets, in order. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
            .map(d -> d.getProperty()).toList()).toList();
    }

    @Test
    void theAppUsesTheCompiledStylesheetAndItHasEveryRuleOfTheSource() throws Exception {
        URL compiled = ThemeManager.class.getResource(AppStyles.STYLESHEET_COMPILED);
        assertThat(compiled).as("app.bss made by the build").isNotNull();
        assertThat(ThemeManager.stylesheet()).isEqualTo(compiled);

        Stylesheet source = new CssParser().parse(ThemeManager.class.getResource(AppStyles.STYLESHEET));
        Stylesheet binary = Stylesheet.loadBinary(compiled);
        assertThat(rules(source)).hasSizeGreaterThan(100);
        assertThat(rules(binary)).isEqualTo(rules(source));
    }
}
