// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.InterviewWorkingCopy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every record a store writes or removes is reported, so the window's "Saved" time can follow all of them. */
class RecordWritesTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordWrittenOrRemovedIsReportedAndNothingElse() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            AtomicInteger writes = new AtomicInteger();
            ws.onRecordWritten(writes::incrementAndGet);
            ws.interviews().save("acme", WorkspaceRecoveryTest.interview("Acme"));
            ws.workingCopies().save("acme", InterviewWorkingCopy.empty().saved("acme", Instant.EPOCH));
            assertThat(writes.get()).isEqualTo(2);
            ws.workingCopies().remove("acme");
            ws.workingCopies().remove("not-there");
            assertThat(writes.get()).isEqualTo(3);
            ws.settings().put(FirstRun.WELCOME, new FirstRun.Welcome(true));
            assertThat(writes.get()).as("settings have their own save state").isEqualTo(3);
        }
    }
}
