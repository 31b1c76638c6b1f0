// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

/** A command that cannot go on; the message is shown as is, with no stack trace. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    /** Creates the exception with its exit code. */
    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }
}
