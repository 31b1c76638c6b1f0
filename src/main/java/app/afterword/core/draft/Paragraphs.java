// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.function.UnaryOperator;

/**
 * The one rule for a note's line and paragraph breaks, shared by drafting (tidying a rendered template) and export
 * (text leaving the app), so a paragraph is a paragraph everywhere and both agree on what a line break is.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * Every kind of line break (CR LF, CR, NEL, the Unicode line and paragraph separators) becomes LF, each line is
     * passed through {@code cleanLine}, lines that end up empty separate paragraphs, at most one blank line stays
     * between two paragraphs and none at either end.
     */
    public static String reflow(String text, UnaryOperator<String> cleanLine) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n')
            .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
        StringBuilder sb = new StringBuilder();
        int blank = 0;
        for (String line : unified.split("\n", -1)) {
            String l = cleanLine.apply(line);
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            sb.append(l);
        }
        return sb.toString();
    }
}
