// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import app.afterword.core.draft.sandbox.TemplateError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours a template's text for the editor: references ({@code $name}, {@code ${...}}), directives ({@code #if},
 * {@code #foreach}, …), comments ({@code ##}, {@code #* *#}) and the metadata header, and underlines each problem
 * from its line and column. The colours themselves are in the stylesheet, so they follow the light and dark theme.
 */
final class TemplateHighlighter {

    /** Style class of a reference. */
    static final String REFERENCE = "tpl-reference";
    /** Style class of a directive. */
    static final String DIRECTIVE = "tpl-directive";
    /** Style class of a comment. */
    static final String COMMENT = "tpl-comment";
    /** Style class of a metadata header line. */
    static final String HEADER = "tpl-header";
    /** Style class of text with a problem. */
    static final String ERROR = "tpl-error";

    private static final Pattern TOKENS = Pattern.compile(
        "(?<header>^##\\s*[A-Za-z][A-Za-z-]*\\s*:[^\\n]*)"
            + "|(?<comment>##[^\\n]*|#\\*[\\s\\S]*?(?:\\*#|\\z))"
            + "|(?<directive>#\\{?(?:if|elseif|else|end|foreach|set|macro|break|stop|define)\\b\\}?"
            + "|#\\{?[A-Za-z][A-Za-z0-9_]*\\}?(?=\\())"
            + "|(?<reference>\\$!?\\{[^}\\n]*\\}?|\\$!?[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z][A-Za-z0-9_-]*)*)",
        Pattern.MULTILINE);

    private TemplateHighlighter() {
    }

    /** The style of each character of {@code text}, as spans. */
    static StyleSpans<Collection<String>> spans(String text, List<TemplateError> errors) {
        String[] styles = styles(text, errors);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (text.isEmpty()) {
            b.add(List.of(), 0);
            return b.create();
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !same(styles[i], styles[start])) {
                b.add(styleList(styles[start]), i - start);
                start = i;
            }
        }
        return b.create();
    }

    /** The style class of each character ("tpl-reference tpl-error" when both apply), null for plain text. */
    static String[] styles(String text, List<TemplateError> errors) {
        String[] styles = new String[text.length()];
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            String style = m.group("header") != null ? HEADER : m.group("comment") != null ? COMMENT
                : m.group("directive") != null ? DIRECTIVE : REFERENCE;
            for (int i = m.start(); i < m.end(); i++) {
                styles[i] = style;
            }
        }
        for (TemplateError e : errors) {
            int at = offset(text, e.line(), e.column());
            if (at < 0) {
                continue;
            }
            int end = Math.min(text.length(), at + Math.max(1, e.length()));
            for (int i = at; i < end; i++) {
                styles[i] = styles[i] == null ? ERROR : styles[i].contains(ERROR) ? styles[i] : styles[i] + " " + ERROR;
            }
        }
        return styles;
    }

    /** The character offset of a line and column (both from 1), or -1 when there is no such place. */
    static int offset(String text, int line, int column) {
        if (line < 1 || column < 1) {
            return -1;
        }
        int at = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return -1;
            }
            at = nl + 1;
        }
        int lineEnd = text.indexOf('\n', at);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(at + column - 1, Math.max(at, end - 1));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Collection<String> styleList(String style) {
        if (style == null) {
            return List.of();
        }
        return new ArrayList<>(List.of(style.split(" ")));
    }
}
