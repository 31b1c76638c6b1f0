// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.store.FileOps;
import app.afterword.core.store.RealFileOps;
import java.io.IOException;
import java.nio.file.Path;

/** Real file operations that fail at one chosen step, the way a full disk or a pulled drive does. */
final class FaultyFileOps implements FileOps {
    enum Step { CREATE_TEMP, WRITE, MOVE }

    private final FileOps real = new RealFileOps();
    private final Step failAt;
    private final IOException failure;

    FaultyFileOps(Step failAt, IOException failure) {
        this.failAt = failAt;
        this.failure = failure;
    }

    @Override
    public Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        if (failAt == Step.CREATE_TEMP) {
            throw failure;
        }
        return real.createTempFile(dir, prefix, suffix);
    }

    @Override
    public void writeAndForce(Path file, byte[] bytes) throws IOException {
        if (failAt == Step.WRITE) {
            // Half the bytes reach the disk before it fills up.
            real.writeAndForce(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            throw failure;
        }
        real.writeAndForce(file, bytes);
    }

    @Override
    public void copyAndForce(Path from, Path to) throws IOException {
        real.copyAndForce(from, to);
    }

    @Override
    public void atomicMove(Path from, Path to) throws IOException {
        if (failAt == Step.MOVE) {
            throw failure;
        }
        real.atomicMove(from, to);
    }

    @Override
    public void forceDirectory(Path dir) throws IOException {
        real.forceDirectory(dir);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        real.deleteIfExists(file);
    }
}
