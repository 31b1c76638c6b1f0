// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

/** Where an application stands, from the first draft to the close; later stages win over earlier ones. */
public enum Stage {
    NEW("new"),
    DRAFTED("drafted"),
    SENT("sent"),
    FOLLOW_UP_1_SENT("follow-up 1 sent"),
    FOLLOW_UP_2_SENT("follow-up 2 sent"),
    REPLIED("replied"),
    CLOSED("closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** How the stage reads in a listing ("follow-up 1 sent"). */
    public String label() {
        return label;
    }

    /** The spelling used in JSON output ("follow-up-1-sent"). */
    public String id() {
        return label.replace(' ', '-');
    }
}
