// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.languagetool.rules.RemoteRule;

/**
 * Real LanguageTool, one warmed instance for the whole class. Deadlines are generous because CI machines are busy;
 * the guards themselves are tested with a fake checker.
 */
class LanguageToolProofreadingTest {

    static final ProofreadLimits LIMITS = ProofreadLimits.INTERACTIVE
        .withDeadlines(Duration.ofSeconds(60), Duration.ofSeconds(90)).withColdDeadline(Duration.ofMinutes(5));

    private static Proofreader proofreader;

    @BeforeAll
    static void startLanguageTool() throws Exception {
        proofreader = new Proofreader(new LanguageToolCheckerFactory(), LIMITS);
        assertThat(proofreader.start(Variant.EN_US).get(5, TimeUnit.MINUTES)).isEqualTo(ProofreadState.READY);
    }

    @AfterAll
    static void stop() {
        proofreader.close();
    }

    private static ProofreadResult check(String note, CheckOptions options) throws Exception {
        return proofreader.check(note, options).get(5, TimeUnit.MINUTES);
    }

    static Stream<Arguments> knownMistakes() {
        return Stream.of(
            arguments("a misspelling", "Dear Mr. Lee,\n\nI recieved your email and look forward to hearing from you.",
                "recieved", Category.SPELLING, "received"),
            arguments("you for your", "Dear Ms. Ortega,\n\nThank you for you time on Tuesday. I enjoyed it.",
                "you", Category.GRAMMAR, "your"),
            arguments("could of", "Dear Daniel,\n\nI could of explained my part in the kiosk project more clearly.",
                "could of", Category.GRAMMAR, "could have"),
            arguments("a before a vowel sound", "Dear Priya,\n\nIt was a honor to hear about the diary study.",
                "a", Category.GRAMMAR, "an"),
            arguments("an before a consonant sound", "Dear Priya,\n\nI would bring an unique view to the team.",
                "an", Category.GRAMMAR, "a"),
            arguments("a doubled word", "Hi Sam,\n\nI want to to thank you again for the tour of the office.",
                "to to", Category.GRAMMAR, "to"),
            arguments("their for there", "Dear team,\n\nTheir is so much I learned from our conversation.",
                "Their", Category.GRAMMAR, "There"),
            arguments("there for their", "Dear Daniel,\n\nI look forward to working with there designers.",
                "there", Category.GRAMMAR, "their"),
            arguments("an uncountable noun in the plural", "Dear Ms. Ortega,\n\nThank you for all the informations "
                + "about the role.", "informations", Category.GRAMMAR, "information"),
            arguments("another uncountable plural", "Dear Ms. Ortega,\n\nI loved the furnitures in the new office.",
                "furnitures", Category.SPELLING, "furniture"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownMistakes")
    void knownMistakesAreFoundWithTheirFix(String name, String note, String flagged, Category category,
                                           String fix) throws Exception {
        ProofreadResult r = check(note, CheckOptions.of(Variant.EN_US));

        assertThat(r.notProofread()).isEmpty();
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(note.substring(i.offset(), i.end())).isEqualTo(flagged);
            assertThat(i.category()).isEqualTo(category);
            assertThat(i.suggestions()).contains(fix).hasSizeLessThanOrEqualTo(Issue.MAX_SUGGESTIONS);
            assertThat(i.message()).isNotBlank().doesNotContain("<", ">");
            assertThat(i.line()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "I recieved the plan.|recieved|SPELLING",
        "It was a honor.|a|GRAMMAR",
        "However I think so.|However|PUNCTUATION",
        "The meeting was on Monday.. It went well.|..|PUNCTUATION",
        "It is very unique.|very unique|STYLE",
        "It was great , thanks.|\" ,\"|TYPOGRAPHY",
    })
    void eachKindOfMistakeGetsItsCategory(String note, String flagged, Category category) throws Exception {
        ProofreadResult r = check(note, CheckOptions.of(Variant.EN_US));
        assertThat(r.issues()).anySatisfy(i -> {
            assertThat(note.substring(i.offset(), i.end())).isEqualTo(flagged);
            assertThat(i.category()).isEqualTo(category);
        });
    }

    @Test
    void applyingTheFirstSuggestionsLeavesAFixedNote() throws Exception {
        String note = "Dear Daniel,\n\nI could of explained it better, and I recieved your notes.";
        ProofreadResult r = check(note, CheckOptions.of(Variant.EN_US));
        assertThat(r.issues()).hasSize(2);
        String fixed = note;
        for (int i = r.issues().size() - 1; i >= 0; i--) {
            fixed = Suggestions.apply(fixed, r.issues().get(i), 0);
        }
        assertThat(fixed).isEqualTo("Dear Daniel,\n\nI could have explained it better, and I received your notes.");
        assertThat(check(fixed, CheckOptions.of(Variant.EN_US)).clean()).isTrue();
    }

    static Stream<Arguments> cleanNotes() {
        return Stream.of(
            arguments("hyphens and apostrophes", brightline(), """
                Dear María José,

                Thank you for taking the time to meet with me on Tuesday about the Senior Product Designer role at \
                Brightline Transit. I enjoyed hearing how your team is rebuilding the trip planner for riders with \
                low vision.

                Please also pass my thanks to Daniel O'Brien and Priya Raman-Iyer. Daniel's question about design \
                tokens and Priya's story about the last bus of the night have stayed with me.

                Best regards,
                Sam Okafor
                """),
            arguments("Vietnamese names", interview("Trần Bảo Ngọc", "Sông Hồng Logistics", "Data Analyst",
                List.of(person("Nguyễn Thị Minh Khai", "Head of Analytics"), person("Phạm Quốc Bảo", "Data Lead")),
                List.of("route planning in the Mekong Delta")), """
                Dear Ms. Nguyễn Thị Minh Khai,

                Thank you for the conversation on Friday about the Data Analyst position at Sông Hồng Logistics. \
                I appreciated how clearly you and Mr. Phạm Quốc Bảo described the route planning work.

                Kind regards,
                Trần Bảo Ngọc
                """),
            arguments("Irish names", interview("Aoife Nic Giolla Phádraig", "Cluain Analytics", "Backend Engineer",
                List.of(person("Siobhán Ní Bhriain", "Head of Engineering"), person("Pádraig Ó Conchúir", "SRE")),
                List.of("the Kafka migration")), """
                Dear Siobhán,

                Thank you for meeting with me yesterday to discuss the Backend Engineer role at Cluain Analytics. \
                Our talk about the Kafka migration was the highlight of my week, and Pádraig Ó Conchúir's overview \
                of the on-call schedule was very helpful. Please thank Ms. Ní Bhriain's team for me.

                Warm regards,
                Aoife Nic Giolla Phádraig
                """),
            arguments("accents, hyphens and apostrophes", interview("Søren Åkesson", "Kōwhai Labs", "Staff Engineer",
                List.of(person("Zoë Brontë-Ågren", "VP Engineering"), person("José Álvarez-Núñez", "Principal"),
                    person("D'Arcy O'Neill-Kealoha", "Engineering Manager")),
                List.of("observability with OpenTelemetry")), """
                Dear Zoë,

                Thank you for a lovely conversation on Monday. I enjoyed learning how Kōwhai Labs thinks about \
                observability with OpenTelemetry, and José Álvarez-Núñez's walkthrough was a real highlight.

                Please give my thanks to D'Arcy O'Neill-Kealoha as well.

                All the best,
                Søren Åkesson
                """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanNotes")
    void cleanNotesFullOfNamesComeBackCleanWithTheirInterview(String name, Interview interview, String note)
        throws Exception {
        ProofreadResult withInterview = check(note, CheckOptions.forNote(null, interview, null));
        ProofreadResult without = check(note, CheckOptions.of(Variant.EN_US));

        assertThat(withInterview.issues()).as("issues in a clean note").isEmpty();
        assertThat(withInterview.clean()).isTrue();
        assertThat(without.issues()).as("the names are what the interview makes acceptable")
            .anySatisfy(i -> assertThat(i.category()).isEqualTo(Category.SPELLING));
    }

    @Test
    void wordsInThePersonalDictionaryAndIgnoredRulesAreNotReported() throws Exception {
        String note = "Dear Wiremu,\n\nIt was a honor to meet the Tūhono team.";
        assertThat(check(note, CheckOptions.of(Variant.EN_US)).issues()).extracting(Issue::rule)
            .contains("EN_A_VS_AN", "MORFOLOGIK_RULE_EN_US");

        ProofreadSettings settings = new ProofreadSettings("en-US", List.of("EN_A_VS_AN"), List.of("Wiremu",
            "Tūhono"), Map.of());
        assertThat(check(note, CheckOptions.forNote(settings, null, null)).clean()).isTrue();
    }

    @Test
    void theVariantDecidesTheSpelling() throws Exception {
        String note = "The colour of the logo is my favorite.";
        assertThat(check(note, CheckOptions.of(Variant.EN_US)).issues())
            .extracting(i -> note.substring(i.offset(), i.end())).containsExactly("colour");
        ProofreadResult gb = check(note, CheckOptions.of(Variant.EN_GB));
        assertThat(gb.variant()).isEqualTo(Variant.EN_GB);
        assertThat(gb.issues()).extracting(i -> note.substring(i.offset(), i.end())).containsExactly("favorite");
    }

    @Test
    void noRemoteRuleRuns() {
        LanguageToolChecker checker = new LanguageToolChecker(Variant.EN_US, 10);
        assertThat(checker.activeRules()).isNotEmpty().noneMatch(r -> r instanceof RemoteRule);
    }

    @Test
    void anEditedParagraphIsTheOnlyOneCheckedAgain() throws Exception {
        String note = "Dear Priya,\n\nThank you for the chat about the diary study.\n\nI recieved the plan.";
        check(note, CheckOptions.of(Variant.EN_US));
        long hits = proofreader.cacheHits();
        String edited = note.replace("the chat", "the long chat");
        ProofreadResult r = check(edited, CheckOptions.of(Variant.EN_US));
        assertThat(proofreader.cacheHits() - hits).isEqualTo(2);
        assertThat(r.issues()).singleElement().satisfies(i ->
            assertThat(i.offset()).isEqualTo(edited.indexOf("recieved")));
    }

    private static Interviewer person(String name, String title) {
        return new Interviewer(name, title, null, null, List.of(), null);
    }

    private static Interview interview(String candidate, String company, String role, List<Interviewer> people,
                                       List<String> topics) {
        return new Interview.Builder().candidate(new Candidate(candidate, null, null, null, null)).company(company)
            .role(role).start(OffsetDateTime.parse("2026-11-24T10:00:00Z")).interviewers(people).topics(topics)
            .build();
    }

    private static Interview brightline() {
        return interview("Sam Okafor", "Brightline Transit", "Senior Product Designer", List.of(
            new Interviewer("María José Ortega", "Director of Design", null, null,
                List.of("the trip planner redesign for riders with low vision"), null),
            new Interviewer("Daniel O'Brien", "Engineering Manager, Mobile", null, null,
                List.of("sharing design tokens between the web and mobile teams"), null),
            new Interviewer("Priya Raman-Iyer", "Lead UX Researcher", null, null,
                List.of("the diary study with night-shift riders"), null)), List.of());
    }
}
