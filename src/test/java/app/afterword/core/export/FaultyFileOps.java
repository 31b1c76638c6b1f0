// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.store.InterceptedFileOps;
import app.afterword.core.store.RealFileOps;
import java.io.IOException;
import java.util.Arrays;

/** Real file operations that fail at one chosen step, the way a full disk or a pulled drive does. */
final class FaultyFileOps extends InterceptedFileOps {
    enum Step { CREATE_TEMP, WRITE, MOVE }

    FaultyFileOps(Step failAt, IOException failure) {
        super((op, path, bytes) -> {
            if (op.name().equals(failAt.name())) {
                if (op == Op.WRITE) {
                    // Half the bytes reach the disk before it fills up.
                    new RealFileOps().writeAndForce(path, Arrays.copyOf(bytes, bytes.length / 2));
                }
                throw failure;
            }
        });
    }
}
