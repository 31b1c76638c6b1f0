// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.etiquette.Span;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioNote;
import app.afterword.core.interview.Interview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
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
 * A printable handout of one coach scenario for a workshop: the situation, the weak note and the strong note, and
 * every finding with the reason behind it. Trainers hand it out after showing the scenario on screen, so people keep
 * the reasoning, not only the rule ids.
 *
 * <p>It draws with the same embedded font and the same line breaking as the card PDF ({@link CardPdf}), so it prints
 * the same everywhere and a character the font lacks shows as a visible mark instead of vanishing.
 */
public final class CoachHandout {

    /** The paper the handout is laid out for. */
    public enum Paper {
        A4(PDRectangle.A4),
        LETTER(PDRectangle.LETTER);

        private final PDRectangle box;

        Paper(PDRectangle box) {
            this.box = box;
        }

        /** Letter where it is the usual paper (North America and a few other countries), A4 elsewhere. */
        public static Paper forLocale(Locale locale) {
            return java.util.Set.of("US", "CA", "MX", "PH", "CL", "CO").contains(locale.getCountry()) ? LETTER : A4;
        }

        /** The spelling used on the command line ("a4", "letter"). */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final float MARGIN = 56f;
    private static final float TITLE = 18f;
    private static final float HEADING = 13f;
    private static final float BODY = 10.5f;
    private static final float SMALL = 8.5f;
    private static final float NOTE_INDENT = 14f;
    private static final float FINDING_INDENT = 16f;

    private final FontFile font;

    /** A handout writer drawing with {@code font} (normally {@link FontFile#bundled()}). */
    public CoachHandout(FontFile font) {
        if (font == null) {
            throw new IllegalArgumentException("font is required");
        }
        this.font = font;
    }

    /**
     * The handout of a scenario whose notes have been checked.
     *
     * @throws ExportException when the PDF cannot be made (a damaged font)
     */
    public byte[] render(Scenario.Comparison comparison, Paper paper) throws ExportException {
        if (comparison == null || paper == null) {
            throw new IllegalArgumentException("comparison and paper are required");
        }
        Scenario s = comparison.scenario();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
             PDDocument doc = new PDDocument()) {
            PDType0Font pdFont = PDType0Font.load(doc, ttf, true);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            Layout out = new Layout(pdFont, new CardPdf.Glyphs(cmap), cp -> cmap.getGlyphId(cp) != 0,
                paper.box.getWidth() - 2 * MARGIN);
            out.text("Afterword coach handout", SMALL, 0, Ink.MUTED, 0);
            out.text(s.title(), TITLE, 0, Ink.TEXT, 4);
            out.text(context(s), BODY, 0, Ink.MUTED, 6);
            out.heading("The situation", 14);
            out.text(s.situation(), BODY, 0, Ink.TEXT, 4);
            out.heading("What it teaches", 14);
            for (Rule r : s.teaches()) {
                out.text(r.id() + "  " + r.title(), BODY, 0, Ink.TEXT, 2);
            }
            note(out, "The weak note", s.weak(), comparison.weak());
            note(out, "The strong note", s.strong(), comparison.strong());
            out.heading("The lesson", 16);
            out.text(s.lesson(), BODY, 0, Ink.TEXT, 4);
            out.draw(doc, paper.box, "Afterword coach: " + s.id());
            doc.getDocumentInformation().setTitle("Coach handout: " + s.title());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new ExportException("Couldn't make the handout for \"" + s.title() + "\". Nothing was written.",
                e);
        }
    }

    private static String context(Scenario s) {
        Interview i = s.interview();
        return i.company() + ", " + i.role() + ". The note is for " + s.recipient().name()
            + (s.recipient().title() == null ? "" : ", " + s.recipient().title()) + ".";
    }

