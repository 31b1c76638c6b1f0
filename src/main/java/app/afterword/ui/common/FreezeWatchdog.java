// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Notices when the UI thread stops answering: a daemon thread posts a ping to it at a steady interval and measures
 * how long the answer takes. A stall longer than the threshold is reported with what the UI thread was doing. The app
 * logs stalls; UI tests fail on them.
 */
public final class FreezeWatchdog implements AutoCloseable {

    /** One time the UI thread did not answer in time. */
    public record Stall(Duration length, String uiThreadStack) {
    }

    private static final String FX_THREAD = "JavaFX Application Thread";

    private final Executor ui;
    private final Duration threshold;
    private final Duration interval;
    private final Consumer<Stall> onStall;
    private final List<Stall> stalls = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Thread uiThread;

    /**
     * Creates a stopped watchdog.
     *
     * @param ui        runs a task on the UI thread
     * @param threshold a longer silence is a stall
     * @param interval  time between pings
     */
    public FreezeWatchdog(Executor ui, Duration threshold, Duration interval, Consumer<Stall> onStall) {
        this.ui = ui;
        this.threshold = threshold;
        this.interval = interval;
        this.onStall = onStall;
        this.thread = new Thread(this::loop, "afterword-watchdog");
        thread.setDaemon(true);
    }

    /** A watchdog on the JavaFX application thread. */
    public static FreezeWatchdog onFxThread(Duration threshold, Consumer<Stall> onStall) {
        return new FreezeWatchdog(Platform::runLater, threshold, Duration.ofMillis(100), onStall);
    }

    /** Starts watching; returns this. */
    public FreezeWatchdog start() {
        thread.start();
        return this;
    }

    private void loop() {
        long thresholdNanos = threshold.toNanos();
        while (running) {
            AtomicLong answered = new AtomicLong(-1);
            long posted = System.nanoTime();
            try {
                ui.execute(() -> {
                    uiThread = Thread.currentThread();
                    answered.set(System.nanoTime());
                });
            } catch (IllegalStateException e) {
                return;
            }
            String stack = null;
            while (running && answered.get() < 0) {
                if (stack == null && System.nanoTime() - posted > thresholdNanos) {
                    stack = stackOf(uiThread);
                }
                pause(5);
            }
            long waited = answered.get() < 0 ? System.nanoTime() - posted : answered.get() - posted;
            if (waited > thresholdNanos) {
                Stall stall = new Stall(Duration.ofNanos(waited), stack == null ? "" : stack);
                synchronized (stalls) {
                    stalls.add(stall);
                }
                onStall.accept(stall);
            }
            pause(interval.toMillis());
        }
    }

    private static String stackOf(Thread known) {
        Thread t = known;
        if (t == null) {
            t = Thread.getAllStackTraces().keySet().stream().filter(x -> FX_THREAD.equals(x.getName())).findFirst()
                .orElse(null);
        }
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(t.getName());
        for (StackTraceElement e : t.getStackTrace()) {
            sb.append("\n    at ").append(e);
        }
        return sb.toString();
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    /** Every stall seen so far. */
    public List<Stall> stalls() {
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }

    /** Stops watching and waits briefly for the watching thread to end. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
