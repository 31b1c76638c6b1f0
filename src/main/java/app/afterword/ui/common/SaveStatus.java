// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The one save state the window's header shows, whichever screen saves: the wizard, the review step's notes, the
 * settings... Each saver reports here, and so does every other write the app makes (a note recorded as sent, a
 * reply): a failure anywhere shows first (with its reason, and "Retry" retries every failed saver), then a save
 * running, then edits waiting; otherwise "Saved" with the latest time. Plain JavaFX properties, on the UI thread;
 * testable without a toolkit.
 */
public final class SaveStatus {

    private static final DateTimeFormatter SAVED_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private record Source(ObservableValue<SaveState> state, Runnable retry) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state",
        SaveState.saved(null));
    private final ReadOnlyObjectWrapper<SaveState> writes = new ReadOnlyObjectWrapper<>(this, "writes",
        SaveState.saved(null));
    private final StringBinding text;

    /** A status whose words come from {@code messages}, with times in {@code zone}. */
    public SaveStatus(Messages messages, ZoneId zone) {
        text = Bindings.createStringBinding(() -> describe(messages, zone, state.get()), state);
        track(writes, () -> { });
    }

    /**
     * A write that has no saver of its own finished at {@code at} (the history of a note marked as sent): "Saved"
     * moves on to that time, so the header never shows an older save than the data on disk.
     */
    public void written(Instant at) {
        SaveState was = writes.get();
        if (at != null && (was.at() == null || at.isAfter(was.at()))) {
            writes.set(SaveState.saved(at));
        }
    }

    /** The words for a state: "Saved 14:02", "Not saved — disk full". */
    public static String describe(Messages m, ZoneId zone, SaveState s) {
        return switch (s.kind()) {
            case SAVED -> s.at() == null ? m.get("save.upToDate")
                : m.get("save.saved", SAVED_TIME.format(s.at().atZone(zone)));
            case PENDING -> m.get("save.pending");
            case SAVING -> m.get("save.saving");
            case FAILED -> m.get("save.failed." + (s.reason() == null ? "other"
                : s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        };
    }

    /**
     * Follows one saver.
     *
     * @param saverState the saver's state
     * @param retry      saves again after a failure ("Retry")
     */
    public void track(ObservableValue<SaveState> saverState, Runnable retry) {
        sources.add(new Source(saverState, retry));
        saverState.addListener((o, was, now) -> update());
        update();
    }

    private void update() {
        SaveState failed = null;
        boolean saving = false;
        boolean pending = false;
        Instant latest = null;
        for (Source s : sources) {
            SaveState v = s.state().getValue();
            if (v == null) {
                continue;
            }
            switch (v.kind()) {
                case FAILED -> failed = failed == null ? v : failed;
                case SAVING -> saving = true;
                case PENDING -> pending = true;
                default -> latest = v.at() != null && (latest == null || v.at().isAfter(latest)) ? v.at() : latest;
            }
        }
        SaveState now;
        if (failed != null) {
            now = failed;
        } else if (saving) {
            now = SaveState.saving();
        } else if (pending) {
            now = SaveState.pending();
        } else {
            now = SaveState.saved(latest);
        }
        if (!now.equals(state.get())) {
            state.set(now);
        }
    }

    /** Saves again every saver whose last save failed. */
    public void retry() {
        for (Source s : List.copyOf(sources)) {
            SaveState v = s.state().getValue();
            if (v != null && v.kind() == SaveState.Kind.FAILED) {
                s.retry().run();
            }
        }
    }

    /** The combined state. */
    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The combined state in words. */
    public StringBinding textProperty() {
        return text;
    }
}
