// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A stretch of the note that was not proofread, and why. Guards skip text that could stall the checker; reporting
 * the skipped text (instead of quietly dropping it) keeps "no issues" honest.
 *
 * @param offset where the stretch starts (UTF-16 chars)
 * @param length chars covered
 * @param line   the line it starts on, from 1
 * @param column the column it starts at, from 1, in code points
 * @param reason why it was skipped
 */
public record NotProofread(int offset, int length, int line, int column, Reason reason) {

    /** Checks the positions. */
    public NotProofread {
        if (offset < 0 || length < 0 || line < 1 || column < 1 || reason == null) {
            throw new IllegalArgumentException("a skipped range needs a position and a reason");
        }
    }

    /** The plain-language explanation, for people. */
    public String message() {
        return reason.message();
    }

    /** Why text was not proofread; each message says what the user can do. */
    public enum Reason {
        /** Past the length the proofreader takes in one note. */
        NOTE_TOO_LONG("The note is too long to proofread past this point; shorten it to have the rest checked."),
        /** A sentence too long for the checker to finish in time. */
        SENTENCE_TOO_LONG("This sentence is very long; split it to have it checked."),
        /** A long run of one character; the first part was checked. */
        REPEATED_CHARACTERS("A long run of the same character was not checked."),
        /** Mostly symbols or emoji, which the checker cannot judge. */
        MOSTLY_SYMBOLS("This part is mostly symbols or emoji, so it was not checked."),
        /** The check took longer than its deadline. */
        TIMED_OUT("Checking this part took too long, so it was skipped."),
        /** The checker failed on this part. */
        CHECKER_FAILED("The proofreader could not check this part."),
        /** The proofreader for this language could not start. */
        UNAVAILABLE("The proofreader for this language could not start."),
        /** Proofreading was turned off after repeated stalls, until the app restarts. */
        PROOFREADING_OFF("Proofreading is off until Afterword restarts.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        /** What happened and what to do, in plain words. */
        public String message() {
            return message;
        }

        /** The lower-case, dashed name used in JSON ("sentence-too-long"). */
        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
