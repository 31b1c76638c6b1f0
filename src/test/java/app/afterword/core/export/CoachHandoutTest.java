// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.store.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CoachHandoutTest {

    private static ScenarioLibrary library;
    private static EtiquetteChecker checker;
    private static CoachHandout handout;

    @BeforeAll
    static void load() {
        Json json = new Json();
        library = ScenarioLibrary.bundled(json);
        checker = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, PhraseBook.bundled(json));
        handout = new CoachHandout(FontFile.bundled());
    }

    static Stream<String> scenarios() {
        return ScenarioLibrary.bundled(new Json()).all().stream().map(Scenario::id);
    }

    private static Scenario.Comparison compare(String id) {
        return library.get(id).orElseThrow().compare(checker, library.interviews());
    }

    /** The handout's text with every run of white space as one space, as a reader would see it. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(doc).replaceAll("Afterword coach: \\S+ +Page \\d+ of \\d+", " "));
        }
    }

    /** The text as printed: white space runs as one space, emoji (the font has none) spelled out by name. */
    private static String flat(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 0x1F000) {
                out.append("[emoji: ").append(Character.getName(cp).toLowerCase(java.util.Locale.ROOT)).append(']');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void handoutHoldsTheTitleBothNotesAndEveryFindingWithItsWhy(String id) throws Exception {
        Scenario.Comparison cmp = compare(id);
        Scenario s = cmp.scenario();

        String text = text(handout.render(cmp, CoachHandout.Paper.A4));

        assertThat(text).contains(flat(s.title()), flat(s.situation()), flat(s.lesson()),
            flat(s.weak().text()), flat(s.strong().text()), "The weak note", "The strong note");
        assertThat(cmp.weak().findings()).isNotEmpty();
        List<Finding> all = new ArrayList<>(cmp.weak().findings());
        all.addAll(cmp.strong().findings());
        for (Finding f : all) {
            assertThat(text).contains(flat(f.message()), flat("Why: " + f.why()), flat("Try: " + f.suggestion()));
        }
        for (Rule r : s.teaches()) {
            assertThat(text).contains(r.id() + " " + flat(r.title()));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyFontIsEmbedded(String id) throws Exception {
        try (PDDocument doc = Loader.loadPDF(handout.render(compare(id), CoachHandout.Paper.LETTER))) {
            assertThat(doc.getNumberOfPages()).isPositive();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void symbolsTheFontLacksAreSpelledOutNotDropped() throws Exception {
        String text = text(handout.render(compare("friday-afternoon"), CoachHandout.Paper.A4));

        assertThat(text).contains("In the note: \u201C[emoji: video game]\u201D").doesNotContain("\uFFFD");
        assertThat(CoachHandout.spelledOut("ok \u2603 caf\u00e9", cp -> cp < 0x80)).isEqualTo("ok [emoji: snowman] "
            + "caf[latin small letter e with acute]");
    }

    @ParameterizedTest
    @EnumSource(CoachHandout.Paper.class)
    void pagesHaveThePaperSizeAndAreNumbered(CoachHandout.Paper paper) throws Exception {
        byte[] pdf = handout.render(compare("card-conservative-firm"), paper);
        PDRectangle expected = paper == CoachHandout.Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight());
            }
            assertThat(flat(new PDFTextStripper().getText(doc))).contains("Page " + pages + " of " + pages);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void findingsAboutAPassageQuoteIt(String id) throws Exception {
        Scenario.Comparison cmp = compare(id);
        String text = text(handout.render(cmp, CoachHandout.Paper.A4));
        cmp.weak().findings().stream().filter(f -> f.span() != null).forEach(f ->
            assertThat(text).contains("In the note: \u201C" + flat(CoachHandout.quoted(cmp.scenario().weak(),
                f.span())) + "\u201D"));
        assertThat(text).doesNotContain("\uFFFD");
    }
}
