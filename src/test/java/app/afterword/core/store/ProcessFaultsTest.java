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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults that need a second process: a kill in the middle of a save, and a second app on the same folder. */
class ProcessFaultsTest {

    private static final java.util.regex.Pattern ACK = java.util.regex.Pattern.compile("ack (\\d+)");
    private static final int KILL_ROUNDS = Integer.getInteger("afterword.killRounds", 50);

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingLeavesTheLastOrPreviousAcknowledgedVersion() throws Exception {
        Random random = new Random(20261127L);
        Path ackFile = dir.resolve("acks.txt");
        long lastAck = 0;
        int interrupted = 0;
        for (int round = 0; round < KILL_ROUNDS; round++) {
            Files.deleteIfExists(ackFile);
            Files.createFile(ackFile);
            Process child = ChildJvm.builder(SaveLoop.class, dir.toString(), ackFile.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Files.size(ackFile) == 0 && child.isAlive() && System.nanoTime() < waitUntil) {
                Thread.sleep(2);
            }
            assertThat(Files.size(ackFile)).as("the saving process started and saved").isPositive();
            Thread.sleep(random.nextInt(60));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long ack = lastAcknowledged(ackFile);

            try (Workspace ws = Workspace.open(dir, new Json(), new RealFileOps(), Clock.systemUTC())) {
                Interview saved = ws.interviews().get("loop").orElseThrow(() -> new AssertionError(
                    "record lost: " + ws.recoveryNotices()));
                long version = Long.parseLong(saved.role().substring("version ".length()));
                assertThat(version).as("round %d, last ack %d", round, ack).isBetween(ack - 1, ack + 1);
                assertThat(ack).isGreaterThan(lastAck);
                lastAck = version;
                if (!ws.recoveryNotices().isEmpty()) {
                    interrupted++;
                }
                try (Stream<Path> s = Files.walk(dir)) {
                    assertThat(s.filter(AtomicWriter::isTemp)).as("temp files after start").isEmpty();
                }
            }
        }
        System.out.println("Kill test: " + KILL_ROUNDS + " rounds, " + interrupted + " killed mid-save.");
    }

    private static long lastAcknowledged(Path ackFile) throws java.io.IOException {
        long last = 0;
        for (String line : Files.readAllLines(ackFile, StandardCharsets.US_ASCII)) {
            if (!line.isBlank()) {
                last = Long.parseLong(line.strip());
            }
        }
        return last;
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
