// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EtiquetteReportTest {

    static Finding finding(Severity s, Span span) {
        return new Finding(Rule.N2, s, span, "m", "w", "s");
    }

    @ParameterizedTest(name = "{0} errors, {1} warnings, {2} tips: {3}")
    @CsvSource(delimiter = '|', value = {
        "0|0|0|Nothing to fix.",
        "2|0|1|2 things to fix, 1 suggestion.",
        "1|0|0|1 thing to fix.",
        "0|3|0|3 to consider.",
        "1|2|3|1 thing to fix, 2 to consider, 3 suggestions.",
        "0|0|2|Nothing to fix; 2 suggestions."})
    void summaryCountsWithoutScoring(int errors, int warnings, int tips, String expected) {
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            all.add(finding(Severity.ERROR, null));
        }
        for (int i = 0; i < warnings; i++) {
            all.add(finding(Severity.WARNING, null));
        }
        for (int i = 0; i < tips; i++) {
            all.add(finding(Severity.TIP, null));
        }
        EtiquetteReport r = new EtiquetteReport(all);
        assertThat(r.summary()).isEqualTo(expected);
        assertThat(r.hasErrors()).isEqualTo(errors > 0);
    }

    @Test
    void errorsComeFirstThenFindingsInTextOrder() {
        Finding tip = finding(Severity.TIP, Span.body(0, 1));
        Finding late = finding(Severity.ERROR, Span.body(50, 60));
        Finding early = finding(Severity.ERROR, Span.body(5, 6));
        Finding whole = finding(Severity.ERROR, null);
        assertThat(new EtiquetteReport(List.of(tip, whole, late, early)).findings())
            .containsExactly(early, late, whole, tip);
    }
}
