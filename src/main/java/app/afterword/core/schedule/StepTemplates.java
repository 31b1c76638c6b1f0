// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

/**
 * Which bundled template fits each step of the timeline. The ids belong to the drafting feature's catalog; they are
 * kept here, in one place, so that a renamed template means one edit.
 */
public final class StepTemplates {
    /** The thank-you note to each interviewer. */
    public static final String THANK_YOU = "thank-you-email-warm";
    /** The first follow-up: a short, polite status check. */
    public static final String FOLLOW_UP_1 = "follow-up-email";
    /** The second follow-up: it must add something (an idea, a clarification, a relevant update). */
    public static final String FOLLOW_UP_2 = "value-add-email";
    /** The note that closes the loop after two unanswered follow-ups. */
    public static final String CLOSE = "close-loop-email";

    private StepTemplates() {
    }

    /** The template id for {@code step}. */
    public static String forStep(Step step) {
        switch (step) {
            case THANK_YOU:
                return THANK_YOU;
            case FOLLOW_UP_1:
                return FOLLOW_UP_1;
            case FOLLOW_UP_2:
                return FOLLOW_UP_2;
            case CLOSE:
                return CLOSE;
            default:
                throw new IllegalArgumentException("no template for " + step);
        }
    }
}
