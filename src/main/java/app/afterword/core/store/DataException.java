// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

/**
 * Exporting or deleting the user's data did not happen; the message says why and what to do, in words fit to show.
 * Nothing is half done: a failed export leaves no file behind, a refused deletion deletes nothing.
 */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure explained by {@code message}. */
    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
