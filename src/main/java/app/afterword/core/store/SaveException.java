// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * A save that did not happen. The previous file is untouched and the caller still holds the data; the message says
 * why in words a person can act on, and {@link #reason()} lets the UI offer the right button.
 */
public final class SaveException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a save failed, from the user's point of view. */
    public enum Reason {
        DISK_FULL, NOT_ALLOWED, FOLDER_GONE, NOT_ATOMIC, READ_ONLY_RECORD, NOT_A_FILE, TOO_LARGE, OTHER
    }

    /**
     * The sentence that ends a save failure in the app, where the change stays in memory; a command line that exits
     * replaces it (see {@link #forCommandLine(String)}), since nothing is kept once it has exited.
     */
    public static final String KEPT_IN_MEMORY = " Your changes are kept in memory and will be saved again when you "
        + "retry.";

    private final Reason reason;

    /** Creates the exception. */
    public SaveException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The category of the failure. */
    public Reason reason() {
        return reason;
    }

    /** A save failure's message for a process that exits: says nothing was saved instead of "kept in memory". */
    public static String forCommandLine(String message) {
        return message.replace(KEPT_IN_MEMORY, " Nothing was saved; run the command again once that is fixed.");
    }

    /** Explains an I/O failure while saving {@code what} (e.g. "the interview with Acme"). */
    public static SaveException of(String what, Throwable e) {
        String detail = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String kept = KEPT_IN_MEMORY;
        if (detail.contains("no space left") || detail.contains("disk full") || detail.contains("not enough space")
            || detail.contains("quota")) {
            return new SaveException(Reason.DISK_FULL, "Could not save " + what
                + ": the disk is full. Free some space, then retry." + kept, e);
        }
        if (e instanceof AccessDeniedException || e instanceof ReadOnlyFileSystemException
            || detail.contains("read-only") || detail.contains("permission denied")) {
            return new SaveException(Reason.NOT_ALLOWED, "Could not save " + what
                + ": the data folder is read-only or not writable. Check its permissions, or choose another folder "
                + "with --data-dir." + kept, e);
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return new SaveException(Reason.NOT_ATOMIC, "Could not save " + what
                + ": this folder does not support safe replacement of files (for example some network shares). "
                + "Choose a folder on a local disk." + kept, e);
        }
        if (e instanceof NoSuchFileException) {
            return new SaveException(Reason.FOLDER_GONE, "Could not save " + what
                + ": the data folder is no longer there (was a drive removed?). Reconnect it, or choose another "
                + "folder." + kept, e);
        }
        String cause = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
            : e instanceof IOException ? e.getClass().getSimpleName() : "unexpected error";
        return new SaveException(Reason.OTHER, "Could not save " + what + " (" + cause + ")." + kept, e);
    }
}
