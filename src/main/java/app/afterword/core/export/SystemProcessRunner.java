// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link ProcessRunner}: {@link ProcessBuilder}, output discarded (so a chatty opener can never block on a
 * full pipe), a bounded wait. A program still running at the limit is left alone: some openers become the mail app
 * itself, and killing them would close the window the user is about to type in.
 */
public final class SystemProcessRunner implements ProcessRunner {

    @Override
    public Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        process.getOutputStream().close();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Result.exited(process.exitValue());
        }
        return Result.stillRunning();
    }
}
