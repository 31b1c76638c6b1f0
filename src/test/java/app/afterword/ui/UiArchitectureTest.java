// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.application.Platform;

@AnalyzeClasses(packages = "app.afterword", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
        .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..")
        .because("a ViewModel holds state and is tested without a toolkit; the View builds and binds the nodes");

    @ArchTest
    static final ArchRule onlyTheCommonSeamPostsToTheUiThread = noClasses().that()
        .resideOutsideOfPackage("app.afterword.ui.common..")
        .should().callMethod(Platform.class, "runLater", Runnable.class)
        .because("background work goes through the TaskRunner, so ViewModels stay testable with a direct runner");

    @ArchTest
    static final ArchRule uiPartsDoNotReachBackIntoTheApp = noClasses().that()
        .resideInAnyPackage("app.afterword.ui.common..", "app.afterword.ui.theme..", "app.afterword.ui.wizard..")
        .should().dependOnClassesThat().haveFullyQualifiedName("app.afterword.ui.App")
        .because("the App is the composition root: it knows the screens, the screens never know it");
}
