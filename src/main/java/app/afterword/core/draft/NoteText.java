// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies rendered template text into a note: one space between words, no space before punctuation, one blank line
 * between paragraphs, and the {@code Subject:} line of an e-mail template taken off the top. Templates can then
 * use optional parts freely without leaving doubled spaces or stray blank lines behind.
 */
public final class NoteText {

    private static final Pattern SUBJECT = Pattern.compile("(?i)^subject\\s*:\\s*(.*)$");
    private static final Pattern MARKUP = Pattern.compile(
        "\\$!?\\{|\\$!?(interviewer|candidate|interview|note)\\b|#(end|else|elseif|if|foreach|set|macro|define)\\b");

    private NoteText() {
    }

    /** A note split into its subject (null when the text has none) and its body. */
    public record Parts(String subject, String body) {
    }

    /** Splits off a leading {@code Subject:} line and tidies both parts. */
    public static Parts split(String rendered) {
        String text = tidy(rendered);
        String subject = null;
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        Matcher m = SUBJECT.matcher(first);
        if (m.matches()) {
            subject = m.group(1).strip();
            text = tidy(nl < 0 ? "" : text.substring(nl + 1));
        }
        return new Parts(subject == null || subject.isEmpty() ? null : subject, text);
    }

    /** Normalises spacing, punctuation spacing, line endings and paragraph breaks. */
    public static String tidy(String text) {
        return Paragraphs.reflow(text.replace('\u00a0', ' '), line -> {
            String l = line.replaceAll("[ \\t]+", " ").strip();
            return l.replaceAll(" +([,.;:!?)])", "$1").replaceAll("\\( +", "(");
        });
    }

    /** The first piece of template markup left in a note, or null: a sign the template is broken. */
    public static String leftoverMarkup(String text) {
        Matcher m = MARKUP.matcher(text == null ? "" : text);
        return m.find() ? m.group() : null;
    }
}
