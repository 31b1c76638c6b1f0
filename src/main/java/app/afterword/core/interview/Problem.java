// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

/**
 * One thing wrong with an input file, addressed the way a person finds it: a JSON path
 * ({@code interviewers[1].name}) and a sentence that starts with that path and says what is wrong and what to do.
 */
public record Problem(String path, String message) {

    /** Requires both parts. */
    public Problem {
        if (path == null || message == null) {
            throw new IllegalArgumentException("path and message are required");
        }
    }

    @Override
    public String toString() {
        return message;
    }
}
