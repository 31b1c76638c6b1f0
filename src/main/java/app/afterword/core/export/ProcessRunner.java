// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs an external program and waits a bounded time for it. A seam so the launcher's decisions (what counts as "no
 * mail app", what a hang means) are tested with a fake instead of real desktop programs.
 */
public interface ProcessRunner {

    /**
     * Starts {@code command} and waits at most {@code timeout} for it to exit.
     *
     * @throws IOException when the program cannot be started (typically: it is not installed)
     */
    Result run(List<String> command, Duration timeout) throws IOException, InterruptedException;

    /**
     * How a run ended.
     *
     * @param exitCode the exit code, or -1 when the program did not exit in time
     * @param timedOut true when the program was still running at the time limit
     */
    record Result(int exitCode, boolean timedOut) {

        /** A program that exited with this code. */
        public static Result exited(int code) {
            return new Result(code, false);
        }

        /** A program still running at the time limit. */
        public static Result stillRunning() {
            return new Result(-1, true);
        }
    }
}
