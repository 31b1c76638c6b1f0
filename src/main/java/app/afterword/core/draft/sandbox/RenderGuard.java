// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The budgets of the renders running on one engine, one per thread. Velocity creates the introspector and the event
 * handlers itself, so they find this guard through the engine's application attributes and call {@link #tick()} on
 * every property read, method call, variable access and insertion; that is how a runaway loop is stopped in time.
 */
public final class RenderGuard {
    /** The application-attribute key under which an engine keeps its guard. */
    public static final String ATTRIBUTE = RenderGuard.class.getName();

    private final ThreadLocal<Budget> current = new ThreadLocal<>();

    /** Starts a render's budget on this thread; close the result when the render ends. */
    Open open(RenderLimits limits) {
        Budget b = new Budget(limits, System.nanoTime() + limits.deadline().toNanos());
        current.set(b);
        return current::remove;
    }

    /** Checks the deadline; does nothing outside a render. */
    public void tick() {
        Budget b = current.get();
        if (b != null) {
            b.tick();
        }
    }

    /** Counts {@code chars} inserted characters against the output budget. */
    public void output(long chars) {
        Budget b = current.get();
        if (b != null) {
            b.tick();
            b.output(chars);
        }
    }

    /** Checks the size of a value a template keeps in a variable. */
    public void value(String name, Object value) {
        Budget b = current.get();
        if (b != null) {
            b.tick();
            b.step();
            if (value instanceof CharSequence cs && cs.length() > b.limits.maxValueChars()) {
                throw new TemplateBudgetException(TemplateBudgetException.Kind.VALUE, "Template produced too much "
                    + "text: `$" + name + "` grew past " + count(b.limits.maxValueChars()) + " characters.");
            }
        }
    }

    static String seconds(long millis) {
        if (millis % 1000 == 0) {
            return millis == 1000 ? "1 second" : millis / 1000 + " seconds";
        }
        return millis + " milliseconds";
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** Ends a render's budget. */
    @FunctionalInterface
    interface Open extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Budget {
        private final RenderLimits limits;
        private final long deadline;
        private long outputLeft;
        private long steps;
        private int ticks;

        Budget(RenderLimits limits, long deadline) {
            this.limits = limits;
            this.deadline = deadline;
            this.outputLeft = limits.maxOutputChars();
        }

        void tick() {
            if ((++ticks & 15) == 0 && System.nanoTime() - deadline > 0) {
                throw new TemplateBudgetException(TemplateBudgetException.Kind.TIME, "Template took too long (over "
                    + seconds(limits.deadline().toMillis()) + ") and was stopped; look for a loop that runs too "
                    + "often or never ends.");
            }
        }

        void step() {
            if (++steps > limits.maxSteps()) {
                throw new TemplateBudgetException(TemplateBudgetException.Kind.TIME, "Template took too long (more "
                    + "than " + count(limits.maxSteps()) + " loop rounds) and was stopped; look for a loop that runs "
                    + "too often or never ends.");
            }
        }

        void output(long chars) {
            outputLeft -= chars;
            if (outputLeft < 0) {
                throw new TemplateBudgetException(TemplateBudgetException.Kind.OUTPUT, "Template produced too much "
                    + "text (over " + count(limits.maxOutputChars()) + " characters) and was stopped.");
            }
        }
    }
}
