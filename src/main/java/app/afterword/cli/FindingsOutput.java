// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.etiquette.Span;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How etiquette findings are printed: as JSON objects for programs, as wrapped text for people. */
final class FindingsOutput {
    private FindingsOutput() {
    }

    /** Where the note's body and subject sit in the file that was read, so offsets can point into the file. */
    record Layout(String file, int bodyOffset, int subjectOffset) {
        static Layout plain(String body) {
            return new Layout(body, 0, -1);
        }
    }

    /** A list of {rule, severity, start, end, part, message, why, suggestion}; offsets index the file read. */
    static ArrayNode json(List<Finding> findings, Layout layout) {
        return json(findings, layout, null);
    }

    /**
     * {@link #json(List, Layout)}, each finding also saying which note of the file it is about ({@code note}, from
     * 1, and {@code to}, the recipient's name) when {@code note} is not null: for files of several notes.
     */
    static ArrayNode json(List<Finding> findings, Layout layout, LintCommand.Target note) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Finding f : findings) {
            ObjectNode o = out.addObject();
            if (note != null) {
                o.put("note", note.part().number());
                o.put("to", note.recipient() == null ? note.part().toName() : note.recipient().name());
            }
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().id());
            Span s = f.span();
            if (s == null) {
                o.putNull("start");
                o.putNull("end");
            } else {
                int base = s.part() == Span.Part.BODY ? layout.bodyOffset() : Math.max(0, layout.subjectOffset());
                o.put("start", base + s.start());
                o.put("end", base + s.end());
                o.put("part", s.part().id());
            }
            o.put("message", f.message());
            o.put("why", f.why());
            o.put("suggestion", f.suggestion());
        }
        return out;
    }

    /** Where a span is, for people: "line 3, col 5-12" in the file, or "subject, col 1-10". */
    static String where(Span s, Layout layout, String subject) {
        if (s == null) {
            return "whole note";
        }
        boolean inFile = s.part() == Span.Part.BODY || layout.subjectOffset() >= 0;
        if (!inFile) {
            return "subject, col " + (s.start() + 1) + "-" + s.end();
        }
        int base = s.part() == Span.Part.BODY ? layout.bodyOffset() : layout.subjectOffset();
        int start = base + s.start();
        int line = 1;
        int lineStart = 0;
        String file = layout.file();
        for (int i = 0; i < start && i < file.length(); i++) {
            if (file.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int col = start - lineStart + 1;
        return "line " + line + ", col " + col + (s.end() - s.start() > 1 ? "-" + (col + s.end() - s.start() - 1)
            : "");
    }

    /** One finding as indented, wrapped text. */
    static List<String> text(Finding f, String where, String quoted, int width) {
        List<String> out = new ArrayList<>();
        String head = String.format(Locale.ROOT, "%-7s %-3s %s", label(f.severity()), f.ruleId(), where)
            + (quoted == null ? "" : ": \"" + shorten(quoted, 60) + "\"");
        out.add(head);
        out.addAll(wrap(f.message(), width, "        "));
        out.addAll(wrap("Why: " + f.why(), width, "        "));
        out.addAll(wrap("Try: " + f.suggestion(), width, "        "));
        return out;
    }

    static String label(Severity s) {
        return s.name();
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** Greedy word wrap; every line starts with {@code indent}. */
    static List<String> wrap(String text, int width, String indent) {
        List<String> out = new ArrayList<>();
        int room = Math.max(10, width - indent.length());
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                out.add(indent + line);
                line.setLength(0);
            }
            while (word.length() > room) {
                if (line.length() > 0) {
                    out.add(indent + line);
                    line.setLength(0);
                }
                out.add(indent + word.substring(0, room));
                word = word.substring(room);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(indent + line);
        }
        return out;
    }
}
