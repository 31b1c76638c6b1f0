// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

/** A stored document that is valid JSON but not a valid record; the message is a reason, not the data. */
public final class RecordFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a plain-words reason. */
    public RecordFormatException(String reason) {
        super(reason);
    }
}
