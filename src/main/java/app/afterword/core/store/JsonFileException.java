// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

/** A data or input file that is not usable JSON; the message is a plain-words reason, never file contents. */
public final class JsonFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a plain-words reason. */
    public JsonFileException(String reason) {
        super(reason);
    }
}
