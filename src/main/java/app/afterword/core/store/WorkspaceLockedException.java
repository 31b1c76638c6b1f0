// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

/** Another Afterword process has this data folder open; two writers would overwrite each other's work. */
public final class WorkspaceLockedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for the given data folder. */
    public WorkspaceLockedException(String folder) {
        super("Afterword is already open with the data folder " + folder
            + ". Close the other window first, or use another folder with --data-dir.");
    }
}
