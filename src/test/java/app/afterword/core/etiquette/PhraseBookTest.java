// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The editable phrase file: it loads, every entry is complete, and every entry does what its examples say. */
class PhraseBookTest {
    private static final Json JSON = new Json();

    static Stream<PhraseBook.Entry> entries() {
        return Fixtures.PHRASES.entries().stream();
    }

    @Test
    void bundledFileLoadsWithTheRuleGroupsTheIssueAsksFor() {
        Set<Rule> rules = Fixtures.PHRASES.entries().stream().map(PhraseBook.Entry::rule).collect(Collectors.toSet());
        assertThat(rules).contains(Rule.A2, Rule.A3, Rule.N1, Rule.N3, Rule.N4, Rule.N5, Rule.K3, Rule.S2, Rule.P1);
        assertThat(Fixtures.PHRASES.listNames()).containsAll(PhraseBook.REQUIRED_LISTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryHasAnIdSeverityWhyAndRewrite(PhraseBook.Entry e) {
        assertThat(e.id()).isNotBlank().startsWith(e.rule().id() + ".");
        assertThat(e.severity()).isNotNull();
        assertThat(e.why()).isNotBlank().hasSizeGreaterThan(40);
        assertThat(e.rewrite()).isNotBlank();
        assertThat(e.message()).isNotBlank().doesNotContain("\n");
        assertThat(e.patterns()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryFlagsItsExamplesAndLeavesItsCounterExamplesAlone(PhraseBook.Entry e) {
        for (String example : e.examples()) {
            assertThat(e.flags(example)).as("%s must flag \"%s\"", e.id(), example).isTrue();
        }
        for (String counter : e.counterExamples()) {
            assertThat(e.flags(counter)).as("%s must not flag \"%s\"", e.id(), counter).isFalse();
        }
    }

    @Test
    void idsAreUnique() {
        List<String> ids = Fixtures.PHRASES.entries().stream().map(PhraseBook.Entry::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void aSpaceMatchesALineBreakAndAStraightApostropheMatchesACurlyOne() {
        assertThat(PhraseBook.compile("just checking in").matcher("just\n  checking in").find()).isTrue();
        assertThat(PhraseBook.compile("i don't know").matcher("I don’t know").find()).isTrue();
    }

    @Test
    void patternsNeverMatchInsideAWord() {
        assertThat(PhraseBook.compile("hey").matcher("they said").find()).isFalse();
        assertThat(PhraseBook.compile("lol").matcher("lollipop").find()).isFalse();
        assertThat(PhraseBook.compile("lol").matcher("that was funny lol.").find()).isTrue();
    }

    @Test
    void anEntryWithoutWhyIsRejectedWithItsPath() throws Exception {
        ObjectNode root = bundledTree();
        ((ObjectNode) root.get("rules").get(0)).remove("why");
        assertThatThrownBy(() -> PhraseBook.read(root))
            .isInstanceOf(PhraseBook.InvalidPhraseBookException.class)
            .hasMessageContaining("rules[0].why is missing");
    }

    @Test
    void everyProblemIsReportedInOnePass() throws Exception {
        ObjectNode root = bundledTree();
        ((ObjectNode) root.get("rules").get(0)).put("rule", "Z9");
        ((ObjectNode) root.get("rules").get(1)).put("severity", "fatal");
        ((ObjectNode) root.get("rules").get(2)).putArray("patterns").add("(unclosed");
        ((ObjectNode) root.get("rules").get(3)).put("id", root.get("rules").get(4).get("id").asText());
        ((ObjectNode) root.get("lists")).remove("gush");
        assertThatThrownBy(() -> PhraseBook.read(root))
            .isInstanceOfSatisfying(PhraseBook.InvalidPhraseBookException.class, e -> assertThat(e.problems())
                .extracting(app.afterword.core.interview.Problem::path)
                .contains("rules[0].rule", "rules[1].severity", "rules[2].patterns[0]", "lists.gush"))
            .hasMessageContaining("'Z9' is not a rule id");
    }

    @Test
    void duplicateIdsAreRejected() throws Exception {
        ObjectNode root = bundledTree();
        ((ObjectNode) root.get("rules").get(1)).put("id", root.get("rules").get(0).get("id").asText());
        assertThatThrownBy(() -> PhraseBook.read(root)).hasMessageContaining("is used twice");
    }

    @Test
    void anEntryCanLeaveOutTheKindsWhereItsPhraseIsFine() throws Exception {
        PhraseBook.Entry presumptuous = Fixtures.PHRASES.entries().stream()
            .filter(e -> e.id().equals("N4.presumptuous")).findFirst().orElseThrow();
        assertThat(presumptuous.appliesTo(NoteKind.THANK_YOU, Medium.EMAIL)).isTrue();
        assertThat(presumptuous.appliesTo(NoteKind.ACCEPT_OFFER, Medium.EMAIL)).isFalse();

        ObjectNode root = bundledTree();
        ObjectNode first = (ObjectNode) root.get("rules").get(0);
        first.putArray("kinds").add("thank-you");
        first.putArray("exceptKinds").add("accept-offer");
        ((ObjectNode) root.get("rules").get(1)).putArray("exceptKinds").add("offer-letter");
        assertThatThrownBy(() -> PhraseBook.read(root))
            .isInstanceOfSatisfying(PhraseBook.InvalidPhraseBookException.class, e -> assertThat(e.problems())
                .extracting(app.afterword.core.interview.Problem::message)
                .contains("rules[0]: give kinds or exceptKinds, not both",
                    "rules[1].exceptKinds: 'offer-letter' is not a note kind"));
    }

    @Test
    void aNewerFileVersionIsRejected() throws Exception {
        ObjectNode root = bundledTree();
        root.put("schemaVersion", 2);
        assertThatThrownBy(() -> PhraseBook.read(root)).hasMessageContaining("schemaVersion");
    }

    private static ObjectNode bundledTree() throws Exception {
        try (var in = PhraseBook.class.getResourceAsStream(PhraseBook.BUNDLED)) {
            JsonNode n = JSON.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8));
            return (ObjectNode) n;
        }
    }
}
