// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import java.io.Writer;

/** Collects a render's text and stops it at a hard character cap, whatever path the text took to get here. */
final class CappedWriter extends Writer {
    private final StringBuilder text = new StringBuilder(2048);
    private final int max;
    private final RenderGuard guard;

    CappedWriter(int max, RenderGuard guard) {
        this.max = max;
        this.guard = guard;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        guard.tick();
        if (text.length() + (long) len > max) {
            throw new TemplateBudgetException(TemplateBudgetException.Kind.OUTPUT, "Template produced too much text "
                + "(over " + RenderGuard.count(max) + " characters) and was stopped.");
        }
        text.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        guard.tick();
        if (text.length() + (long) len > max) {
            throw new TemplateBudgetException(TemplateBudgetException.Kind.OUTPUT, "Template produced too much text "
                + "(over " + RenderGuard.count(max) + " characters) and was stopped.");
        }
        text.append(str, off, off + len);
    }

    @Override
    public void flush() {
        // Nothing is buffered outside the builder.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
