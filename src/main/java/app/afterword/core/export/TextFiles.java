// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text and Markdown versions of a note, for notes apps, other mail programs and archives. Both are UTF-8 with LF
 * line endings; the Markdown escapes what the user typed so "* " or "1." in a note never turns into a list.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** "To:", "Cc:" and "Subject:" lines (when known), a blank line, then the note. */
    public static String plain(Interview interview, Draft draft) {
        StringBuilder out = new StringBuilder();
        out.append("To: ").append(recipientLine(interview, draft)).append('\n');
        if (!draft.cc().isEmpty()) {
            out.append("Cc: ").append(ccLine(interview, draft)).append('\n');
        }
        if (draft.subject() != null) {
            out.append("Subject: ").append(oneLine(draft.subject())).append('\n');
        }
        out.append('\n').append(NoteText.plain(draft.body()));
        return out.toString();
    }

    /** The same note as Markdown: bold labels, escaped text, paragraphs kept, line breaks as hard breaks. */
    public static String markdown(Interview interview, Draft draft) {
        StringBuilder out = new StringBuilder();
        out.append("**To:** ").append(escapeMarkdown(recipientLine(interview, draft)));
        if (!draft.cc().isEmpty()) {
            out.append("\\\n**Cc:** ").append(escapeMarkdown(ccLine(interview, draft)));
        }
        if (draft.subject() != null) {
            out.append("\\\n**Subject:** ").append(escapeMarkdown(oneLine(draft.subject())));
        }
        out.append("\n\n");
        List<List<String>> paragraphs = NoteText.paragraphs(draft.body());
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                out.append("\n\n");
            }
            List<String> lines = paragraphs.get(p);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    out.append("\\\n");
                }
                out.append(escapeMarkdown(lines.get(i)));
            }
        }
        out.append('\n');
        return out.toString();
    }

    /** The note alone, for pasting into LinkedIn. */
    public static String linkedIn(LinkedInNote note) {
        return note.text() + "\n";
    }

    /** Escapes Markdown syntax so the text reads as typed (CommonMark backslash escapes). */
    static String escapeMarkdown(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // Block markers only matter at the start of a line (after at most three spaces).
        int lead = 0;
        while (lead < out.length() && out.charAt(lead) == ' ') {
            lead++;
        }
        if (lead > 3 || lead == out.length()) {
            return out.toString();
        }
        if ("#>+=-".indexOf(out.charAt(lead)) >= 0) {
            return out.insert(lead, '\\').toString();
        }
        int digits = lead;
        while (digits < out.length() && digits - lead < 10 && isAsciiDigit(out.charAt(digits))) {
            digits++;
        }
        boolean listNumber = digits > lead && digits - lead <= 9 && digits < out.length()
            && (out.charAt(digits) == '.' || out.charAt(digits) == ')')
            && (digits + 1 == out.length() || Character.isWhitespace(out.charAt(digits + 1)));
        return listNumber ? out.insert(digits, '\\').toString() : out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String recipientLine(Interview interview, Draft draft) {
        Interviewer to = interview.interviewer(draft.recipient()).orElse(null);
        if (to == null) {
            return oneLine(draft.recipient());
        }
        String line = to.name() + (to.title() != null ? ", " + to.title() : "");
        return oneLine(to.email() != null ? line + " <" + to.email() + ">" : line);
    }

    /**
     * The people and addresses a note copies, each as "Name &lt;address&gt;" when the interview has the person's
     * address, separated by commas.
     */
    public static String ccLine(Interview interview, Draft draft) {
        List<String> out = new ArrayList<>();
        for (String copy : draft.cc()) {
            Interviewer p = interview.interviewer(copy).orElse(null);
            out.add(oneLine(p == null ? copy : p.email() == null ? p.name() : p.name() + " <" + p.email() + ">"));
        }
        return String.join(", ", out);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
