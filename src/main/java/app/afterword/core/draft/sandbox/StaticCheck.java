// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTText;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Finds, before anything renders, the mistakes Velocity would otherwise print into the note as literal text: a call
 * to a macro the template never defines (which strict mode lets through when it stands alone on a line), a removed
 * directive such as {@code #include}, and a {@code ${} that is never closed. The runtime locks stay in place; this
 * only makes the error arrive early, with its line and column.
 */
final class StaticCheck {
    private static final Set<String> DIRECTIVES = Set.of("foreach", "define", "macro", "break", "stop");
    private static final Set<String> INCLUDES = Set.of("include", "parse", "evaluate");
    private static final Pattern OPEN_BRACE = Pattern.compile("\\$!?\\{(?![A-Za-z][\\w.]*(?:\\([^)]*\\))?})");

    private StaticCheck() {
    }

    static List<TemplateError> check(String name, Node root, String text) {
        Set<String> defined = new HashSet<>();
        collectMacros(root, defined);
        List<TemplateError> errors = new ArrayList<>();
        walk(name, root, defined, errors);
        if (text != null) {
            braces(name, root, text, errors);
        }
        return errors;
    }

    private static void collectMacros(Node node, Set<String> defined) {
        if (node instanceof ASTDirective d && "macro".equals(d.getDirectiveName()) && d.jjtGetNumChildren() > 0) {
            defined.add(d.jjtGetChild(0).getFirstTokenImage());
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            collectMacros(node.jjtGetChild(i), defined);
        }
    }

    private static void walk(String name, Node node, Set<String> defined, List<TemplateError> errors) {
        if (node instanceof ASTDirective d) {
            String directive = d.getDirectiveName();
            if (INCLUDES.contains(directive)) {
                errors.add(new TemplateError(name, d.getLine(), d.getColumn(), directive.length() + 1, "Templates "
                    + "can't include files or other templates (`#" + directive + "`)."));
            } else if (!DIRECTIVES.contains(directive) && !defined.contains(directive)) {
                errors.add(new TemplateError(name, d.getLine(), d.getColumn(), directive.length() + 1, "`#"
                    + directive + "` is not defined in this template; define it above with `#macro(" + directive
                    + ")`, or write `\\#" + directive + "` for a literal #."));
            }
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(name, node.jjtGetChild(i), defined, errors);
        }
    }

    private static void braces(String name, Node root, String text, List<TemplateError> errors) {
        if (!containsOpenBraceText(root)) {
            return;
        }
        Matcher m = OPEN_BRACE.matcher(text);
        if (m.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            errors.add(new TemplateError(name, line, m.start() - lineStart + 1, m.end() - m.start(), "`"
                + m.group() + "` starts a reference that is never closed; write `${name}` with its `}`, or `\\$` "
                + "for a literal dollar sign."));
        }
    }

    private static boolean containsOpenBraceText(Node node) {
        if (node instanceof ASTText) {
            String t = node.literal();
            if (t != null && (t.contains("${") || t.contains("$!{"))) {
                return true;
            }
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (containsOpenBraceText(node.jjtGetChild(i))) {
                return true;
            }
        }
        return false;
    }
}
