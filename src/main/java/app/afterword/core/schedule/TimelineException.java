// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

/** A change to an application's history that does not make sense (a follow-up after the close); plain words. */
public final class TimelineException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message a person can act on. */
    public TimelineException(String message) {
        super(message);
    }
}
