// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.store.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The coach library: every scenario loads, its weak note breaks the rules it teaches, its strong note has no error. */
class ScenarioLibraryTest {
    private static final Json JSON = new Json();
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled(JSON);
    private static final EtiquetteChecker CHECKER = new EtiquetteChecker(EtiquetteSettings.DEFAULTS,
        PhraseBook.bundled(JSON));

    /** What each scenario must teach, written here independently of the scenario files. */
    static Stream<Arguments> expectations() {
        return Stream.of(
            Arguments.of("panel-of-three", List.of(Rule.P1, Rule.P2, Rule.A6, Rule.N7), NoteKind.THANK_YOU,
                Medium.EMAIL),
            Arguments.of("friday-afternoon", List.of(Rule.T4, Rule.N1, Rule.N2, Rule.A3), NoteKind.THANK_YOU,
                Medium.EMAIL),
            Arguments.of("no-decision-date", List.of(Rule.F3, Rule.F1, Rule.N5, Rule.S2, Rule.F7), NoteKind.FOLLOW_UP,
                Medium.EMAIL),
            Arguments.of("decision-date-passed", List.of(Rule.N4, Rule.N3, Rule.F7), NoteKind.FOLLOW_UP,
                Medium.EMAIL),
            Arguments.of("two-follow-ups-sent", List.of(Rule.F5, Rule.F6, Rule.N5), NoteKind.FOLLOW_UP, Medium.EMAIL),
            Arguments.of("card-conservative-firm", List.of(Rule.H2, Rule.L5, Rule.N2, Rule.N6, Rule.X1),
                NoteKind.THANK_YOU, Medium.CARD),
            Arguments.of("linkedin-connection", List.of(Rule.K1, Rule.K3), NoteKind.NETWORK, Medium.LINKEDIN_NOTE));
    }

    @Test
    void theLibraryHasTheSixRequiredSituationsAndMore() {
        assertThat(LIBRARY.all()).extracting(Scenario::id).containsExactly("panel-of-three", "friday-afternoon",
            "no-decision-date", "decision-date-passed", "two-follow-ups-sent", "card-conservative-firm",
            "linkedin-connection");
        assertThat(LIBRARY.get("panel-of-three").orElseThrow().interview().interviewers()).hasSize(3);
        assertThat(LIBRARY.get("no-decision-date").orElseThrow().interview().decisionBy()).isNull();
        assertThat(LIBRARY.get("two-follow-ups-sent").orElseThrow().weak().followUpsSent()).isEqualTo(2);
        assertThat(LIBRARY.get("friday-afternoon").orElseThrow().interview().start().getDayOfWeek())
            .isEqualTo(java.time.DayOfWeek.FRIDAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theWeakNoteTriggersTheRulesItTeaches(String id, List<Rule> expected, NoteKind kind, Medium medium) {
        Scenario s = LIBRARY.get(id).orElseThrow();
        assertThat(s.teaches()).as("scenario.json lists what the table expects").containsExactlyInAnyOrderElementsOf(
            expected);
        assertThat(s.weak().kind()).isEqualTo(kind);
        assertThat(s.weak().medium()).isEqualTo(medium);
        EtiquetteReport weak = CHECKER.check(s.context(s.weak(), LIBRARY.interviews()));
        assertThat(weak.ruleIds()).as(describe(weak)).containsAll(expected.stream().map(Rule::id).toList());
        assertThat(weak.count(Severity.ERROR) + weak.count(Severity.WARNING)).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theStrongNoteHasNoErrorsAndAvoidsEveryRuleTheScenarioTeaches(String id, List<Rule> expected) {
        Scenario s = LIBRARY.get(id).orElseThrow();
        EtiquetteReport strong = CHECKER.check(s.context(s.strong(), LIBRARY.interviews()));
        assertThat(strong.hasErrors()).as(describe(strong)).isFalse();
        assertThat(strong.count(Severity.WARNING)).as(describe(strong)).isZero();
        for (Rule r : expected) {
            assertThat(strong.has(r)).as("%s strong note must avoid %s:%s", id, r, describe(strong)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void everyInterviewFileIsValidInTheDocumentedFormat(String id) throws IOException {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(ScenarioLibrary.ROOT + id
            + "/interview.json")) {
            InterviewCodec.Decoded d = new InterviewCodec().read(JSON.mapper().readTree(in));
            assertThat(d.problems()).isEmpty();
            assertThat(d.valid()).isTrue();
        }
    }

    @Test
    void aBrokenInterviewFileIsReportedWithItsProblem() {
        Map<String, byte[]> files = new HashMap<>();
        files.put("index.txt", "bad\n".getBytes(StandardCharsets.UTF_8));
        files.put("bad/scenario.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("bad/interview.json", "{\"company\": \"Acme\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ScenarioLibrary.read(JSON, files::get))
            .hasMessageContaining("bad/interview.json").hasMessageContaining("role is missing");
    }

    @Test
    void unknownScenarioIsEmpty() {
        assertThat(LIBRARY.get("no-such-scenario")).isEmpty();
    }

    static String describe(EtiquetteReport r) {
        StringBuilder sb = new StringBuilder(r.summary());
        for (Finding f : r.findings()) {
            sb.append("\n  ").append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.message());
        }
        return sb.toString();
    }
}
