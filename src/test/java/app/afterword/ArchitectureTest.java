// SPDX-License-Identifier: Apache-2.0
package app.afterword;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;

@AnalyzeClasses(packages = "app.afterword", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The only classes that may touch {@code java.net}, each with its reason. None of them opens a connection: the
     * app works offline and sends nothing anywhere; the person's own mail app or browser does the sending.
     */
    static final Map<String, String> NETWORK_ALLOWLIST = Map.of(
        "app.afterword.core.export.MailtoLink",
        "builds the mailto: link that hands a note to the person's mail app (URI, URLEncoder)",
        "app.afterword.core.export.DesktopLauncher",
        "asks the desktop to open that mailto: link or a web link (URI)",
        "app.afterword.core.export.DesktopOs",
        "turns the link into the desktop's open command (URI)",
        "app.afterword.core.export.ProcessLauncher",
        "starts the desktop's open command for a link (URI)",
        "app.afterword.ui.theme.ThemeManager",
        "names the stylesheet on the class path for JavaFX (URL from getResource, read locally)");

    private static final DescribedPredicate<JavaClass> ALLOWED_NETWORK_USER = DescribedPredicate.describe(
        "on the java.net allowlist", c -> NETWORK_ALLOWLIST.containsKey(c.getName().split("\\$")[0]));

    /** No class outside the allowlist uses {@code java.net}: the app opens no network connection. */
    @ArchTest
    static final ArchRule noNetwork = noClasses().that(not(ALLOWED_NETWORK_USER))
        .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "jdk.net..")
        .because("Afterword keeps everything on the person's machine and opens no network connection; only "
            + "handing a link to the mail app or browser may name java.net types");

    @ArchTest
    static final ArchRule coreNeedsNoScreen = noClasses().that().resideInAPackage("app.afterword.core..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
            "app.afterword.ui..", "app.afterword.cli..")
        .because("the command line and the tests use the core without a screen");

    @ArchTest
    static final ArchRule cliNeedsNoScreen = noClasses().that().resideInAPackage("app.afterword.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("app.afterword.ui..")
        .because("the command line must run on a machine with no display");

    @ArchTest
    static final ArchRule corePackagesHaveNoCycles = slices().matching("app.afterword.core.(*)..")
        .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices().matching("app.afterword.(*)..")
        .should().beFreeOfCycles();
}
