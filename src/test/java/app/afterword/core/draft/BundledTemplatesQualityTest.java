// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promises every bundled note keeps, for every template, sample interview and interviewer: no leftover markup,
 * no "null", no doubled space, no dangling list, no sentence about an empty field; gratitude first, the name and
 * the role, the interviewer's own topic, the etiquette limits of each medium.
 */
class BundledTemplatesQualityTest {

    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(and|or|the|a|an|about|of)\\s*[.,;:!?]"
        + "|,\\s*[.;:]|\\(\\s*\\)|:\\s*\\.");
    private static final Pattern EMPTY_FIELD = Pattern.compile("(?i)\\b(null|undefined|n/a|tbd|\\[[a-z ]+]|"
        + "\\{[a-z ]+})");
    private static final Pattern MERGED = Pattern.compile("[.!?]\\n(?=[A-Z])");
    private static final List<String> FORBIDDEN = List.of("just checking in", "just following up", "touching base",
        "circling back", "bumping this", "add you to my professional network", "to whom it may concern",
        "dear sir or madam", "dear hiring manager", "hey ", "why haven't", "i need to hear back");

    record Case(TemplateInfo template, String sample, Interview interview, Draft draft) {
        @Override
        public String toString() {
            return template.id() + " × " + sample + " → " + draft.recipient();
        }
    }

    static Stream<Arguments> drafts() throws DraftException {
        List<Arguments> out = new ArrayList<>();
        Drafter drafter = Fixtures.drafter();
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            for (SampleInterviews.Sample s : Fixtures.SAMPLES) {
                Interview interview = Casting.fitFor(s.interview(), t);
                if (t.requires().stream().anyMatch(r -> missing(interview, r))) {
                    continue;
                }
                for (Draft d : drafter.draft(interview, DraftRequest.DEFAULT.withTemplate(t.id()))) {
                    out.add(Arguments.of(new Case(t, s.name(), interview, d)));
                }
            }
        }
        return out.stream();
    }

    private static boolean missing(Interview i, String requirement) {
        return switch (requirement) {
            case "note.idea" -> i.ideas().isEmpty();
            case "note.clarification" -> i.clarifications().isEmpty();
            default -> false;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void draftHasNoLeftoverMarkupNullOrDoubledSpace(Case c) {
        String all = (c.draft().subject() == null ? "" : c.draft().subject() + "\n") + c.draft().body();
        assertThat(NoteText.leftoverMarkup(all)).isNull();
        assertThat(all).doesNotContain("$", "#if", "#end", "  ", " ,", " .", "..", "\t");
        assertThat(EMPTY_FIELD.matcher(all).find()).as("placeholder or empty field in: %s", all).isFalse();
        assertThat(DANGLING.matcher(all).find()).as("dangling list or phrase in: %s", all).isFalse();
        assertThat(all).doesNotContain("\n\n\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void paragraphsAreNotRunTogether(Case c) {
        assertThat(MERGED.matcher(c.draft().body()).find()).as("a paragraph break is missing in:%n%s",
            c.draft().body()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void greetsByTheNameTheToneCallsForAndThanksInTheFirstSentence(Case c) {
        String body = c.draft().body();
        Interviewer p = c.interview().interviewer(c.draft().recipient()).orElseThrow();
        boolean formal = c.template().tone() == Tone.FORMAL || c.template().medium() == Medium.CARD;
        assertThat(body).startsWith("Dear " + p.greetingName(formal) + ",");
        String afterGreeting = body.substring(body.indexOf(',') + 1).strip();
        String first = firstSentence(afterGreeting).toLowerCase(Locale.ROOT);
        assertThat(first).as("first sentence of %s", c).containsAnyOf("thank", "appreciat", "grateful");
        assertThat(afterGreeting).doesNotContainIgnoringCase("thank you for your time.");
        for (String phrase : FORBIDDEN) {
            assertThat(Pattern.compile("\\b" + Pattern.quote(phrase.strip()) + "\\b").matcher(body.toLowerCase(
                Locale.ROOT)).find()).as("\"%s\" in:%n%s", phrase.strip(), body).isFalse();
        }
        assertThat(body.chars().filter(ch -> ch == '!').count()).isZero();
        assertThat(body.codePoints().filter(cp -> Character.getType(cp) == Character.OTHER_SYMBOL).count())
            .as("emoji").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void namesTheRoleAndTheInterviewersOwnTopic(Case c) {
        String all = (c.draft().subject() == null ? "" : c.draft().subject()) + "\n" + c.draft().body();
        Interviewer p = c.interview().interviewer(c.draft().recipient()).orElseThrow();
        if (c.template().medium() == Medium.LINKEDIN_NOTE) {
            List<String> either = new ArrayList<>(p.topics());
            either.addAll(c.interview().topics());
            either.add(c.interview().role());
            assertThat(all).as("A5/A6: a short connection note names the role or a topic")
                .containsAnyOf(either.toArray(String[]::new));
        } else {
            assertThat(all).as("A5: the role is named").contains(c.interview().role());
        }
        if (!p.topics().isEmpty() && mentionsTopics(c.template())) {
            assertThat(c.draft().body()).as("P2: the note to %s uses their own topic", p.name())
                .contains(p.topics().get(0));
        }
        if (c.template().kind() == NoteKind.THANK_YOU && !c.interview().skills().isEmpty()
            && c.template().medium() != Medium.LINKEDIN_NOTE) {
            assertThat(c.interview().skills()).as("A7: one skill is restated").anyMatch(c.draft().body()::contains);
        }
    }

    private static boolean mentionsTopics(TemplateInfo t) {
        return t.fields().contains("interviewer.topic");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void respectsTheLimitsOfItsMedium(Case c) {
        Draft d = c.draft();
        int words = Similarity.words(d.body()).size();
        boolean fullSample = !c.sample().equals("phone-screen");
        switch (d.medium()) {
            case EMAIL -> {
                assertThat(d.subject()).isNotBlank();
                assertThat(d.subject().length()).as("S4: subject length").isLessThanOrEqualTo(80);
                assertThat(d.subject().toLowerCase(Locale.ROOT)).isNotIn("following up", "checking in",
                    "follow up", "follow-up");
                assertThat(words).as("L1: e-mail words").isLessThanOrEqualTo(200);
                if (d.kind() == NoteKind.THANK_YOU) {
                    assertThat(d.subject().toLowerCase(Locale.ROOT)).as("S1").contains("thank")
                        .contains(c.interview().role().toLowerCase(Locale.ROOT));
                    if (fullSample && c.template().tone() != Tone.BRIEF) {
                        assertThat(words).as("L1: a thank-you e-mail is 100 to 200 words").isBetween(100, 200);
                    }
                } else if (d.kind() == NoteKind.FOLLOW_UP) {
                    assertThat(words).as("L4: a status follow-up stays under 150 words").isLessThan(150);
                }
                String name = c.interview().candidate().name();
                if (name != null) {
                    assertThat(d.body()).as("A8: signed with the full name").contains("\n" + name);
                    assertThat(d.body()).as("A8: with contact details").contains(c.interview().candidate().email());
                }
            }
            case CARD -> {
                assertThat(d.subject()).isNull();
                assertThat(sentences(d.body())).as("L5: about three sentences").isBetween(3, 4);
                assertThat(words).isLessThanOrEqualTo(90);
            }
            case LINKEDIN_NOTE -> {
                assertThat(d.subject()).isNull();
                assertThat(d.body().length()).as("K1: LinkedIn connection note").isLessThanOrEqualTo(200);
            }
            case LINKEDIN_MESSAGE -> {
                assertThat(d.subject()).isNull();
                assertThat(d.body().length()).as("K2: message to a connection").isLessThanOrEqualTo(3000);
                assertThat(words).isLessThanOrEqualTo(120);
            }
            default -> throw new IllegalStateException("unknown medium " + d.medium());
        }
    }

    /** Sentences in the body between the greeting and the sign-off. */
    static int sentences(String body) {
        String[] paragraphs = body.split("\n\n");
        int n = 0;
        for (int i = 1; i < paragraphs.length - 1; i++) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(paragraphs[i]);
            it.first();
            while (it.next() != BreakIterator.DONE) {
                n++;
            }
        }
        return n;
    }

    private static String firstSentence(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int end = it.next();
        return end == BreakIterator.DONE ? text : text.substring(0, end);
    }
}
