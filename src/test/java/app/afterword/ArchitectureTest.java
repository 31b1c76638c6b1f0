// SPDX-License-Identifier: Apache-2.0
package app.afterword;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "app.afterword", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
