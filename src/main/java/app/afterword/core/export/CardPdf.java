// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Bidi;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A print-ready PDF to copy a note from by hand: one page per card (flat, or the open folded card with the fold
 * marked), the text at handwriting size on the inside panel, the line budget printed at the top. A note that does not
 * fit is never cut: the extra lines go on a page marked "does not fit" and {@link CardFit} says by how much.
 *
 * <p>Text is drawn with an embedded Unicode font. A character the font has no glyph for is drawn as U+FFFD (a visible
 * replacement mark) and listed in the result, so nothing disappears silently. Right-to-left runs are put in visual
 * order; letters are not joined (no Arabic shaping), which is a known limit.
 */
public final class CardPdf {
    /** Handwriting-sized text: about the width of a careful hand on a note card. */
    static final float FONT_SIZE = 12f;
    /** Ruled-paper line spacing (about 7.4 mm). */
    static final float LEADING = 21f;
    /** Margin around the writing area of a panel. */
    static final float MARGIN = 27f;
    private static final float CAPTION_SIZE = 7f;
    private static final int REPLACEMENT = 0xFFFD;

    private final FontFile font;

    /** A card renderer using the given font (normally {@link FontFile#bundled()}). */
    public CardPdf(FontFile font) {
        if (font == null) {
            throw new IllegalArgumentException("font is required");
        }
        this.font = font;
    }

    /**
     * Lays out and renders the draft's body for the recipient's card.
     *
     * @throws ExportException when the PDF cannot be made (a damaged font)
     */
    public CardResult render(Interview interview, Draft draft, CardOptions options) throws ExportException {
        Interviewer to = interview.interviewer(draft.recipient()).orElseThrow(() -> new ExportException(
            "There is no interviewer named \"" + draft.recipient() + "\" in this interview; check the name."));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
             PDDocument doc = new PDDocument()) {
            Glyphs glyphs = new Glyphs(ttf.getUnicodeCmapLookup());
            PDType0Font pdFont = PDType0Font.load(doc, ttf, true);
            CardSize size = options.size();
            float textWidth = size.width() - 2 * MARGIN;
            List<String> lines = layout(glyphs.printable(draft.body()), pdFont, textWidth);
            int capacity = capacity(size);
            CardFit fit = new CardFit(capacity, lines.size(), charactersIn(lines, capacity));

            float panelX = options.folded() ? size.width() : 0;
            PDRectangle sheet = new PDRectangle(options.folded() ? size.width() * 2 : size.width(), size.height());
            int onCard = Math.min(lines.size(), capacity);
            String budget = size.label() + (options.folded() ? ", folded" : "") + ", inside: " + onCard + " of "
                + capacity + " lines." + (fit.fits() ? "" : " " + CardFit.plural(fit.linesOver(), "more line") + " ("
                + CardFit.plural(fit.charactersOver(), "character") + ") do not fit: see the next page.");
            page(doc, sheet, pdFont, options.folded() ? size.width() : -1, panelX,
                captionLines(glyphs.printable(budget), pdFont, textWidth), lines.subList(0, onCard));
            overflowPages(doc, sheet, pdFont, panelX, textWidth, fit, lines.subList(onCard, lines.size()));
            if (options.envelope()) {
                List<String> envelope = new ArrayList<>(layout(glyphs.printable(to.name()), pdFont, textWidth));
                if (to.title() != null) {
                    envelope.addAll(layout(glyphs.printable(to.title()), pdFont, textWidth));
                }
                envelope.addAll(layout(glyphs.printable(interview.company()), pdFont, textWidth));
                page(doc, new PDRectangle(size.width(), size.height()), pdFont, -1, 0, List.of("For the envelope"),
                    envelope);
            }
            doc.getDocumentInformation().setTitle("Card for " + to.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new CardResult(out.toByteArray(), size, fit, glyphs.replaced());
        } catch (IOException | RuntimeException e) {
            throw new ExportException("Couldn't make the card PDF for " + to.name() + ". Nothing was written.", e);
        }
    }

    /** The lines that do not fit, on as many pages as they need, each headed "does not fit". */
    private static void overflowPages(PDDocument doc, PDRectangle sheet, PDType0Font font, float panelX,
                                      float textWidth, CardFit fit, List<String> rest) throws IOException {
        List<String> heading = layout("DOES NOT FIT ON THE CARD. Shorten the note by these lines:", font, textWidth);
        int perPage = fit.linesAvailable() - heading.size() - 1;
        List<String> caption = captionLines("Does not fit: " + CardFit.plural(fit.linesOver(), "line") + " ("
            + CardFit.plural(fit.charactersOver(), "character") + ") over.", font, textWidth);
        for (int from = 0; from < rest.size(); from += perPage) {
            List<String> chunk = new ArrayList<>(heading);
            chunk.add("");
            chunk.addAll(rest.subList(from, Math.min(rest.size(), from + perPage)));
            page(doc, sheet, font, -1, panelX, caption, chunk);
        }
    }

    /** Lines the inside panel holds at handwriting size. */
    static int capacity(CardSize size) {
        float usable = size.height() - 2 * MARGIN - FONT_SIZE;
        return (int) Math.floor(usable / LEADING) + 1;
    }

    private static int charactersIn(List<String> lines, int from) {
        int count = 0;
        for (int i = from; i < lines.size(); i++) {
            count += lines.get(i).codePointCount(0, lines.get(i).length());
        }
        return count;
    }

