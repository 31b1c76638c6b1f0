// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CardPdfTest {

    private static CardPdf cards;
    private static Interview sample;

    @BeforeAll
    static void loadFont() {
        cards = new CardPdf(FontFile.bundled());
        sample = Fixtures.sample();
    }

    private static CardResult render(String body, CardOptions options) throws ExportException {
        return cards.render(sample, Fixtures.card("María José Ortega", body), options);
    }

    private static CardOptions flat(CardSize size) {
        return new CardOptions(size, false, false);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        }
    }

    private static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    out.add(resources.getFont(name));
                }
            }
        }
        return out;
    }

    /** Collapses the extracted text's line breaks, so wrapped lines read as the original sentence. */
    private static String flow(String extracted) {
        return extracted.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @CsvSource({
        "A6, 297.6, 419.5",
        "US_4_25X5_5, 306, 396",
        "US_5X7, 360, 504"
    })
    void flatCardPageIsTheCardSize(CardSize size, float width, float height) throws Exception {
        CardResult card = render(Fixtures.BODY, flat(size));
        try (PDDocument doc = Loader.loadPDF(card.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(box.getHeight()).isCloseTo(height, org.assertj.core.data.Offset.offset(0.1f));
        }
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void foldedCardPageIsTheOpenCardTwoPanelsWide(CardSize size) throws Exception {
        CardResult card = render(Fixtures.BODY, new CardOptions(size, true, false));
        try (PDDocument doc = Loader.loadPDF(card.pdf())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(size.width() * 2, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(box.getHeight()).isCloseTo(size.height(), org.assertj.core.data.Offset.offset(0.1f));
        }
        assertThat(text(card.pdf())).contains("fold").contains("folded");
    }

    @Test
    void noteTextReadsBackFromThePdf() throws Exception {
        CardResult card = render(Fixtures.BODY, flat(CardSize.A6));
        String text = flow(text(card.pdf()));
        assertThat(text).contains("Dear María José,")
            .contains("Thank you for the conversation about the trip planner redesign for riders with low vision.")
            .contains("Best regards, Sam Okafor");
        assertThat(card.fit().fits()).isTrue();
        assertThat(card.replaced()).isEmpty();
        assertThat(card.toRendered().notes()).isEmpty();
    }

    @Test
    void lineBudgetIsPrintedOnTheCard() throws Exception {
        CardResult card = render(Fixtures.BODY, flat(CardSize.A6));
        int capacity = CardPdf.capacity(CardSize.A6);
        assertThat(text(card.pdf())).contains("inside: " + card.fit().linesNeeded() + " of " + capacity + " lines");
    }

    @Test
    void fontIsEmbeddedDejaVuSans() throws Exception {
        CardResult card = render(Fixtures.BODY, flat(CardSize.A6));
        List<PDFont> fonts = fonts(card.pdf());
        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).isTrue();
            assertThat(f.getName()).contains("DejaVuSans");
        });
    }

    @Test
    void paragraphsKeepABlankLineBetweenThem() throws Exception {
        CardResult card = render("One.\n\nTwo.", flat(CardSize.A6));
        assertThat(card.fit().linesNeeded()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CardSize.class)
    void overflowIsReportedByLinesAndCharactersAndNothingIsCut(CardSize size) throws Exception {
        int capacity = CardPdf.capacity(size);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= capacity + 3; i++) {
            body.append("Line").append(i).append('\n');
        }
        CardResult card = render(body.toString(), flat(size));
        CardFit fit = card.fit();
        assertThat(fit.fits()).isFalse();
        assertThat(fit.linesAvailable()).isEqualTo(capacity);
        assertThat(fit.linesOver()).isEqualTo(3);
        int expectedChars = 0;
        for (int i = capacity + 1; i <= capacity + 3; i++) {
            expectedChars += ("Line" + i).length();
        }
        assertThat(fit.charactersOver()).isEqualTo(expectedChars);
        String all = text(card.pdf());
        for (int i = 1; i <= capacity + 3; i++) {
            assertThat(all).contains("Line" + i + "\n");
        }
        assertThat(pageText(card.pdf(), 1)).doesNotContain("Line" + (capacity + 1) + "\n");
        assertThat(pageText(card.pdf(), 2)).contains("DOES NOT FIT").contains("Line" + (capacity + 1));
        assertThat(card.toRendered().notes()).singleElement().asString()
            .contains("3 lines (" + expectedChars + " characters) too long");
    }

    @Test
    void longParagraphsAreWrappedToThePanelWidth() throws Exception {
        String sentence = "Thank you again for taking the time to walk me through the trip planner work. ";
        CardResult card = render(sentence.repeat(3).strip(), flat(CardSize.A6));
        assertThat(card.fit().linesNeeded()).isGreaterThan(3);
        assertThat(flow(text(card.pdf()))).contains(flow(sentence.repeat(3)));
    }

    @Test
    void wordLongerThanALineIsBrokenNotLost() throws Exception {
        String word = "x".repeat(200);
        CardResult card = render(word, flat(CardSize.A6));
        assertThat(card.fit().linesNeeded()).isGreaterThan(1);
        assertThat(text(card.pdf()).replaceAll("\\s", "")).contains(word);
    }

    @Test
    void charactersWithoutAGlyphAreReplacedVisiblyAndListed() throws Exception {
        CardResult card = render("Thanks 中文 and 👍👍", flat(CardSize.A6));
        assertThat(card.replaced()).containsExactly("U+4E2D 中", "U+6587 文", "U+1F44D 👍 (2 times)");
        assertThat(text(card.pdf())).contains("Thanks \uFFFD\uFFFD and \uFFFD\uFFFD");
        assertThat(card.toRendered().notes()).singleElement().asString().contains("U+4E2D").contains("\uFFFD");
    }

    @Test
    void hostileTextRendersWithoutErrors() throws Exception {
        String body = "Emoji 😀 🎉 👨‍👩‍👧 ❤️, CJK 中文, Arabic مرحبا, Hebrew שלום, tab\tthere, nbsp\u00a0here,\r\n"
            + "RTL override \u202Egnp.exe, lone \ud800 surrogate, soft\u00adhyphen, zero\u200bwidth, NUL \u0000.\n\n"
            + "A very long note. ".repeat(2000);
        CardResult card = render(body, new CardOptions(CardSize.US_5X7, true, true));
        assertThat(card.fit().fits()).isFalse();
        try (PDDocument doc = Loader.loadPDF(card.pdf())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
        }
        String text = text(card.pdf());
        assertThat(text).contains("Emoji 😀").contains("nbsp\u00a0here").contains("tab there")
            .contains("softhyphen").doesNotContain("\u202E");
        assertThat(card.replaced()).anyMatch(r -> r.startsWith("U+4E2D")).anyMatch(r -> r.startsWith("U+D800"));
    }

    @Test
    void hebrewIsDrawnRightToLeftAndReadsBackInOrder() throws Exception {
        assertThat(CardPdf.visualOrder("Hi שלום!")).isEqualTo("Hi םולש!");
        CardResult card = render("Hi שלום", flat(CardSize.A6));
        assertThat(text(card.pdf())).contains("שלום");
    }

    @Test
    void envelopePageCarriesFullNameTitleAndCompany() throws Exception {
        CardResult card = render(Fixtures.BODY, new CardOptions(CardSize.A6, false, true));
        try (PDDocument doc = Loader.loadPDF(card.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(pageText(card.pdf(), 2)).contains("For the envelope").contains("María José Ortega\n")
            .contains("Director of Design\n").contains("Brightline Transit");
    }

    @Test
    void unknownRecipientIsReported() {
        Draft draft = Fixtures.card("Nobody", "Hi");
        assertThatThrownBy(() -> cards.render(sample, draft, flat(CardSize.A6)))
            .isInstanceOf(ExportException.class).hasMessageContaining("no interviewer named \"Nobody\"");
    }

    @Test
    void capacityGrowsWithTheCard() {
        assertThat(CardPdf.capacity(CardSize.US_4_25X5_5)).isLessThan(CardPdf.capacity(CardSize.A6));
        assertThat(CardPdf.capacity(CardSize.A6)).isLessThan(CardPdf.capacity(CardSize.US_5X7));
    }
}
