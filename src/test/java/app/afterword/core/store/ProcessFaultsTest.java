// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.interview.Interview;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults that need a second process: a kill in the middle of a save, and a second app on the same folder. */
class ProcessFaultsTest {

    private static final int KILL_ROUNDS = Integer.getInteger("afterword.killRounds", 50);

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingLeavesTheLastOrPreviousAcknowledgedVersion() throws Exception {
        Random random = new Random(20261127L);
        long lastAck = 0;
        for (int round = 0; round < KILL_ROUNDS; round++) {
            Process child = ChildJvm.start(SaveLoop.class, dir.toString());
            AtomicLong acked = new AtomicLong(lastAck);
            Thread reader = new Thread(() -> readAcks(child, acked));
            reader.start();
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acked.get() == lastAck && child.isAlive() && System.nanoTime() < waitUntil) {
                Thread.sleep(2);
            }
            assertThat(acked.get()).as("the saving process started and saved").isGreaterThan(lastAck);
            Thread.sleep(random.nextInt(60));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5_000);
            long ack = acked.get();

            try (Workspace ws = Workspace.open(dir, new Json(), new RealFileOps(), Clock.systemUTC())) {
                Interview saved = ws.interviews().get("loop").orElseThrow(() -> new AssertionError(
                    "record lost in round " + ws.recoveryNotices()));
                long version = Long.parseLong(saved.role().substring("version ".length()));
                assertThat(version).as("round %d, last ack %d", round, ack).isBetween(ack - 1, ack + 1);
                lastAck = version;
                try (Stream<Path> s = Files.walk(dir)) {
                    assertThat(s.filter(AtomicWriter::isTemp)).as("temp files after start").isEmpty();
                }
            }
        }
    }

    private static void readAcks(Process child, AtomicLong acked) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
            StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked.set(Long.parseLong(line.substring(4)));
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
    }

    @Test
    void aSecondProcessIsToldTheFolderIsInUse() throws Exception {
        Process first = ChildJvm.start(HoldLock.class, dir.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(),
            StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceLockedException.class)
                .hasMessageContaining("already open")
                .hasMessageContaining("--data-dir");
            first.getOutputStream().close();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.directory()).isEqualTo(dir.toAbsolutePath());
        }
    }

    @Test
    void theLockIsReleasedWhenTheHolderIsKilled() throws Exception {
        Process first = ChildJvm.start(HoldLock.class, dir.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(),
            StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("open");
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.recoveryNotices()).isEmpty();
        }
    }
}
