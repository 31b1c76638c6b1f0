// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner for tests and tools: work runs at once on the calling thread, and time only moves when
 * {@link #advance(Duration)} says so. Work can be held back ({@link #hold(boolean)}) to test what a screen shows
 * while a save is still running.
 */
public final class DirectTaskRunner implements TaskRunner {

    private final ManualClock clock;
    private final Consumer<Throwable> unhandled;
    private final List<Timer> timers = new ArrayList<>();
    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean holding;
    private long sequence;

    /** A runner starting at {@code start} in {@code zone}; unhandled failures go to {@code unhandled}. */
    public DirectTaskRunner(Instant start, ZoneId zone, Consumer<Throwable> unhandled) {
        this.clock = new ManualClock(start, zone);
        this.unhandled = unhandled;
    }

    @Override
    public <T> Cancellable run(Lane lane, Callable<T> work, Consumer<? super T> onDone,
                               Consumer<Throwable> onFailed) {
        boolean[] cancelled = {false};
        Runnable job = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                if (!cancelled[0]) {
                    (onFailed != null ? onFailed : unhandled).accept(e);
                }
                return;
            }
            if (!cancelled[0]) {
                onDone.accept(result);
            }
        };
        if (holding) {
            held.add(job);
        } else {
            job.run();
        }
        return () -> cancelled[0] = true;
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        Timer t = new Timer(clock.instant().plus(delay), sequence++, action);
        timers.add(t);
        return () -> timers.remove(t);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void shutdown(Duration grace) {
        runHeld();
    }

    /** Moves time forward, running every timer that falls due on the way, in order. */
    public void advance(Duration by) {
        Instant target = clock.instant().plus(by);
        while (true) {
            Timer next = timers.stream().filter(t -> !t.due.isAfter(target))
                .min(Comparator.comparing(Timer::due).thenComparingLong(Timer::seq)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            if (next.due.isAfter(clock.instant())) {
                clock.set(next.due);
            }
            next.action.run();
        }
        clock.set(target);
    }

    /** While true, work waits in a queue instead of running; {@link #runHeld()} releases it. */
    public void hold(boolean hold) {
        holding = hold;
    }

    /** Runs the work held back so far, in order. */
    public void runHeld() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }

    /** How many pieces of work are held back. */
    public int heldWork() {
        return held.size();
    }

    /** How many timers are waiting. */
    public int pendingTimers() {
        return timers.size();
    }

    private record Timer(Instant due, long seq, Runnable action) {
    }

    /** A clock that only moves when told to. */
    private static final class ManualClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        ManualClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new ManualClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
