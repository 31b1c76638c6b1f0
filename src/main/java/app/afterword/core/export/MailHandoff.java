// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;

/**
 * "Open in the mail app": builds the {@code mailto:} link, refuses links that are too long, asks the launcher, and
 * always says what happened. Opening a link can fail silently, so every outcome except a confirmed open tells the user
 * to copy the note or save a .eml draft instead; the UI shows those two buttons beside it in every case.
 */
public final class MailHandoff {
    private final DesktopLauncher launcher;
    private final int limit;

    /** A hand-off through the given launcher, trusting links up to {@code limit} characters. */
    public MailHandoff(DesktopLauncher launcher, int limit) {
        if (launcher == null || limit < 1) {
            throw new IllegalArgumentException("a launcher and a positive limit are required");
        }
        this.launcher = launcher;
        this.limit = limit;
    }

    /** Tries to open the draft in the mail app; never throws. */
    public Outcome open(Interview interview, Draft draft) {
        MailtoLink link = MailtoLink.forDraft(interview, draft, limit);
        if (link.tooLong()) {
            return new Outcome(Result.TOO_LONG, "This note is too long to hand to the mail app as a link ("
                + link.length() + " characters; about " + limit + " is the safe limit). Copy it, or save it as a "
                + ".eml draft and open that.", link);
        }
        DesktopLauncher.LaunchOutcome launched = launcher.open(link.toUri());
        return switch (launched.status()) {
            case OPENED -> new Outcome(Result.OPENED, launched.message()
                + " If no message appeared, copy the note or save a .eml draft instead.", link);
            case NO_HANDLER -> new Outcome(Result.NO_MAIL_APP, launched.message()
                + " Copy the note, or save it as a .eml draft and open that.", link);
            case NOT_CONFIRMED -> new Outcome(Result.NOT_CONFIRMED, launched.message(), link);
            default -> new Outcome(Result.FAILED, launched.message()
                + " Copy the note, or save it as a .eml draft and open that.", link);
        };
    }

    /** What happened when the note was handed to the mail app. */
    public enum Result {
        /** The system said the mail app opened. */
        OPENED,
        /** The link was too long to trust; nothing was opened. */
        TOO_LONG,
        /** No mail app or no opener is set up. */
        NO_MAIL_APP,
        /** The opener reported an error. */
        FAILED,
        /** The opener did not answer in time. */
        NOT_CONFIRMED
    }

    /**
     * The outcome of one hand-off.
     *
     * @param result  what happened
     * @param message one or two sentences for the user, naming the fallback when needed
     * @param link    the link that was (or would have been) opened
     */
    public record Outcome(Result result, String message, MailtoLink link) {
    }
}
