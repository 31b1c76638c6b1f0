// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import app.afterword.core.draft.model.Meeting;
import app.afterword.core.draft.model.NoteInfo;
import app.afterword.core.draft.model.Recipient;
import app.afterword.core.draft.model.Sender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.MacroOverflowException;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.TemplateParseException;

/**
 * Turns Velocity's exceptions into sentences a template author can act on, with the line and column of the
 * reference at fault and, for a typo, the field that was probably meant. Velocity's own messages (Java class names,
 * token lists) never reach the user.
 */
final class ErrorTranslator {

    private static final Pattern PLACE = Pattern.compile("\\[line (\\d+), column (\\d+)]");
    private static final Pattern NOT_SET = Pattern.compile("Variable \\$!?\\{?(\\w+)}? has not been set");
    private static final Pattern NO_MEMBER = Pattern.compile(
        "Object '([\\w.$]+)' does not contain (property|method) '?(\\w+)");
    private static final Pattern NULL_VALUE = Pattern.compile("evaluated to null|on a null value");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\"");
    private static final Pattern LEXICAL = Pattern.compile(
        "Lexical error at line (\\d+), column (\\d+)\\.\\s+Encountered: (.*?) after prefix \"(.*)\" \\(in lexical",
        Pattern.DOTALL);
    /** A {@code #define} block that renders itself: Velocity stops at the define depth and renders null. */
    private static final Pattern SELF_DEFINE = Pattern.compile(
        "Reference \\$!?\\{?(\\w+)}? evaluated to object \\S*Block\\$Reference whose toString\\(\\) method "
            + "returned null");
    private static final Pattern MACRO = Pattern.compile("Macro '#(\\w+)' is not defined");
    private static final Set<String> INCLUDES = Set.of("include", "parse", "evaluate");
    private static final Set<String> FORBIDDEN = Set.of("class", "getClass", "forName", "classLoader",
        "getClassLoader", "getDeclaredMethods", "getMethods", "getDeclaredFields", "newInstance", "invoke",
        "getRuntime", "exec");
    private static final Map<String, Class<?>> KNOWN_TYPES = Map.of(
        Recipient.class.getName(), Recipient.class,
        Sender.class.getName(), Sender.class,
        Meeting.class.getName(), Meeting.class,
        NoteInfo.class.getName(), NoteInfo.class,
        String.class.getName(), String.class);
    private static final String ROOTS = "$interviewer, $candidate, $interview and $note";

    private final AllowlistUberspector allowlist;
    private final Function<TemplateSource, String> sources;

    ErrorTranslator(AllowlistUberspector allowlist, Function<TemplateSource, String> sources) {
        this.allowlist = allowlist;
        this.sources = sources;
    }

    /** Explains a failed parse. */
    TemplateError translateParse(TemplateSource source, ParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = 0;
        int column = 0;
        if (e instanceof TemplateParseException tpe) {
            line = tpe.getLineNumber();
            column = tpe.getColumnNumber();
        }
        return syntax(source, message, line, column);
    }

    /** Explains a failed render (or a failure while preparing a parsed template). */
    TemplateError translate(TemplateSource source, Throwable e, Set<String> variables) {
        TemplateBudgetException budget = find(e, TemplateBudgetException.class);
        if (budget != null) {
            int[] at = place(e);
            boolean located = budget.kind() == TemplateBudgetException.Kind.INCLUDE;
            return new TemplateError(source.name(), located ? at[0] : 0, located ? at[1] : 0, 1, budget.getMessage());
        }
        if (find(e, MacroOverflowException.class) != null) {
            int[] at = place(e);
            return new TemplateError(source.name(), at[0], at[1], 1, "Macros call each other too deeply (more than 5 "
                + "levels); look for a macro that calls itself.");
        }
        Matcher selfDefine = SELF_DEFINE.matcher(String.valueOf(e.getMessage()));
        if (selfDefine.find()) {
            int[] at = place(e);
            String ref = "$" + selfDefine.group(1);
            return new TemplateError(source.name(), at[0], at[1], ref.length(), "`" + ref + "` is used inside its "
                + "own `#define` (directly or through another `#define`), so it would never end; take `" + ref
                + "` out of the block it defines.");
        }
        if (e instanceof MethodInvocationException mie) {
            return member(source, mie, variables);
        }
        if (e instanceof ParseErrorException pe) {
            return syntax(source, String.valueOf(pe.getMessage()), pe.getLineNumber(), pe.getColumnNumber());
        }
        if (e instanceof TemplateInitException tie) {
            return syntax(source, String.valueOf(tie.getMessage()), tie.getLineNumber(), tie.getColumnNumber());
        }
        if (e instanceof ResourceNotFoundException) {
            int[] at = place(e);
            return new TemplateError(source.name(), at[0], at[1], 1, "Templates can't include files or other "
                + "templates.");
        }
        ParseException parse = find(e, ParseException.class);
        if (parse != null) {
            return translateParse(source, parse);
        }
        String message = String.valueOf(e.getMessage());
        int[] at = place(e);
        if (NULL_VALUE.matcher(message).find() && at[0] > 0) {
            return nullValue(source, at[0], at[1]);
        }
        if (MACRO.matcher(message).find()) {
            return syntax(source, message, at[0], at[1]);
        }
        return new TemplateError(source.name(), at[0], at[1], 1, "The template couldn't be rendered ("
            + e.getClass().getSimpleName() + ").");
    }

    private TemplateError member(TemplateSource source, MethodInvocationException e, Set<String> variables) {
        String message = String.valueOf(e.getMessage());
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        Matcher notSet = NOT_SET.matcher(message);
        if (notSet.find()) {
            String name = notSet.group(1);
            Reference found = reference(source, line, column, "$" + name);
            Reference ref = new Reference(found.line, found.column, "$" + name);
            Set<String> known = new TreeSet<>(variables);
            String hint = closest(name, known).map(s -> " — did you mean `$" + s + "`?")
                .orElse("; a template can use " + ROOTS + ".");
            return new TemplateError(source.name(), ref.line, ref.column, ref.text.length(),
                "`" + ref.text + "` is not defined" + hint);
        }
        Matcher noMember = NO_MEMBER.matcher(message);
        if (noMember.find()) {
            return noMember(source, line, column, noMember.group(1), "method".equals(noMember.group(2)),
                noMember.group(3));
        }
        if (NULL_VALUE.matcher(message).find()) {
            return nullValue(source, line, column);
        }
        if (e.getCause() != null && e.getMethodName() != null) {
            Reference ref = reference(source, line, column, "$" + e.getReferenceName() + "." + e.getMethodName());
            String why;
            if (find(e.getCause(), UnsupportedOperationException.class) != null) {
                why = "isn't allowed in templates: templates only read the interview, they can't change it.";
            } else if (find(e.getCause(), IndexOutOfBoundsException.class) != null) {
                why = "asks for a position that isn't there in this interview (the text or list is shorter); test "
                    + "its length or size first.";
            } else {
                why = "failed for this interview; check the values it is given.";
            }
            return new TemplateError(source.name(), ref.line, ref.column, ref.text.length(), "`" + ref.text + "` "
                + why);
        }
        return new TemplateError(source.name(), line, column, 1, firstLine(message));
    }

    private TemplateError nullValue(TemplateSource source, int line, int column) {
        Reference ref = reference(source, line, column, "this value");
        String text = ref.text;
        int cut = column - ref.column;
        if (cut > 1 && cut <= text.length() && text.charAt(cut - 1) == '.') {
            text = text.substring(0, cut - 1);
        }
        String test = text.replaceAll("\\(.*$", "");
        String quiet = test.startsWith("$") ? "`$!" + test.substring(1) + "`" : "a quiet reference (`$!`)";
        return new TemplateError(source.name(), ref.line, ref.column, text.length(), "`" + text + "` has no value "
            + "for this interview; write it inside `#if(" + test + ") … #end`, or use " + quiet + " to leave it "
            + "out.");
    }

    private TemplateError noMember(TemplateSource source, int line, int column, String typeName, boolean method,
                                   String name) {
        Reference ref = reference(source, line, column, "." + name);
        String shown = "`" + ref.text + (method && !ref.text.endsWith(")") ? "(…)" : "") + "`";
        Class<?> type = KNOWN_TYPES.get(typeName);
        if (type != null && allowlist.fieldsOf(type).contains(name)) {
            return new TemplateError(source.name(), ref.line, ref.column, ref.text.length(), shown + " can't be "
                + "changed: templates only read the interview. Keep your own value with `#set($myName = …)`.");
        }
        if (FORBIDDEN.contains(name) || type == null || hasJavaMember(type, name)) {
            return new TemplateError(source.name(), ref.line, ref.column, ref.text.length(), shown
                + " uses a feature that isn't allowed in templates.");
        }
        if (type == String.class) {
            Optional<String> near = closest(name, Set.of("toUpperCase", "toLowerCase", "trim", "length",
                "isEmpty", "startsWith", "endsWith", "contains", "substring"));
            return new TemplateError(source.name(), ref.line, ref.column, ref.text.length(), shown
                + " is not something text can do" + near.map(s -> " — did you mean `" + s + "`?").orElse("."));
        }
        Set<String> fields = new TreeSet<>(allowlist.fieldsOf(type));
        String hint = closest(name, fields).map(s -> " — did you mean `" + s + "`?")
            .orElse("; the fields are " + String.join(", ", fields) + ".");
        return new TemplateError(source.name(), ref.line, ref.column, ref.text.length(), shown + " is not a field"
            + hint);
    }

    private static boolean hasJavaMember(Class<?> type, String name) {
        for (var m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private TemplateError syntax(TemplateSource source, String message, int line, int column) {
        Matcher lexical = LEXICAL.matcher(message);
        if (lexical.find()) {
            int l = Integer.parseInt(lexical.group(1));
            int c = Integer.parseInt(lexical.group(2));
            String prefix = lexical.group(4).replace("\\u001c", "").replace("\\'", "'").replace("\\\"", "\"")
                .replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "");
            if (prefix.startsWith("'") || prefix.startsWith("\"")) {
                int[] at = locate(sources.apply(source), prefix, l, c);
                return new TemplateError(source.name(), at[0], at[1], 1, "A quoted text that starts here is never "
                    + "closed; add the closing " + (prefix.startsWith("'") ? "'" : "\"") + ".");
            }
            return new TemplateError(source.name(), l, c, 1, "Velocity can't read the text here; check for a stray "
                + "`#` or `$`.");
        }
        Matcher macro = MACRO.matcher(message);
        if (macro.find()) {
            String name = macro.group(1);
            int[] at = line > 0 ? new int[] {line, column} : place(message);
            if (INCLUDES.contains(name.toLowerCase(Locale.ROOT))) {
                return new TemplateError(source.name(), at[0], at[1], name.length() + 1, "Templates can't include "
                    + "files or other templates (`#" + name + "`).");
            }
            return new TemplateError(source.name(), at[0], at[1], name.length() + 1, "`#" + name + "` is not "
                + "defined in this template; define it above with `#macro(" + name + ")`, or write `\\#" + name
                + "` for a literal #.");
        }
        if (line <= 0) {
            int[] at = place(message);
            line = at[0];
            column = at[1];
        }
        Matcher encountered = ENCOUNTERED.matcher(message);
        if (encountered.find()) {
            String token = encountered.group(1);
            String what;
            if (token.equals("#end") || token.equals("#{end}")) {
                what = "`#end` has no matching `#if`, `#foreach`, `#macro` or `#define` above it.";
            } else if (token.startsWith("#else")) {
                what = "`" + token + "` must sit between an `#if` and its `#end`.";
            } else if (token.equals("\\u001c") || token.equals("<EOF>") || token.isEmpty()) {
                int[] open = unclosedBlock(sources.apply(source));
                if (open != null) {
                    return new TemplateError(source.name(), open[0], open[1], open[2], "`"
                        + sources.apply(source).split("\n", -1)[open[0] - 1].substring(open[1] - 1,
                        open[1] - 1 + open[2]) + "` is never closed; add `#end` after the part it controls.");
                }
                what = "The template ends in the middle of a directive; check that every `#if`, `#foreach`, "
                    + "`#macro` and `#define` has its `#end`, every `(` its `)` and every `${` its `}`.";
            } else {
                what = "Velocity did not expect `" + token.replace("\\u001c", "end of template") + "` here.";
            }
            return new TemplateError(source.name(), line, column, Math.max(1, token.length()), what);
        }
        String first = firstLine(message).replaceAll("\\s*at \\S*\\[line \\d+, column \\d+]", "");
        return new TemplateError(source.name(), line, column, 1, first.isBlank() ? "The template can't be read."
            : first);
    }

    private static final Pattern BLOCKS = Pattern.compile(
        "##[^\n]*|#\\*.*?\\*#|\\\\#|#\\{?(if|foreach|macro|define|@\\w+)\\}?(?=\\s*\\()|#\\{?end\\}?",
        Pattern.DOTALL);

    /** The line, column and length of the innermost block directive that has no {@code #end}, or null. */
    static int[] unclosedBlock(String text) {
        if (text == null) {
            return null;
        }
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        Matcher m = BLOCKS.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (t.startsWith("##") || t.startsWith("#*") || t.startsWith("\\")) {
                continue;
            }
            if (m.group(1) != null) {
                open.push(m.start());
            } else if (!open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int at = open.peek();
        int line = 1;
        int start = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        Matcher name = Pattern.compile("#\\{?[\\w@]+\\}?").matcher(text);
        int length = name.find(at) ? name.end() - at : 1;
        return new int[] {line, at - start + 1, length};
    }

    private Reference reference(TemplateSource source, int line, int column, String fallback) {
        String text = sources.apply(source);
        if (text == null || line <= 0) {
            return new Reference(line, column, fallback);
        }
        String[] lines = text.split("\n", -1);
        if (line > lines.length) {
            return new Reference(line, column, fallback);
        }
        String l = lines[line - 1];
        int at = Math.min(Math.max(column - 1, 0), Math.max(l.length() - 1, 0));
        int start = at;
        while (start >= 0 && start < l.length() && l.charAt(start) != '$') {
            char c = l.charAt(start);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '{' && c != '!' && start != at) {
                start = -1;
                break;
            }
            start--;
        }
        if (start < 0 || start >= l.length()) {
            return new Reference(line, column, fallback);
        }
        int end = start + 1;
        boolean wholeChain = at == start;
        while (end < l.length() && (l.charAt(end) == '!' || l.charAt(end) == '{')) {
            end++;
        }
        end = identifier(l, end);
        while (end < l.length() && l.charAt(end) == '.' && end + 1 < l.length()
            && Character.isLetter(l.charAt(end + 1)) && (wholeChain || end < at)) {
            end = identifier(l, end + 1);
            if (end < l.length() && l.charAt(end) == '(') {
                int close = l.indexOf(')', end);
                end = close < 0 ? end : close + 1;
            }
        }
        String ref = l.substring(start, end).replace("{", "").replace("!", "");
        if (ref.length() > 80) {
            ref = ref.substring(0, 77) + "…";
        }
        return new Reference(line, start + 1, ref);
    }

    private static int identifier(String l, int from) {
        int end = from;
        while (end < l.length() && (Character.isLetterOrDigit(l.charAt(end)) || l.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private static int[] locate(String text, String fragment, int line, int column) {
        int index = text == null ? -1 : text.lastIndexOf(fragment);
        if (index < 0) {
            return new int[] {line, column};
        }
        int l = 1;
        int start = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                start = i + 1;
            }
        }
        return new int[] {l, index - start + 1};
    }

    /** The nearest name by edit distance, when it is near enough to be a typo. */
    static Optional<String> closest(String typed, Set<String> candidates) {
        String low = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return candidates.stream()
            .map(c -> Map.entry(c, distance(low, c.toLowerCase(Locale.ROOT))))
            .filter(en -> en.getValue() <= allowed)
            .min(Comparator.comparingInt((Map.Entry<String, Integer> en) -> en.getValue())
                .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey);
    }

    /** Edit distance counting a swap of neighbouring letters as one edit ("nmae" is one from "name"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = e; t != null && !seen.contains(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            seen.add(t);
        }
        return null;
    }

    private static int[] place(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MethodInvocationException m && m.getLineNumber() > 0) {
                return new int[] {m.getLineNumber(), m.getColumnNumber()};
            }
            if (t instanceof ParseErrorException p && p.getLineNumber() > 0) {
                return new int[] {p.getLineNumber(), p.getColumnNumber()};
            }
            int[] at = place(String.valueOf(t.getMessage()));
            if (at[0] > 0) {
                return at;
            }
        }
        return new int[] {0, 0};
    }

    private static int[] place(String message) {
        Matcher m = PLACE.matcher(message);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private record Reference(int line, int column, String text) {
    }
}
