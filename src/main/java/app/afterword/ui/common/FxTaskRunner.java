// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's task runner: a single ordered IO thread, a low-priority compute thread and a timer thread, all daemons
 * so a closed window never leaves the JVM running. Results come back through {@link Platform#runLater}.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService io = Executors.newSingleThreadExecutor(daemon("afterword-io", Thread.NORM_PRIORITY));
    private final ExecutorService compute = Executors.newSingleThreadExecutor(daemon("afterword-work",
        Thread.MIN_PRIORITY));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon(
        "afterword-timer", Thread.NORM_PRIORITY));
    private final Consumer<Throwable> unhandled;
    private final Clock clock;

    /**
     * Creates the runner.
     *
     * @param unhandled receives failures nobody asked for (the central error handler)
     */
    public FxTaskRunner(Consumer<Throwable> unhandled, Clock clock) {
        this.unhandled = unhandled;
        this.clock = clock;
    }

    private static ThreadFactory daemon(String name, int priority) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, n.getAndIncrement() == 0 ? name : name + "-" + n.get());
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        };
    }

    @Override
    public <T> Cancellable run(Lane lane, Callable<T> work, Consumer<? super T> onDone,
                               Consumer<Throwable> onFailed) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ExecutorService executor = lane == Lane.IO ? io : compute;
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    onUi(() -> {
                        if (!cancelled.get()) {
                            onDone.accept(result);
                        }
                    });
                } catch (Throwable e) {
                    onUi(() -> {
                        if (!cancelled.get()) {
                            (onFailed != null ? onFailed : unhandled).accept(e);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            cancelled.set(true);
        }
        return () -> cancelled.set(true);
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            timer.schedule(() -> onUi(() -> {
                if (!cancelled.get()) {
                    action.run();
                }
            }), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            cancelled.set(true);
        }
        return () -> cancelled.set(true);
    }

    @Override
    public void onUi(Runnable action) {
        try {
            Platform.runLater(action);
        } catch (IllegalStateException e) {
            // The toolkit has shut down: the window is gone, so nothing is left to update.
            return;
        }
    }

    /** Runs tasks later on the JavaFX application thread; drops them once the toolkit has shut down. */
    public static Executor uiExecutor() {
        return action -> {
            try {
                Platform.runLater(action);
            } catch (IllegalStateException e) {
                // No toolkit any more: nothing left on screen to update.
                return;
            }
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void shutdown(Duration grace) {
        timer.shutdownNow();
        compute.shutdownNow();
        io.shutdown();
        try {
            io.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
