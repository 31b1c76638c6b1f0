// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Similarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panel check's use of the shared similarity measure, on the etiquette fixtures (measured in draft). */
class SimilarityTest {

    @Test
    void aCopyWithTheNameSwappedIsAboveTheThresholdAndADifferentNoteIsBelow() {
        double copy = Similarity.of(Fixtures.NOTE, PanelRulesTest.COPY_TO_DANIEL.body(),
            List.of("María José Ortega", "Daniel O'Brien"));
        double own = Similarity.of(Fixtures.NOTE, PanelRulesTest.OWN_NOTE_TO_DANIEL.body(),
            List.of("María José Ortega", "Daniel O'Brien"));
        assertThat(copy).as("two-word name against a one-word name").isGreaterThan(0.99);
        assertThat(own).isLessThan(EtiquetteSettings.DEFAULTS.panelSimilarity());
    }

    @Test
    void thePanelThresholdIsTheOneTheDraftsAreHeldTo() {
        assertThat(EtiquetteSettings.DEFAULTS.panelSimilarity()).isEqualTo(Similarity.PANEL_THRESHOLD);
    }
}
