// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.OffsetDateTime;

/**
 * Where things stand with one person: nothing yet, a draft, a note sent (when, and for which step), a reply. Panels
 * get one note per person, so the status is per person too.
 *
 * @param name      the person, spelled as in the interview
 * @param state     the latest state reached
 * @param lastStep  the latest step a note was sent for; null when none was sent
 * @param sentAt    when the latest note was sent; null when none was sent
 * @param repliedAt when they replied; null when they have not
 */
public record RecipientStatus(String name, State state, Step lastStep, OffsetDateTime sentAt,
                              OffsetDateTime repliedAt) {

    /** What has happened with the person. */
    public enum State {
        NONE("nothing yet"), DRAFTED("drafted"), SENT("sent"), REPLIED("replied");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** How the state reads ("nothing yet"). */
        public String label() {
            return label;
        }
    }

    /** Requires the name and state. */
    public RecipientStatus {
        if (name == null || state == null) {
            throw new IllegalArgumentException("name and state are required");
        }
    }
}
