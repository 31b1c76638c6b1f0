// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process that saves one record over and over and appends "N" to an acknowledgement file after each save
 * returns, so the parent knows which versions were acknowledged when it kills this process. A file, unlike a pipe,
 * keeps every byte written before the kill.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** Arguments: the data folder and the acknowledgement file. */
    public static void main(String[] args) throws Exception {
        String padding = "x".repeat(30_000);
        try (Workspace ws = Workspace.open(Path.of(args[0]), new Json(), new RealFileOps(), Clock.systemUTC());
             FileOutputStream acks = new FileOutputStream(args[1], true)) {
            long start = ws.interviews().get("loop").map(i -> Long.parseLong(i.role().substring(8))).orElse(0L);
            for (long n = start + 1; ; n++) {
                Interview i = WorkspaceRecoveryTest.interview("Acme").toBuilder().role("version " + n)
                    .notes(padding).build();
                ws.interviews().save("loop", i);
                acks.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
