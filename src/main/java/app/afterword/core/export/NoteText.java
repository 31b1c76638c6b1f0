// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Paragraphs;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that decides what a note's text looks like once it leaves the editor: line endings, paragraphs and
 * HTML. Every export (clipboard, e-mail, files, card) starts from {@link #paragraphs(String)}, so a paragraph the user
 * wrote is a paragraph in every format.
 */
public final class NoteText {
    private NoteText() {
    }

    /**
     * The text with LF line endings, no trailing spaces on lines, no leading or trailing blank lines, at most one blank
     * line between paragraphs, and without control characters other than line feed and tab.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Paragraphs.reflow(text, NoteText::cleanLine);
    }

    private static String cleanLine(String line) {
        StringBuilder clean = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            if (cp == '\t' || !Character.isISOControl(cp)) {
                clean.appendCodePoint(cp);
            }
        });
        return clean.toString().stripTrailing();
    }

    /** The paragraphs of the text, each a list of its lines (a single line break inside a paragraph is kept). */
    public static List<List<String>> paragraphs(String text) {
        String normal = normalize(text);
        List<List<String>> out = new ArrayList<>();
        if (normal.isEmpty()) {
            return out;
        }
        for (String para : normal.split("\n\n")) {
            out.add(List.of(para.split("\n")));
        }
        return out;
    }

    /** Plain text: the normalized text (paragraphs separated by one blank line), ending with a line break. */
    public static String plain(String text) {
        String normal = normalize(text);
        return normal.isEmpty() ? "" : normal + "\n";
    }

    /** An HTML fragment: one {@code <p>} per paragraph, {@code <br>} for a line break inside one, all text escaped. */
    public static String htmlFragment(String text) {
        StringBuilder out = new StringBuilder();
        for (List<String> para : paragraphs(text)) {
            out.append("<p>");
            for (int i = 0; i < para.size(); i++) {
                if (i > 0) {
                    out.append("<br>\n");
                }
                out.append(escapeHtml(para.get(i)));
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    /** A complete UTF-8 HTML document holding {@link #htmlFragment(String)}, for the HTML part of an e-mail. */
    public static String htmlDocument(String title, String text) {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
            + escapeHtml(title == null ? "" : title) + "</title>\n</head>\n<body>\n" + htmlFragment(text)
            + "</body>\n</html>\n";
    }

    /** Escapes the five characters that change meaning in HTML text and attribute values. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
