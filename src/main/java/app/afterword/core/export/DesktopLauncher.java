// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.net.URI;

/**
 * Opens a URI (a {@code mailto:} link, an exported file) with the user's default application. A desktop service: the
 * core asks, an implementation decides how; every implementation reports honestly whether it worked, because opening a
 * link can fail without a sound.
 */
public interface DesktopLauncher {

    /** Asks the system to open the URI; never throws. */
    LaunchOutcome open(URI uri);

    /** Asks the system to show a folder or open a file with its default application; never throws. */
    default LaunchOutcome open(java.nio.file.Path path) {
        return path == null ? new LaunchOutcome(Status.FAILED, "There is nothing to open.") : open(path.toUri());
    }

    /**
     * The result of one open request.
     *
     * @param status  what is known about the result
     * @param message one sentence for the user; for anything but {@link Status#OPENED} it says what to do instead
     */
    record LaunchOutcome(Status status, String message) {
        /** Requires both parts. */
        public LaunchOutcome {
            if (status == null || message == null) {
                throw new IllegalArgumentException("status and message are required");
            }
        }

        /** True when the system confirmed it handed the URI to an application. */
        public boolean opened() {
            return status == Status.OPENED;
        }
    }

    /** What is known after asking the system to open a URI. */
    enum Status {
        /** The opener exited with success. */
        OPENED,
        /** No opener or no application for this kind of link is installed. */
        NO_HANDLER,
        /** The opener ran but reported a failure. */
        FAILED,
        /** The opener did not answer within the time limit; the application may or may not have opened. */
        NOT_CONFIRMED
    }
}
