// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.followUp;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** L1 to L5: words, sentences, paragraphs and the card's line budget. */
class LengthRulesTest {

    private static final String OPEN = "Dear María José,\n\nThank you for talking with me about the trip planner "
        + "redesign for riders with low vision.";
    private static final String CLOSE = "\n\nBest regards,\nSam Okafor\n+1 312 555 0147\n";
    private static final String FILLER = "Each rider we met had a story about a late bus.";

    /** A thank-you of exactly {@code words} words (greeting and message), padded in one paragraph. */
    static String thankYouOf(int words) {
        StringBuilder sb = new StringBuilder(OPEN);
        int n = count(OPEN);
        while (n + 11 <= words) {
            sb.append(' ').append(FILLER);
            n += 11;
        }
        while (n < words) {
            sb.append(" Truly.");
            n++;
        }
        return sb + CLOSE;
    }

    /** A thank-you of exactly {@code words} words in two sentences. */
    static String twoSentences(int words) {
        return OPEN + " Every" + " rider".repeat(words - count(OPEN) - 1) + "." + CLOSE;
    }

    /** A thank-you of the opening and nine more sentences, each {@code filler}. */
    static String tenSentences(String filler) {
        return OPEN + (" " + filler).repeat(9) + CLOSE;
    }

    /** 21 words. */
    static final String LONG_SENTENCE = "Each rider we met had a story about a late bus, and each story taught me "
        + "something new about the route.";
    /** 18 words. */
    static final String SHORTER_SENTENCE = "Each rider we met had a story about a late bus, and each story taught me "
        + "something new.";

    /** A note whose message has {@code sentences} sentences. */
    static String sentences(int sentences) {
        StringBuilder sb = new StringBuilder(OPEN);
        for (int i = 1; i < sentences; i++) {
            sb.append(" The audit plan was clear.");
        }
        return sb + CLOSE;
    }

    /** A note whose message has {@code paragraphs} short paragraphs. */
    static String paragraphs(int paragraphs) {
        StringBuilder sb = new StringBuilder(OPEN);
        for (int i = 1; i < paragraphs; i++) {
            sb.append("\n\nThe audit plan was clear.");
        }
        return sb + CLOSE;
    }

    /** 31 words in two sentences. */
    static final String SHORT_FOLLOW_UP = "Dear María José,\n\nI interviewed for the Senior Product Designer role on "
        + "24 November, and I am happy to send anything that would help. Is there an update on your timeline?\n\n"
        + "Best regards,\nSam Okafor\n";

    static String followUpOf(int words) {
        String open = "Dear María José,\n\nI interviewed for the Senior Product Designer role on 24 November. Is "
            + "there an update on your timeline? I am happy to send anything that would help.";
        StringBuilder sb = new StringBuilder(open);
        int n = count(open);
        while (n < words) {
            sb.append(" Truly.");
            n++;
        }
        return sb + "\n\nBest regards,\nSam Okafor\n";
    }

    static String card(int fillerSentences) {
        StringBuilder sb = new StringBuilder("Dear María José Ortega,\n\nThank you for our talk about the trip "
            + "planner redesign.");
        for (int i = 0; i < fillerSentences; i++) {
            sb.append(" I enjoyed it.");
        }
        return sb + "\n\nWarm regards,\nSam Okafor\n";
    }

    static int count(String s) {
        return (int) Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*").matcher(s).results().count();
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
            of("420 words", Rule.L1, Severity.ERROR,
                () -> good().text(thankYouOf(420)), () -> good().text(thankYouOf(390))),
            of("260 words", Rule.L1, Severity.WARNING,
                () -> good().text(thankYouOf(260)), () -> good().text(thankYouOf(240))),
            of("60 words in two sentences", Rule.L1, Severity.TIP,
                () -> good().text(twoSentences(60)), () -> good().text(thankYouOf(60))),
            of("one sentence", Rule.L2, Severity.WARNING,
                () -> good().text(sentences(1)), () -> good().text(sentences(2))),
            of("ten sentences in 208 words", Rule.L2, Severity.WARNING,
                () -> good().text(tenSentences(LONG_SENTENCE)), () -> good().text(tenSentences(SHORTER_SENTENCE))),
            of("five paragraphs", Rule.L3, Severity.WARNING,
                () -> good().text(paragraphs(5)), () -> good().text(paragraphs(4))),
            of("follow-up of 170 words", Rule.L4, Severity.WARNING,
                () -> followUp().text(followUpOf(170)), () -> followUp().text(followUpOf(140))),
            of("follow-up of 31 words in two sentences", Rule.L4, Severity.TIP,
                () -> followUp().text(SHORT_FOLLOW_UP), () -> followUp().text(followUpOf(35))),
            of("card that runs off the inside panel", Rule.L5, Severity.WARNING,
                () -> good().medium(Medium.CARD).subject(null).text(card(30)),
                () -> good().medium(Medium.CARD).subject(null).text(card(2))),
            of("card with six sentences", Rule.L5, Severity.TIP,
                () -> good().medium(Medium.CARD).subject(null).text(card(5)),
                () -> good().medium(Medium.CARD).subject(null).text(card(3)))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @Test
    void cardOverflowIsMarkedFromTheFirstCharacterThatDoesNotFit() {
        String text = "a".repeat(10) + "\n" + "b".repeat(10) + "\n" + "c".repeat(10);
        assertThat(LengthCheck.overflowOffset(text, 10, 3)).isEqualTo(-1);
        assertThat(LengthCheck.overflowOffset(text, 10, 2)).isEqualTo(22);
        assertThat(LengthCheck.overflowOffset("one two three four", 8, 2)).isEqualTo(14);
    }

    @Test
    void wordCountLeavesTheSignatureOut() {
        NoteText t = new NoteText(thankYouOf(120), Fixtures.PHRASES.list("salutations"),
            Fixtures.PHRASES.list("closings"));
        assertThat(t.wordCount()).isEqualTo(120);
    }

    @Test
    void fillerHelpersProduceWhatTheTableClaims() {
        assertThat(List.of(count(thankYouOf(420).replace(CLOSE, "")), count(thankYouOf(60).replace(CLOSE, "")),
            count(twoSentences(60).replace(CLOSE, "")), count(tenSentences(LONG_SENTENCE).replace(CLOSE, "")),
            count(tenSentences(SHORTER_SENTENCE).replace(CLOSE, "")))).containsExactly(420, 60, 60, 208, 181);
    }
}
