// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

/** Where one step of the timeline stands at a given moment. */
public enum StepState {
    /** The note was sent (or the application was closed). */
    DONE("done"),
    /** Not needed any more: they replied, the application was closed, or the settings turn the step off. */
    SKIPPED("skipped"),
    /** Its window has passed and it was not done. */
    OVERDUE("overdue"),
    /** Its window is open now, or opens later today. */
    DUE("due"),
    /** Its window opens on a later day. */
    UPCOMING("upcoming"),
    /** Waiting for something other than time (an answer about the outcome). */
    WAITING("waiting");

    private final String id;

    StepState(String id) {
        this.id = id;
    }

    /** The spelling used in JSON output ("overdue"). */
    public String id() {
        return id;
    }

    /** True for a step the user still has to act on. */
    public boolean open() {
        return this == OVERDUE || this == DUE || this == UPCOMING;
    }
}
