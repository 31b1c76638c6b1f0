// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Real file operations with a hook before each one, so a test can make any step fail the way a full disk, a pulled
 * drive or a crash does. The tests' fault doubles are built on it.
 */
public class InterceptedFileOps implements FileOps {

    /** The file operations, in the order an atomic save uses them. */
    public enum Op { CREATE_TEMP, WRITE, COPY, MOVE, FORCE_DIRECTORY, DELETE }

    /** Runs before each operation; throwing stops it. For {@link Op#WRITE}, {@code bytes} is what would be written. */
    @FunctionalInterface
    public interface Hook {
        void before(Op op, Path path, byte[] bytes) throws IOException;
    }

    private final FileOps real = new RealFileOps();
    private final Hook hook;

    public InterceptedFileOps(Hook hook) {
        this.hook = hook;
    }

    @Override
    public Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        hook.before(Op.CREATE_TEMP, dir, null);
        return real.createTempFile(dir, prefix, suffix);
    }

    @Override
    public void writeAndForce(Path file, byte[] bytes) throws IOException {
        hook.before(Op.WRITE, file, bytes);
        real.writeAndForce(file, bytes);
    }

    @Override
    public void copyAndForce(Path from, Path to) throws IOException {
        hook.before(Op.COPY, to, null);
        real.copyAndForce(from, to);
    }

    @Override
    public void atomicMove(Path from, Path to) throws IOException {
        hook.before(Op.MOVE, to, null);
        real.atomicMove(from, to);
    }

    @Override
    public void forceDirectory(Path dir) throws IOException {
        hook.before(Op.FORCE_DIRECTORY, dir, null);
        real.forceDirectory(dir);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        hook.before(Op.DELETE, file, null);
        real.deleteIfExists(file);
    }
}
