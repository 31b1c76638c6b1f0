// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process that saves one record over and over and prints "ack N" after each save returns, so the parent
 * knows which versions were acknowledged when it kills this process.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** Arguments: the data folder. */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String padding = "x".repeat(30_000);
        try (Workspace ws = Workspace.open(Path.of(args[0]), new Json(), new RealFileOps(), Clock.systemUTC())) {
            long start = ws.interviews().get("loop").map(i -> Long.parseLong(i.role().substring(8))).orElse(0L);
            for (long n = start + 1; ; n++) {
                Interview i = WorkspaceRecoveryTest.interview("Acme").toBuilder().role("version " + n)
                    .notes(padding).build();
                ws.interviews().save("loop", i);
                out.println("ack " + n);
                out.flush();
            }
        }
    }
}
