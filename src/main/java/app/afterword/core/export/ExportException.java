// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * An export that could not be made, with a message that names what is wrong and what to do ("The subject has a line
 * break in it..."). Nothing is written when this is thrown.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the user. */
    public ExportException(String message) {
        super(message);
    }

    /** Creates the exception with a message for the user and the technical cause (for logs, never shown). */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
