// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Shows control characters escaped ({@code \x1b}) instead of sending them to the terminal, where an escape sequence
 * in a company or a name could clear the screen, retitle the window or hide text. Line breaks and tabs pass; a
 * carriage return passes only as part of a CR LF line end.
 */
final class TerminalSafeWriter extends FilterWriter {
    private boolean pendingCr;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCr) {
            pendingCr = false;
            if (ch == '\n') {
                out.write("\r\n");
                return;
            }
            out.write("\\r");
        }
        if (ch == '\r') {
            pendingCr = true;
        } else if (ch == '\n' || ch == '\t' || !isControl(ch)) {
            out.write(ch);
        } else {
            out.write(String.format(Locale.ROOT, "\\x%02x", (int) ch));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write("\\r");
        }
        super.flush();
    }

    /** C0 and C1 controls and DEL: what a terminal may act on. */
    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }
}
