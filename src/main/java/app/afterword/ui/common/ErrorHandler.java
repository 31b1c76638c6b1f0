// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every unexpected failure ends up: event handlers, background work, timers. It logs the failure without any
 * of the user's text, asks for an emergency save of what is on screen, and shows one calm, non-modal message; the
 * app keeps running. Messages are rate-limited: while one is showing, more failures only raise its count, and after
 * it is dismissed a new one appears only after a quiet period.
 */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {

    /** What the message area shows. */
    public record Notice(String message, int count) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
    private static final int FRAMES = 12;

    private final Executor ui;
    private final Clock clock;
    private final Messages messages;
    private final Duration quietPeriod;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private volatile Runnable emergencySave = () -> { };
    private Instant lastShown;
    private int unseen;
    private boolean handling;

    /**
     * Creates the handler.
     *
     * @param ui          runs code on the UI thread
     * @param quietPeriod the least time between two messages
     */
    public ErrorHandler(Executor ui, Clock clock, Messages messages, Duration quietPeriod) {
        this.ui = ui;
        this.clock = clock;
        this.messages = messages;
        this.quietPeriod = quietPeriod;
    }

    /** Sets what to save when something fails (runs on the UI thread). */
    public void setEmergencySave(Runnable save) {
        emergencySave = save == null ? () -> { } : save;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report(error);
    }

    /** Handles a failure from any thread; never throws. */
    public void report(Throwable error) {
        try {
            LOG.error("Unexpected failure on {}: {}", Thread.currentThread().getName(), describe(error));
        } catch (Throwable ignored) {
            // Logging must never take the app down.
        }
        try {
            ui.execute(this::show);
        } catch (Throwable ignored) {
            // No UI thread any more: the failure is logged, and there is no window to tell.
        }
    }

    private void show() {
        if (handling) {
            return;
        }
        handling = true;
        try {
            try {
                emergencySave.run();
            } catch (Throwable saveFailure) {
                LOG.error("Emergency save failed: {}", describe(saveFailure));
            }
            Notice current = notice.get();
            Instant now = clock.instant();
            if (current != null) {
                notice.set(new Notice(current.message(), current.count() + 1));
            } else if (lastShown != null && now.isBefore(lastShown.plus(quietPeriod))) {
                unseen++;
            } else {
                notice.set(new Notice(messages.get("error.unexpected"), 1 + unseen));
                unseen = 0;
                lastShown = now;
            }
        } finally {
            handling = false;
        }
    }

    /** The message to show, or null when there is none. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Hides the message (the user closed it). */
    public void dismiss() {
        notice.set(null);
    }

    /**
     * The failure's types and stack frames, without any exception message: messages can carry names, company names
     * or note text, and logs must not.
     */
    public static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Throwable t = error;
        for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause()) {
            if (depth > 0) {
                sb.append(" | caused by ");
            }
            sb.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                sb.append("\n    at ").append(frames[i]);
            }
        }
        return sb.toString();
    }
}
