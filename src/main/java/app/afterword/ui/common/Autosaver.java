// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.core.store.SaveException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Saves what the person types without them asking: after a short pause, at least every few seconds while they keep
 * typing, and at once when asked (step change, Ctrl+S, closing). The state to save is snapshotted on the UI thread
 * and written on the IO lane; only one save runs at a time and edits made meanwhile are saved right after it. A
 * failed save keeps the edits, shows why, and is retried.
 *
 * @param <S> the snapshot written
 * @param <R> what a save returns (ids assigned...), applied on the UI thread
 */
public final class Autosaver<S, R> {

    /** Writes a snapshot; runs on the IO lane. */
    @FunctionalInterface
    public interface Writer<S, R> {
        /** Writes it; a {@link SaveException} says why it could not. */
        R write(S snapshot) throws SaveException;
    }

    private final TaskRunner runner;
    private final Supplier<S> snapshot;
    private final Writer<S, R> writer;
    private final Consumer<R> applied;
    private final Consumer<Throwable> unexpected;
    private final Duration pause;
    private final Duration maxInterval;
    private final Duration retryAfter;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state",
        SaveState.saved(null));
    private TaskRunner.Cancellable timer;
    private Instant firstUnsaved;
    private boolean dirty;
    private boolean inFlight;
    private boolean again;
    private int saves;
    private int generation;
    private Runnable afterSave;

    /**
     * Creates a saver.
     *
     * @param snapshot    takes the state to save, on the UI thread
     * @param writer      writes it, on the IO lane
     * @param applied     receives the writer's result on the UI thread
     * @param unexpected  receives failures that are not a {@link SaveException} (a bug), after the state shows them
     * @param pause       how long typing must pause before a save (about 1.5 s)
     * @param maxInterval the longest time edits wait while typing goes on (about 10 s)
     * @param retryAfter  when to try again after a failed save
     */
    public Autosaver(TaskRunner runner, Supplier<S> snapshot, Writer<S, R> writer, Consumer<R> applied,
                     Consumer<Throwable> unexpected, Duration pause, Duration maxInterval, Duration retryAfter) {
        this.runner = runner;
        this.snapshot = snapshot;
        this.writer = writer;
        this.applied = applied;
        this.unexpected = unexpected;
        this.pause = pause;
        this.maxInterval = maxInterval;
        this.retryAfter = retryAfter;
    }

    /** Records an edit: schedules a save after the pause, or saves now when edits have waited too long. */
    public void changed() {
        Instant now = runner.clock().instant();
        dirty = true;
        if (firstUnsaved == null) {
            firstUnsaved = now;
        }
        if (state.get().kind() == SaveState.Kind.SAVED) {
            state.set(SaveState.pending());
        }
        cancelTimer();
        Duration waited = Duration.between(firstUnsaved, now);
        Duration left = maxInterval.minus(waited);
        if (left.isZero() || left.isNegative()) {
            flush();
        } else {
            timer = runner.after(left.compareTo(pause) < 0 ? left : pause, this::flush);
        }
    }

    /** Saves now if there is anything unsaved. */
    public void flush() {
        cancelTimer();
        if (!dirty) {
            return;
        }
        if (inFlight) {
            again = true;
            return;
        }
        S snap = snapshot.get();
        dirty = false;
        firstUnsaved = null;
        inFlight = true;
        state.set(SaveState.saving());
        int gen = generation;
        runner.run(TaskRunner.Lane.IO, () -> writer.write(snap), r -> {
            if (gen == generation) {
                succeeded(r);
            }
        }, e -> {
            if (gen == generation) {
                failed(e);
            }
        });
    }

    /**
     * Runs {@code next} once everything typed is on disk: at once when nothing is unsaved, else after the save
     * finishes. When the save fails, {@code next} is dropped and the failure shows, so nothing typed is ever left
     * behind (used before switching to another interview).
     */
    public void flushThen(Runnable next) {
        if (!dirty && !inFlight) {
            next.run();
            return;
        }
        afterSave = next;
        flush();
    }

    /** Saves now even when nothing changed (Ctrl+S, "Retry"). */
    public void saveNow() {
        dirty = true;
        flush();
    }

    /** Marks everything as saved without writing (an interview was just opened from disk). */
    public void reset(Instant savedAt) {
        cancelTimer();
        generation++;
        inFlight = false;
        afterSave = null;
        dirty = false;
        again = false;
        firstUnsaved = null;
        state.set(SaveState.saved(savedAt));
    }

    private void succeeded(R result) {
        inFlight = false;
        saves++;
        applied.accept(result);
        state.set(dirty ? SaveState.pending() : SaveState.saved(runner.clock().instant()));
        if (again) {
            again = false;
            flush();
        } else if (afterSave != null && !dirty) {
            Runnable next = afterSave;
            afterSave = null;
            next.run();
        } else if (afterSave != null) {
            flush();
        }
    }

    private void failed(Throwable error) {
        inFlight = false;
        again = false;
        afterSave = null;
        dirty = true;
        if (firstUnsaved == null) {
            firstUnsaved = runner.clock().instant();
        }
        if (error instanceof SaveException save) {
            state.set(SaveState.failed(save.reason(), save.getMessage()));
        } else {
            state.set(SaveState.failed(SaveException.Reason.OTHER, null));
            unexpected.accept(error);
        }
        cancelTimer();
        timer = runner.after(retryAfter, this::flush);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** The current state. */
    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True when edits are not on disk yet. */
    public boolean hasUnsaved() {
        return dirty || inFlight;
    }

    /** How many saves have finished, for tests and benchmarks. */
    public int completedSaves() {
        return saves;
    }
}
