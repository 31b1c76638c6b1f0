// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachCommandTest {
    @TempDir
    Path data;

    @Test
    void listPrintsOneScenarioPerLine() {
        CliRun r = CliRun.run(data, "coach", "list");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Arrays.stream(lines).map(l -> l.split("\\s+")[0])).contains("panel-of-three", "friday-afternoon",
            "no-decision-date", "decision-date-passed", "two-follow-ups-sent", "card-conservative-firm");
    }

    @Test
    void showPrintsBothNotesAndTheirFindingsSideBySide() {
        CliRun r = CliRun.run(data, "coach", "show", "decision-date-passed", "--width", "100");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        String[] lines = r.out().split("\\R");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WEAK: follow-up").contains(" | STRONG: follow-up"));
        assertThat(r.out()).contains("Why is this taking").contains("is there an update you can share")
            .contains("ERROR N4").contains("Nothing to fix.").contains("Lesson: ");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void showAsJsonCarriesBothReports() throws Exception {
        CliRun r = CliRun.run(data, "coach", "show", "panel-of-three", "--format", "json");
        JsonNode n = new Json().mapper().readTree(r.out());
        assertThat(n.get("teaches").toString()).contains("P1");
        assertThat(n.at("/weak/findings").size()).isPositive();
        assertThat(n.at("/strong/summary").asText()).startsWith("Nothing to fix");
    }

    @Test
    void anUnknownScenarioExitsTwoAndListsTheKnownOnes() {
        CliRun r = CliRun.run(data, "coach", "show", "job-fair");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("There is no scenario 'job-fair'").contains("panel-of-three");
    }

    @Test
    void rulesListsEveryIdOnce() {
        CliRun r = CliRun.run(data, "coach", "rules");
        assertThat(r.out()).contains("T1 ").contains("A10 ").contains("X1 ").contains("guidance; not checked");
        assertThat(r.out().strip().split("\\R")).hasSize(app.afterword.core.etiquette.Rule.values().length);
    }
}
