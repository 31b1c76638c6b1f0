// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.afterword.core.interview.Interview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A really full disk: a small tmpfs (needs root, as in CI) and /dev/full. */
class DiskFullTest {

    @TempDir
    Path tmp;

    private Path mounted;

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private Path smallDisk() throws Exception {
        Path mnt = tmp.resolve("small-disk");
        Files.createDirectories(mnt);
        boolean ok = "Linux".equals(System.getProperty("os.name"))
            && run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt.toString());
        assumeTrue(ok, "Skipped: mounting a small tmpfs needs root on Linux; the /dev/full test still runs.");
        mounted = mnt;
        return mnt;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    private static void fill(Path dir) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left");
        }
    }

    @Test
    void aFullDiskKeepsThePreviousFileAndTheEditsInMemoryUntilRetry() throws Exception {
        Path disk = smallDisk();
        Path data = disk.resolve("data");
        Interview v1 = WorkspaceRecoveryTest.interview("Acme");
        Interview v2 = v1.toBuilder().notes("n".repeat(20_000)).build();
        try (Workspace ws = Workspace.open(data, new Json(), new RealFileOps(), Clock.systemUTC())) {
            ws.interviews().save("acme", v1);
            byte[] before = Files.readAllBytes(data.resolve("interviews/acme.json"));
            fill(disk);

            assertThatThrownBy(() -> ws.interviews().save("acme", v2))
                .isInstanceOf(SaveException.class)
                .hasMessageContaining("the disk is full")
                .hasMessageContaining("kept in memory");
            assertThat(Files.readAllBytes(data.resolve("interviews/acme.json"))).isEqualTo(before);
            assertThat(ws.interviews().get("acme")).contains(v2);
            assertThat(ws.interviews().pending()).containsExactly("acme");
            try (Stream<Path> s = Files.walk(data)) {
                assertThat(s.filter(AtomicWriter::isTemp)).isEmpty();
            }

            Files.delete(disk.resolve("filler"));
            ws.retryPending();
            assertThat(ws.interviews().pending()).isEmpty();
        }
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.interviews().get("acme")).contains(v2);
        }
    }

    @Test
    void noSpaceFromTheDeviceIsExplainedAsAFullDisk() {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "Skipped: this system has no /dev/full.");
        IOException real = null;
        try {
            new RealFileOps().writeAndForce(Path.of("/dev/full"), new byte[8192]);
        } catch (IOException e) {
            real = e;
        }
        assertThat(real).isNotNull();
        SaveException e = SaveException.of("the settings", real);
        assertThat(e.reason()).isEqualTo(SaveException.Reason.DISK_FULL);
        assertThat(e.getMessage()).startsWith("Could not save the settings: the disk is full.");
    }
}
