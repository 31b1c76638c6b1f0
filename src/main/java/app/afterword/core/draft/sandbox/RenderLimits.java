// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import java.time.Duration;

/**
 * The budgets of one render. A note is a few thousand characters drafted in milliseconds, so anything that runs for
 * seconds or writes pages is a runaway template (a loop that never ends, a string that doubles) and is stopped.
 * Nesting is bounded as well, before a template's text is parsed: at most 100 blocks ({@code #if}, {@code #foreach},
 * {@code #macro}, {@code #define}) and 200 brackets inside each other.
 *
 * @param deadline        the longest a render may take
 * @param maxSteps        the most loop rounds and variable assignments a render may make
 * @param maxOutputChars  the most text a render may write, counting every inserted value
 * @param maxValueChars   the longest text a template may keep in one variable
 * @param maxTemplateChars the longest template text accepted
 */
public record RenderLimits(Duration deadline, int maxSteps, int maxOutputChars, int maxValueChars,
                           int maxTemplateChars) {

    /** The limits for user templates: 2 seconds, 100,000 steps and characters, templates up to 256 KiB. */
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(2), 100_000, 100_000, 50_000,
        256 * 1024);

    /** Requires positive budgets. */
    public RenderLimits {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive");
        }
        if (maxSteps <= 0 || maxOutputChars <= 0 || maxValueChars <= 0 || maxTemplateChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
