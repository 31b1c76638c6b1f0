// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns LanguageTool's marked-up messages into plain sentences a person reads. */
final class PlainText {
    private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** The message for a word the dictionary doesn't know, with the word in typographic quotes. */
    static String spelling(String word) {
        return "Possible spelling mistake: \u201c" + word + "\u201d.";
    }

    /** The message without tags or entities: suggestions in quotes, whitespace collapsed. */
    static String message(String marked) {
        if (marked == null || marked.isBlank()) {
            return "";
        }
        String s = SUGGESTION.matcher(marked).replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1) + "'"));
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&lt;", "<")
            .replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
