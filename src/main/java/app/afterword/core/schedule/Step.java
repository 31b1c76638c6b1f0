// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the timeline after an interview, in order: thank each interviewer, check in once, check in a second
 * time with something new to offer, then stop and close the application.
 */
public enum Step {
    THANK_YOU("thank-you", "Thank-you notes"),
    FOLLOW_UP_1("follow-up-1", "First follow-up"),
    FOLLOW_UP_2("follow-up-2", "Second follow-up"),
    CLOSE("close", "Close the loop");

    private final String id;
    private final String title;

    Step(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The spelling used on the command line, in files and in calendar UIDs ("follow-up-1"). */
    public String id() {
        return id;
    }

    /** A short title for people ("First follow-up"). */
    public String title() {
        return title;
    }

    /** The template the step is drafted from. */
    public String template() {
        return StepTemplates.forStep(this);
    }

    /** True for the two follow-ups. */
    public boolean isFollowUp() {
        return this == FOLLOW_UP_1 || this == FOLLOW_UP_2;
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<Step> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(t)).findFirst();
    }
}
