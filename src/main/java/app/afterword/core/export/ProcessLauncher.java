// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Opens URIs with the platform's opener program ({@code xdg-open}, {@code open}, {@code rundll32}) and reads its exit
 * code, unlike toolkit calls that only log when no application is registered. Used by the desktop and the command line.
 */
public final class ProcessLauncher implements DesktopLauncher {
    /** How long to wait for the opener when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** xdg-open: "a required tool could not be found" (no handler for the scheme). */
    private static final int XDG_NO_TOOL = 3;
    /** xdg-open: "the action failed". */
    private static final int XDG_ACTION_FAILED = 4;

    private final ProcessRunner runner;
    private final DesktopOs os;
    private final Duration timeout;

    /** A launcher for the given system family that waits at most {@code timeout} for the opener. */
    public ProcessLauncher(ProcessRunner runner, DesktopOs os, Duration timeout) {
        if (runner == null || os == null || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("runner, os and a positive timeout are required");
        }
        this.runner = runner;
        this.os = os;
        this.timeout = timeout;
    }

    @Override
    public LaunchOutcome open(URI uri) {
        if (uri == null) {
            return new LaunchOutcome(Status.FAILED, "There is nothing to open.");
        }
        String what = "mailto".equalsIgnoreCase(uri.getScheme()) ? "mail app" : "application for this link";
        String program = os.openCommand(uri).get(0);
        ProcessRunner.Result result;
        try {
            result = runner.run(os.openCommand(uri), timeout);
        } catch (IOException e) {
            return new LaunchOutcome(Status.NO_HANDLER, "Couldn't open the " + what + ": " + program
                + " is not available on this system.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LaunchOutcome(Status.NOT_CONFIRMED, "Stopped waiting for the " + what + " to open.");
        }
        if (result.timedOut()) {
            return new LaunchOutcome(Status.NOT_CONFIRMED, "The " + what + " did not confirm within "
                + seconds(timeout) + "; if nothing opened, use copy or the .eml file instead.");
        }
        if (result.exitCode() == 0) {
            return new LaunchOutcome(Status.OPENED, "Opened in your " + what + ".");
        }
        if (os == DesktopOs.LINUX && (result.exitCode() == XDG_NO_TOOL || result.exitCode() == XDG_ACTION_FAILED)) {
            return new LaunchOutcome(Status.NO_HANDLER, "Couldn't open the " + what + ": no default " + what
                + " is set up on this system.");
        }
        return new LaunchOutcome(Status.FAILED, "Couldn't open the " + what + " (" + program + " reported error "
            + result.exitCode() + ").");
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s == 1 ? "1 second" : s + " seconds";
    }
}
