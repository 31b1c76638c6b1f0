// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.BundledTemplates;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.TemplateInfo;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plan names a template for each step; the user drafts with it, so it must exist and fit the step. */
class StepTemplatesTest {
    private static final TemplateCatalog CATALOG = new TemplateCatalog(BundledTemplates.load(), null);
    private static final Map<Step, NoteKind> KIND = Map.of(Step.THANK_YOU, NoteKind.THANK_YOU,
        Step.FOLLOW_UP_1, NoteKind.FOLLOW_UP, Step.FOLLOW_UP_2, NoteKind.VALUE_ADD, Step.CLOSE, NoteKind.CLOSE_LOOP);

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyStepNamesABundledTemplateOfItsKind(Step step) {
        TemplateInfo template = CATALOG.find(step.template()).orElse(null);
        assertThat(template).as("bundled template '%s' for %s", step.template(), step.id()).isNotNull();
        assertThat(template.kind()).isEqualTo(KIND.get(step));
    }
}