    private static void note(Layout out, String heading, ScenarioNote n, EtiquetteReport report) throws IOException {
        out.heading(heading, 18);
        out.text(n.kind().id() + " by " + n.medium().id(), SMALL, 0, Ink.MUTED, 2);
        if (n.subject() != null) {
            out.text("Subject: " + n.subject(), BODY, NOTE_INDENT, Ink.TEXT, 6);
        }
        out.rule();
        out.text(n.text(), BODY, NOTE_INDENT, Ink.TEXT, 6);
        out.endRule();
        out.text("What the checks found: " + report.summary(), BODY, 0, Ink.TEXT, 10);
        int k = 1;
        for (Finding f : report.findings()) {
            out.keepTogether(3);
            out.text(k++ + ". " + severity(f) + " " + f.ruleId() + ": " + f.message(), BODY, 0, ink(f), 8);
            String quoted = quoted(n, f.span());
            if (quoted != null) {
                out.text("In the note: \u201C" + quoted + "\u201D", SMALL + 0.5f, FINDING_INDENT, Ink.MUTED, 2);
            }
            out.text("Why: " + f.why(), SMALL + 0.5f, FINDING_INDENT, Ink.TEXT, 2);
            out.text("Try: " + f.suggestion(), SMALL + 0.5f, FINDING_INDENT, Ink.TEXT, 2);
        }
    }

    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "Fix";
            case WARNING -> "Consider";
            case TIP -> "Tip";
        };
    }

    private static Ink ink(Finding f) {
        return switch (f.severity()) {
            case ERROR -> Ink.ERROR;
            case WARNING -> Ink.WARNING;
            case TIP -> Ink.ACCENT;
        };
    }

    /** The passage a finding is about, on one line, or null when it is about the note as a whole. */
    static String quoted(ScenarioNote n, Span span) {
        if (span == null) {
            return null;
        }
        String source = span.part() == Span.Part.SUBJECT ? n.subject() : n.text();
        if (source == null) {
            return null;
        }
        String q = span.of(source).replaceAll("\\s+", " ").strip();
        return q.isEmpty() ? null : q;
    }

    /**
     * The text with every symbol the font cannot draw spelled out by its Unicode name ("[emoji: video game]"), so a
     * finding about an emoji still shows what it is about on paper.
     */
    static String spelledOut(String text, IntPredicate drawable) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (drawable.test(cp) || Character.isWhitespace(cp) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.NON_SPACING_MARK || cp >= 0xFE00 && cp <= 0xFE0F) {
                out.appendCodePoint(cp);
                return;
            }
            String name = Character.getName(cp);
            out.append(type == Character.OTHER_SYMBOL ? "[emoji: " : "[").append(name == null
                ? String.format(Locale.ROOT, "U+%04X", cp) : name.toLowerCase(Locale.ROOT)).append(']');
        });
        return out.toString();
    }

    /** Colours, grey levels and accent tones that print well in black and white too. */
    private enum Ink {
        TEXT(0f, 0f, 0f), MUTED(0.4f, 0.4f, 0.4f), ACCENT(0.05f, 0.3f, 0.6f), ERROR(0.7f, 0.1f, 0.1f),
        WARNING(0.55f, 0.35f, 0f);

        private final float r;
        private final float g;
        private final float b;

        Ink(float r, float g, float b) {
            this.r = r;
            this.g = g;
            this.b = b;
        }
    }

    /** One laid-out line: where it goes is decided when the lines are cut into pages. */
    private record Line(String text, float size, float indent, Ink ink, float gapBefore, boolean ruled,
                        boolean keepWithNext) {
    }

    /** Collects wrapped lines, then cuts them into pages and draws them. */
    private static final class Layout {
        private final PDType0Font font;
        private final CardPdf.Glyphs glyphs;
        private final IntPredicate drawable;
        private final float width;
        private final List<Line> lines = new ArrayList<>();
        private boolean ruled;
        private int keep;

        Layout(PDType0Font font, CardPdf.Glyphs glyphs, IntPredicate drawable, float width) {
            this.font = font;
            this.glyphs = glyphs;
            this.drawable = drawable;
            this.width = width;
        }

        void heading(String text, float gapBefore) throws IOException {
            keepTogether(2);
            text(text, HEADING, 0, Ink.ACCENT, gapBefore);
        }

        void text(String text, float size, float indent, Ink ink, float gapBefore) throws IOException {
            List<String> wrapped = CardPdf.layout(glyphs.printable(spelledOut(text, drawable)), font,
                (width - indent) * CardPdf.FONT_SIZE / size);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new Line(wrapped.get(i), size, indent, ink, i == 0 ? gapBefore : 0, ruled, keep > 0));
                keep = Math.max(0, keep - 1);
            }
        }

        void rule() {
            ruled = true;
        }

        void endRule() {
            ruled = false;
        }

        /** Keeps the next {@code count} lines on the same page as the one after them. */
        void keepTogether(int count) {
            keep = count;
        }

        void draw(PDDocument doc, PDRectangle box, String footer) throws IOException {
            List<List<Line>> pages = new ArrayList<>();
            List<Line> page = new ArrayList<>();
            float top = box.getHeight() - MARGIN;
            float y = top;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                float need = l.gapBefore + l.size * 1.45f;
                int group = i;
                float groupNeed = need;
                while (lines.get(group).keepWithNext && group + 1 < lines.size()) {
                    group++;
                    groupNeed += lines.get(group).gapBefore + lines.get(group).size * 1.45f;
                }
                boolean startOfGroup = i == 0 || !lines.get(i - 1).keepWithNext;
                if (!page.isEmpty() && y - (startOfGroup ? groupNeed : need) < MARGIN) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = top;
                }
                page.add(l);
                y -= page.size() == 1 ? l.size * 1.45f : need;
            }
            if (!page.isEmpty()) {
                pages.add(page);
            }
            for (int p = 0; p < pages.size(); p++) {
                drawPage(doc, box, pages.get(p), footer + "    Page " + (p + 1) + " of " + pages.size());
            }
        }

        private void drawPage(PDDocument doc, PDRectangle box, List<Line> content, String footer)
            throws IOException {
            PDPage page = new PDPage(box);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = box.getHeight() - MARGIN;
                boolean first = true;
                for (Line l : content) {
                    float lead = l.size * 1.45f;
                    y -= (first ? 0 : l.gapBefore) + (first ? l.size : lead);
                    first = false;
                    if (l.ruled) {
                        cs.setNonStrokingColor(0.8f, 0.8f, 0.8f);
                        cs.addRect(MARGIN + 2, y - l.size * 0.45f, 2f, lead);
                        cs.fill();
                    }
                    if (!l.text.isEmpty()) {
                        cs.setNonStrokingColor(l.ink.r, l.ink.g, l.ink.b);
                        cs.beginText();
                        cs.setFont(font, l.size);
                        cs.newLineAtOffset(MARGIN + l.indent, y);
                        cs.showText(CardPdf.visualOrder(l.text));
                        cs.endText();
                    }
                }
                cs.setNonStrokingColor(0.45f, 0.45f, 0.45f);
                cs.beginText();
                cs.setFont(font, SMALL);
                cs.newLineAtOffset(MARGIN, MARGIN / 2);
                cs.showText(glyphs.printable(footer));
                cs.endText();
            }
        }
    }
}
