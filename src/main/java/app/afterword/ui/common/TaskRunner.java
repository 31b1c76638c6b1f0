// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run work off the UI thread and come back to it. Work runs on a lane; its result (or failure)
 * is handed back on the UI thread, so ViewModels only ever write their properties there. The app uses the JavaFX
 * implementation; ViewModel tests use {@link DirectTaskRunner}, which runs everything at once and moves time by
 * hand.
 */
public interface TaskRunner {

    /** Where work runs. */
    enum Lane {
        /** One thread, in order: file writes and reads, so saves never overtake each other. */
        IO,
        /** Background computation (rendering, checks) that must not hold up saves. */
        COMPUTE
    }

    /** A handle to stop a result or a timer from reaching the UI thread. */
    interface Cancellable {
        /** Stops the callback if it has not run yet; a no-op afterwards. */
        void cancel();
    }

    /**
     * Runs {@code work} on the lane, then {@code onDone} with its result on the UI thread, or {@code onFailed} with
     * what it threw. A null {@code onFailed} sends the failure to the central error handler.
     */
    <T> Cancellable run(Lane lane, Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed);

    /** Runs {@code action} on the UI thread after {@code delay}. */
    Cancellable after(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread soon (now, when already on it and the runner is direct). */
    void onUi(Runnable action);

    /** The clock timers and save times are measured with. */
    Clock clock();

    /** Stops accepting work and waits up to {@code grace} for queued writes to finish. */
    void shutdown(Duration grace);
}
