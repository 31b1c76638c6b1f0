// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(ProofreadLimits.INTERACTIVE);

    @Test
    void blankLinesSeparateParagraphsAndSingleLineBreaksDoNot() {
        String text = "Dear Ana,\n\nThank you for the chat.\nIt was fun.\r\n\r\n  \nBest,\nSam\n";
        Segmenter.Plan plan = segmenter.plan(text);
        assertThat(plan.units()).extracting(Unit::checked)
            .containsExactly("Dear Ana,", "Thank you for the chat.\nIt was fun.", "Best,\nSam");
        assertThat(plan.units()).allSatisfy(u ->
            assertThat(text.substring(u.offset(), u.end())).isEqualTo(u.checked()));
        assertThat(plan.skips()).isEmpty();
    }

    @Test
    void aParagraphLongerThanTheUnitCapIsSplitBetweenSentences() {
        String sentence = "This sentence is about forty characters. ";
        String text = sentence.repeat(200).strip();
        Segmenter.Plan plan = segmenter.plan(text);
        assertThat(plan.units()).hasSizeGreaterThan(2);
        assertThat(plan.units()).allSatisfy(u -> {
            assertThat(u.length()).isLessThanOrEqualTo(3_000);
            assertThat(u.checked()).startsWith("This").endsWith("characters.");
        });
        assertThat(plan.skips()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'Thank you! It was great.', ",
        "'I met the team at 9:30 (on Zoom) and we talked.', ",
        "'Great 🎉🔥💯🙏😀😎✨🚀 team 🎉🔥💯🙏😀', MOSTLY_SYMBOLS",
        "'Thanks 🙏 for the time.', ",
        "'€€€€ $$$$ ££££', MOSTLY_SYMBOLS",
    })
    void symbolHeavySentencesAreSetAside(String sentence, NotProofread.Reason expected) {
        Segmenter.Plan plan = segmenter.plan(sentence);
        if (expected == null) {
            assertThat(plan.skips()).isEmpty();
            assertThat(plan.units()).hasSize(1);
        } else {
            assertThat(plan.skips()).extracting(Segmenter.Skip::reason).containsExactly(expected);
            assertThat(plan.units()).isEmpty();
        }
    }

    @Test
    void onlyTheOverLongSentenceIsSetAsideAndItsNeighboursAreChecked() {
        String longOne = "Word " + "word ".repeat(130).strip() + ".";
        String text = "First sentence here. " + longOne + " Last sentence here.";
        Segmenter.Plan plan = segmenter.plan(text);
        assertThat(plan.units()).extracting(Unit::checked)
            .containsExactly("First sentence here.", "Last sentence here.");
        assertThat(plan.skips()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(NotProofread.Reason.SENTENCE_TOO_LONG);
            assertThat(text.substring(s.offset(), s.offset() + s.length())).isEqualTo(longOne);
        });
    }

    @Test
    void aCutRunMapsPositionsAfterItBackToTheNote() {
        String text = "So good" + "o".repeat(100) + " and recieve.";
        Unit unit = segmenter.plan(text).units().get(0);
        assertThat(unit.checked()).isEqualTo("So good" + "o".repeat(20) + " and recieve.");
        int inChecked = unit.checked().indexOf("recieve");
        assertThat(unit.toNote(inChecked)).isEqualTo(text.indexOf("recieve"));
        assertThat(unit.toNote(0)).isZero();
        assertThat(unit.toNote(unit.checked().length())).isEqualTo(text.length());
    }

    @Test
    void aNoteOverTheCapStopsAtWhitespaceAndTheRestIsReported() {
        String text = "Hello there friend. ".repeat(1_100);
        Segmenter.Plan plan = segmenter.plan(text);
        Segmenter.Skip last = plan.skips().get(plan.skips().size() - 1);
        assertThat(last.reason()).isEqualTo(NotProofread.Reason.NOTE_TOO_LONG);
        assertThat(last.offset()).isLessThanOrEqualTo(20_000);
        assertThat(last.offset() + last.length()).isEqualTo(text.length());
        assertThat(Character.isWhitespace(text.charAt(last.offset() - 1))).isTrue();
        assertThat(plan.units()).allSatisfy(u -> assertThat(u.end()).isLessThanOrEqualTo(last.offset()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyVisibleCharacterIsEitherCheckedOrReportedAndUnitsStayInBounds(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            assertCovered(randomNote(random));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void aRememberedParagraphIsPlacedAsIfCutAfresh(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            String note = randomNote(random);
            String shifted = "Dear Ana,\n\n" + note;
            segmenter.plan(note);
            // every paragraph of the shifted note is remembered from the first plan, now at another offset
            Segmenter.Plan remembered = segmenter.plan(shifted);
            Segmenter.Plan fresh = new Segmenter(ProofreadLimits.INTERACTIVE).plan(shifted);
            assertThat(remembered.skips()).isEqualTo(fresh.skips());
            assertThat(remembered.units()).hasSameSizeAs(fresh.units());
            for (int i = 0; i < fresh.units().size(); i++) {
                Unit a = remembered.units().get(i);
                Unit b = fresh.units().get(i);
                assertThat(a.offset()).isEqualTo(b.offset());
                assertThat(a.length()).isEqualTo(b.length());
                assertThat(a.checked()).isEqualTo(b.checked());
                assertThat(a.cutAt()).isEqualTo(b.cutAt());
                assertThat(a.removed()).isEqualTo(b.removed());
                assertThat(a.toNote(a.checked().length())).isEqualTo(b.toNote(b.checked().length()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void aParagraphTakenWholeIsCutExactlyAsSentenceBySentence(long seed) {
        Random random = new Random(seed);
        String[] pieces = {"Thank you. ", "word ", "Siobhán Ní Bhriain ", "a", "!!!!!!!!!!!!!!!!!!!!!!!!!", "🎉", "€",
            "\u00A0", "\u2009", "\t", "x\uFE0F", "\u200B", "\u0085", "Ок. ", "e.g. ", "9:30 (on Zoom) ",
            "long-hyphenated-word ", "\uD800", "....", "?", "    ", "\n", "I ", "ok "};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(round % 3 == 0 ? 200 : 40);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String paragraph = trimmed(sb.toString());
            if (paragraph.isEmpty()) {
                continue;
            }
            assertSameCut(paragraph);
        }
        // around the sentence cap of 120 words
        for (int words : new int[] {119, 120, 121, 200}) {
            assertSameCut(("I " + "ok ".repeat(words - 2) + "ok.").strip());
        }
    }

    @Test
    void theQuickScreensAgreeWithTheSentenceGuardOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String one = new String(Character.toChars(cp));
            boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            assertThat(Segmenter.WORD.matcher(one).matches()).as("word char U+%04X", cp).isEqualTo(!blank);
            assertThat(Segmenter.SYMBOL.matcher(one).matches()).as("symbol U+%04X", cp)
                .isEqualTo(!blank && Segmenter.isSymbol(cp));
        }
    }

    private void assertSameCut(String paragraph) {
        assertThat(segmenter.cut(paragraph)).as(paragraph)
            .usingRecursiveComparison().isEqualTo(segmenter.cutBySentence(paragraph));
    }

    private static String trimmed(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (Character.isWhitespace(s.charAt(from)) || Character.isSpaceChar(s.charAt(from)))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || Character.isSpaceChar(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }

    @Test
    void onlyTheParagraphThatChangedIsCutAgain() {
        String note = "Dear Ana,\n\nThank you for the chat.\n\nBest,\nSam";
        Segmenter.Plan before = segmenter.plan(note);
        Segmenter.Plan after = segmenter.plan(note.replace("the chat", "the long chat"));
        // unchanged paragraphs come back as the very pieces cut before, so the finding cache matches them at once
        assertThat(after.units().get(0).checked()).isSameAs(before.units().get(0).checked());
        assertThat(after.units().get(2).checked()).isSameAs(before.units().get(2).checked());
        assertThat(after.units().get(1).checked()).isEqualTo("Thank you for the long chat.");
        assertThat(after.units().get(2).offset()).isEqualTo(before.units().get(2).offset() + 5);
    }

    @Test
    void theRememberedParagraphsAreBounded() {
        String text = "Paragraph number 0.";
        Segmenter.Plan first = segmenter.plan(new String(text));
        assertThat(segmenter.plan(new String(text)).units().get(0).checked())
            .isSameAs(first.units().get(0).checked());
        for (int i = 1; i <= Segmenter.REMEMBERED_PARAGRAPHS; i++) {
            segmenter.plan("Paragraph number " + i + ".");
        }
        Segmenter.Plan again = segmenter.plan(new String(text));
        assertThat(again.units().get(0).checked()).isEqualTo(first.units().get(0).checked())
            .isNotSameAs(first.units().get(0).checked());
    }

    private void assertCovered(String text) {
        Segmenter.Plan plan = segmenter.plan(text);
        boolean[] covered = new boolean[text.length()];
        List<int[]> ranges = new ArrayList<>();
        for (Unit u : plan.units()) {
            assertThat(u.offset()).isGreaterThanOrEqualTo(0);
            assertThat(u.end()).isLessThanOrEqualTo(text.length());
            assertThat(u.checked().length()).isLessThanOrEqualTo(3_000);
            ranges.add(new int[] {u.offset(), u.end()});
        }
        for (Segmenter.Skip s : plan.skips()) {
            ranges.add(new int[] {s.offset(), s.offset() + s.length()});
        }
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                assertThat(covered[i]).as("char %d of %s", i, text.length()).isTrue();
            }
        }
    }

    /** A note glued from pieces that stress the splitter: runs, emoji, blank lines, CRLF, long sentences. */
    private static String randomNote(Random random) {
        String[] pieces = {"Thank you. ", "recieve ", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "\n", "\n\n", "🎉🔥💯",
            "word ", "Siobhán Ní Bhriain ", "   ", "\r\n", "a", "….", "Ок ", "Word. "};
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(400);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
