// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<=\\p{L})\\.\\.(?!\\.)");
    private static final Pattern MARK_BEFORE_COMMA = Pattern.compile("[?!],");
    private static final Pattern STOP_AFTER_MARK = Pattern.compile("([?!])[.;]");
    private static final Pattern DOUBLE_COMMA = Pattern.compile(",(\\s*,)+");
    private static final Pattern WORD_STOP_COMMA = Pattern.compile("(\\b\\p{Ll}{4,})\\.,");
    private static final Pattern LOWER_AFTER_STOP = Pattern.compile("((?<![.\\p{Lu}])\\b\\p{Ll}{3,}[.!?] )(\\p{Ll}+)");

    private static final Set<String> SHORTENED = Set.of("etc", "approx", "incl", "esp", "dept", "misc", "vs",
        "min", "max", "nos", "viz");

    private NoteText() {
    }

    /** A note split into its subject (null when the text has none) and its body. */
    public record Parts(String subject, String body) {
    }

    /** Splits off a leading {@code Subject:} line and tidies both parts. */
    public static Parts split(String rendered) {
        return split(rendered, Set.of());
    }

    /**
     * Splits off a leading {@code Subject:} line and tidies both parts, with the punctuation pass that mends what an
     * inserted item can leave behind ({@link #mendPunctuation}); {@code names} are never changed by it.
     */
    public static Parts split(String rendered, Collection<String> names) {
        String text = mendPunctuation(tidy(rendered), names);
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

    /**
     * Mends the punctuation an inserted item can leave behind: "Inc.." after an abbreviation at the end of a sentence
     * becomes "Inc.", "?," and "!," lose the mark before the comma, ".," after an ordinary word and ",," become ",",
     * "?." becomes "?", and a sentence that starts in lower case after a full stop gets its capital, unless the word
     * is one of {@code names} (some people write their names in lower case). An ellipsis stays as it is.
     */
    public static String mendPunctuation(String text, Collection<String> names) {
        Set<String> keep = new HashSet<>();
        for (String name : names) {
            if (name != null) {
                for (String part : name.split("[\\s,]+")) {
                    keep.add(part);
                }
            }
        }
        String s = DOUBLE_STOP.matcher(text).replaceAll(".");
        s = MARK_BEFORE_COMMA.matcher(s).replaceAll(",");
        s = STOP_AFTER_MARK.matcher(s).replaceAll("$1");
        s = DOUBLE_COMMA.matcher(s).replaceAll(",");
        Matcher m = WORD_STOP_COMMA.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + ","));
        }
        m.appendTail(sb);
        s = sb.toString();
        Matcher lower = LOWER_AFTER_STOP.matcher(s);
        sb = new StringBuilder();
        while (lower.find()) {
            String word = lower.group(2);
            String before = lower.group(1).substring(0, lower.group(1).length() - 2);
            String fixed = keep.contains(word) || SHORTENED.contains(before) ? word
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
            lower.appendReplacement(sb, Matcher.quoteReplacement(lower.group(1) + fixed));
        }
        lower.appendTail(sb);
        return sb.toString();
    }

    /** The first piece of template markup left in a note, or null: a sign the template is broken. */
    public static String leftoverMarkup(String text) {
        Matcher m = MARKUP.matcher(text == null ? "" : text);
        return m.find() ? m.group() : null;
    }
}