    private static void page(PDDocument doc, PDRectangle box, PDType0Font font, float foldX, float panelX,
                             List<String> caption, List<String> lines) throws IOException {
        PDPage page = new PDPage(box);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            if (foldX > 0) {
                cs.setStrokingColor(0.6f);
                cs.setLineWidth(0.5f);
                cs.setLineDashPattern(new float[] {3, 3}, 0);
                cs.moveTo(foldX, 0);
                cs.lineTo(foldX, box.getHeight());
                cs.stroke();
                cs.setNonStrokingColor(0.45f);
                text(cs, font, CAPTION_SIZE, foldX + 3, 12, "fold");
            }
            cs.setNonStrokingColor(0.45f);
            float captionY = box.getHeight() - 12;
            for (String line : caption) {
                text(cs, font, CAPTION_SIZE, panelX + MARGIN, captionY, line);
                captionY -= CAPTION_SIZE + 1;
            }
            cs.setNonStrokingColor(0f);
            float y = box.getHeight() - MARGIN - FONT_SIZE;
            for (String line : lines) {
                if (!line.isEmpty()) {
                    text(cs, font, FONT_SIZE, panelX + MARGIN, y, visualOrder(line));
                }
                y -= LEADING;
            }
        }
    }

    /** The caption wrapped at its small size; our captions are written to take at most two lines. */
    private static List<String> captionLines(String caption, PDType0Font font, float width) throws IOException {
        return layout(caption, font, width * FONT_SIZE / CAPTION_SIZE);
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
        throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Word-wraps paragraphs to the width; a blank line separates paragraphs; over-long words are broken. */
    static List<String> layout(String text, PDType0Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        List<List<String>> paragraphs = NoteText.paragraphs(text);
        float space = width(font, " ");
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                out.add("");
            }
            for (String source : paragraphs.get(p)) {
                StringBuilder line = new StringBuilder();
                float lineWidth = 0;
                for (String word : source.split(" ")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    float w = width(font, word);
                    if (line.length() > 0 && lineWidth + space + w <= width) {
                        line.append(' ').append(word);
                        lineWidth += space + w;
                        continue;
                    }
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    if (w <= width) {
                        line.append(word);
                        lineWidth = w;
                        continue;
                    }
                    List<String> pieces = breakWord(word, font, width);
                    out.addAll(pieces.subList(0, pieces.size() - 1));
                    line.append(pieces.get(pieces.size() - 1));
                    lineWidth = width(font, line.toString());
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                }
            }
        }
        return out;
    }

    private static List<String> breakWord(String word, PDType0Font font, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(word);
        StringBuilder piece = new StringBuilder();
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String g = word.substring(start, end);
            if (piece.length() > 0 && width(font, piece + g) > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(g);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static float width(PDType0Font font, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * FONT_SIZE;
    }

    /** The line with right-to-left runs reversed into the order they are seen in. */
    static String visualOrder(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] parts = new Object[runs];
        for (int r = 0; r < runs; r++) {
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            levels[r] = (byte) bidi.getRunLevel(r);
            parts[r] = levels[r] % 2 == 1 ? reverseGraphemes(run) : run;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        StringBuilder out = new StringBuilder(line.length());
        for (Object part : parts) {
            out.append(part);
        }
        return out.toString();
    }

    private static String reverseGraphemes(String run) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(run);
        List<String> parts = new ArrayList<>();
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            parts.add(run.substring(start, end));
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = parts.size() - 1; i >= 0; i--) {
            out.append(parts.get(i));
        }
        return out.toString();
    }

    /** Decides per character whether the font can draw it, and remembers what was replaced. */
    static final class Glyphs {
        private final CmapLookup cmap;
        private final Map<Integer, Integer> replaced = new TreeMap<>();

        Glyphs(CmapLookup cmap) {
            this.cmap = cmap;
        }

        /**
         * Normalized text the font can draw: NFC, tabs as spaces, invisible format characters (bidi controls,
         * zero-width joiners, variation selectors, soft hyphens) removed, anything else without a glyph shown as
         * U+FFFD.
         */
        String printable(String text) {
            String normal = Normalizer.normalize(NoteText.normalize(text), Normalizer.Form.NFC);
            StringBuilder out = new StringBuilder(normal.length());
            normal.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == ' ') {
                    out.appendCodePoint(cp);
                } else if (cp == '\t') {
                    out.append(' ');
                } else if (Character.getType(cp) == Character.FORMAT || isVariationSelector(cp)) {
                    return;
                } else if (Character.getType(cp) != Character.SURROGATE && cmap.getGlyphId(cp) != 0) {
                    out.appendCodePoint(cp);
                } else {
                    replaced.merge(cp, 1, Integer::sum);
                    out.appendCodePoint(REPLACEMENT);
                }
            });
            return out.toString();
        }

        private static boolean isVariationSelector(int cp) {
            return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
        }

        List<String> replaced() {
            List<String> out = new ArrayList<>();
            replaced.forEach((cp, n) -> out.add(String.format("U+%04X", cp)
                + (Character.getType(cp) == Character.SURROGATE ? "" : " " + new String(Character.toChars(cp)))
                + (n > 1 ? " (" + n + " times)" : "")));
            return out;
        }
    }
}
