// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * File operations that fail at the n-th step. In "crash" mode every later step fails too, as if the process had
 * died there: nothing gets cleaned up, which is what a kill or a power cut leaves behind.
 */
final class FaultyFileOps implements FileOps {
    private final FileOps real = new RealFileOps();
    private final int failAt;
    private final boolean crash;
    private final String reason;
    private int count;

    FaultyFileOps(int failAt, boolean crash, String reason) {
        this.failAt = failAt;
        this.crash = crash;
        this.reason = reason;
    }

    int count() {
        return count;
    }

    private void step() throws IOException {
        count++;
        if (count == failAt || crash && count > failAt) {
            throw new java.nio.file.FileSystemException("file", null, reason);
        }
    }

    @Override
    public Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        step();
        return real.createTempFile(dir, prefix, suffix);
    }

    @Override
    public void writeAndForce(Path file, byte[] bytes) throws IOException {
        step();
        real.writeAndForce(file, bytes);
    }

    @Override
    public void copyAndForce(Path from, Path to) throws IOException {
        step();
        real.copyAndForce(from, to);
    }

    @Override
    public void atomicMove(Path from, Path to) throws IOException {
        step();
        real.atomicMove(from, to);
    }

    @Override
    public void forceDirectory(Path dir) throws IOException {
        step();
        real.forceDirectory(dir);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        step();
        real.deleteIfExists(file);
    }
}
