// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.nio.file.Path;

/** A child process that opens a workspace, says "open", and keeps it open until its input closes. */
public final class HoldLock {
    private HoldLock() {
    }

    /** Arguments: the data folder. */
    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                Thread.onSpinWait();
            }
        } catch (WorkspaceLockedException e) {
            System.out.println("locked: " + e.getMessage());
        }
    }
}
