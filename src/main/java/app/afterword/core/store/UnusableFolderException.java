// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;

/**
 * The data folder can't be used as it is (it is a file, or a link sits where Afterword keeps its own files); the
 * message says what is wrong and what to do, and nothing was changed.
 */
public final class UnusableFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message a person can act on. */
    public UnusableFolderException(String message) {
        super(message);
    }
}
