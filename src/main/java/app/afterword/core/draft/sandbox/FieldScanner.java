// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import java.util.Set;
import java.util.TreeSet;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;

/** Lists the model fields a parsed template refers to, so a template's "fields used" can never go stale. */
final class FieldScanner {
    private static final Set<String> ROOTS = Set.of("interviewer", "candidate", "interview", "note");

    private FieldScanner() {
    }

    static Set<String> scan(Node root) {
        Set<String> out = new TreeSet<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, Set<String> out) {
        if (node instanceof ASTReference ref && ROOTS.contains(ref.getRootString())) {
            String field = null;
            if (ref.jjtGetNumChildren() > 0) {
                Node first = ref.jjtGetChild(0);
                if (first instanceof ASTIdentifier id) {
                    field = id.getIdentifier();
                } else if (first instanceof ASTMethod m) {
                    field = m.getMethodName();
                }
            }
            out.add(field == null ? ref.getRootString() : ref.getRootString() + "." + field);
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            walk(node.jjtGetChild(i), out);
        }
    }
}
