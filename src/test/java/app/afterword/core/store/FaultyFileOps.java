// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * File operations that fail at the n-th step. In "crash" mode every later step fails too, as if the process had
 * died there: nothing gets cleaned up, which is what a kill or a power cut leaves behind.
 */
final class FaultyFileOps extends InterceptedFileOps {
    private final Counter counter;

    FaultyFileOps(int failAt, boolean crash, String reason) {
        this(new Counter(failAt, crash, reason));
    }

    private FaultyFileOps(Counter counter) {
        super(counter);
        this.counter = counter;
    }

    int count() {
        return counter.count;
    }

    private static final class Counter implements Hook {
        private final int failAt;
        private final boolean crash;
        private final String reason;
        private int count;

        Counter(int failAt, boolean crash, String reason) {
            this.failAt = failAt;
            this.crash = crash;
            this.reason = reason;
        }

        @Override
        public void before(Op op, Path path, byte[] bytes) throws IOException {
            count++;
            if (count == failAt || crash && count > failAt) {
                throw new FileSystemException("file", null, reason);
            }
        }
    }
}
