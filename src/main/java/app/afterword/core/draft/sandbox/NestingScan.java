// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

/**
 * Measures, before Velocity parses a template, how deeply its blocks and brackets nest. Velocity's parser and
 * renderer go one level down the Java stack per level of nesting, so a template well under the size limit with
 * thousands of nested {@code #if} blocks or parentheses would overflow the stack. No note needs more than a handful
 * of levels; past {@link #MAX_BLOCK_DEPTH} blocks or {@link #MAX_BRACKET_DEPTH} brackets the template is refused
 * with the line and column where the limit was passed.
 *
 * <p>Blocks are {@code #if}, {@code #foreach}, {@code #macro}, {@code #define} and block macro calls
 * ({@code #@name}), each closed by {@code #end}. Brackets are {@code (}, {@code [} and {@code {} inside a directive's
 * or a reference's arguments; brackets in the note's own text and in quoted text are not counted. Comments,
 * unparsed sections ({@code #[[ … ]]#}) and escaped {@code \#} are skipped.
 */
final class NestingScan {
    /** The most blocks a template may nest inside each other. */
    static final int MAX_BLOCK_DEPTH = 100;
    /** The most brackets a template may nest inside each other in one directive or reference. */
    static final int MAX_BRACKET_DEPTH = 200;

    private final String name;
    private final String text;
    private int at;
    private int line = 1;
    private int lineStart;

    private NestingScan(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The first place where nesting passes a limit, or null when the template stays within them. */
    static TemplateError scan(String name, String text) {
        return new NestingScan(name, text).run();
    }

    private TemplateError run() {
        int blocks = 0;
        int n = text.length();
        while (at < n) {
            char c = text.charAt(at);
            if (c == '\n') {
                newLine();
                continue;
            }
            if (c == '\\' && at + 1 < n && (text.charAt(at + 1) == '#' || text.charAt(at + 1) == '$')) {
                at += 2;
                continue;
            }
            if (c == '#') {
                if (text.startsWith("##", at)) {
                    skipTo("\n", false);
                    continue;
                }
                if (text.startsWith("#*", at)) {
                    skipTo("*#", true);
                    continue;
                }
                if (text.startsWith("#[[", at)) {
                    skipTo("]]#", true);
                    continue;
                }
                int start = at;
                int startLine = line;
                int startColumn = column(start);
                String directive = directiveName();
                if (directive == null) {
                    at = start + 1;
                    continue;
                }
                boolean arguments = skipBlanksTo('(');
                if ("end".equals(directive)) {
                    blocks = Math.max(0, blocks - 1);
                } else if (arguments && isBlock(directive)) {
                    blocks++;
                    if (blocks > MAX_BLOCK_DEPTH) {
                        return new TemplateError(name, startLine, startColumn, directive.length() + 1, "`#"
                            + directive + "` is nested more than " + MAX_BLOCK_DEPTH + " blocks deep (inside other "
                            + "`#if`, `#foreach`, `#macro` or `#define` blocks), which is more than a template may "
                            + "nest; close the blocks above it with `#end`, or write the template flatter.");
                    }
                }
                if (arguments) {
                    TemplateError error = arguments();
                    if (error != null) {
                        return error;
                    }
                }
                continue;
            }
            if (c == '$') {
                TemplateError error = reference();
                if (error != null) {
                    return error;
                }
                continue;
            }
            at++;
        }
        return null;
    }

    private static boolean isBlock(String directive) {
        return directive.equals("if") || directive.equals("foreach") || directive.equals("macro")
            || directive.equals("define") || directive.startsWith("@");
    }

    /** Reads {@code #name} or {@code #{name}} from {@code at}; leaves {@code at} after it. */
    private String directiveName() {
        int i = at + 1;
        boolean braced = i < text.length() && text.charAt(i) == '{';
        if (braced) {
            i++;
        }
        int from = i;
        if (i < text.length() && text.charAt(i) == '@') {
            i++;
        }
        if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == '-')) {
            i++;
        }
        String directive = text.substring(from, i);
        if (braced) {
            if (i >= text.length() || text.charAt(i) != '}') {
                return null;
            }
            i++;
        }
        at = i;
        return directive;
    }

    /** A reference: {@code $name}, {@code $!{name}}, with the brackets of its calls and indexes. */
    private TemplateError reference() {
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '!') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '{') {
            at = i;
            return arguments();
        }
        if (i >= text.length() || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            at = i;
            return null;
        }
        while (true) {
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '-')) {
                i++;
            }
            at = i;
            if (i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '[')) {
                TemplateError error = arguments();
                if (error != null) {
                    return error;
                }
                i = at;
            }
            if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return null;
        }
    }

    /** Brackets from the opening one at {@code at} to the one that closes it; quoted text is skipped. */
    private TemplateError arguments() {
        int depth = 0;
        int n = text.length();
        while (at < n) {
            char c = text.charAt(at);
            if (c == '\n') {
                newLine();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > MAX_BRACKET_DEPTH) {
                    return new TemplateError(name, line, column(at), 1, "`" + c + "` is nested more than "
                        + MAX_BRACKET_DEPTH + " brackets deep, which is more than a template may nest; work the "
                        + "value out in steps with `#set`.");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth <= 0) {
                    at++;
                    return null;
                }
            } else if (c == '"' || c == '\'') {
                at++;
                skipTo(String.valueOf(c), true);
                continue;
            }
            at++;
        }
        return null;
    }

    /** After blanks and line breaks, is the next character {@code c}? Moves past the blanks only if it is. */
    private boolean skipBlanksTo(char c) {
        int i = at;
        int l = line;
        int ls = lineStart;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                l++;
                ls = i + 1;
            }
            i++;
        }
        if (i < text.length() && text.charAt(i) == c) {
            at = i;
            line = l;
            lineStart = ls;
            return true;
        }
        return false;
    }

    /** Moves to {@code end} (past it when {@code past}), or to the end of the text, counting lines. */
    private void skipTo(String end, boolean past) {
        int found = text.indexOf(end, at);
        int stop = found < 0 ? text.length() : past ? found + end.length() : found;
        for (int i = at; i < stop; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        at = stop;
    }

    private void newLine() {
        at++;
        line++;
        lineStart = at;
    }

    private int column(int index) {
        return index - lineStart + 1;
    }
}
