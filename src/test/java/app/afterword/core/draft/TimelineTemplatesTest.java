// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.StepTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The timeline names a template for each step; that template must exist and be an e-mail of the right kind. */
class TimelineTemplatesTest {

    @ParameterizedTest
    @EnumSource(Step.class)
    void everyTimelineStepNamesABundledTemplateOfTheRightKind(Step step) {
        TemplateInfo info = new TemplateCatalog(Fixtures.BUNDLED, null).find(StepTemplates.forStep(step))
            .orElseThrow(() -> new AssertionError("no bundled template " + StepTemplates.forStep(step)));
        assertThat(info.medium()).isEqualTo(Medium.EMAIL);
        NoteKind expected = switch (step) {
            case THANK_YOU -> NoteKind.THANK_YOU;
            case FOLLOW_UP_1 -> NoteKind.FOLLOW_UP;
            case FOLLOW_UP_2 -> NoteKind.VALUE_ADD;
            case CLOSE -> NoteKind.CLOSE_LOOP;
        };
        assertThat(info.kind()).isEqualTo(expected);
    }
}
