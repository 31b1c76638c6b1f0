// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.SaveException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class SaveStatusTest {

    private static final Instant T1402 = Instant.parse("2026-11-20T14:02:00Z");
    private final SimpleObjectProperty<SaveState> wizard = new SimpleObjectProperty<>(SaveState.saved(null));
    private final SimpleObjectProperty<SaveState> settings = new SimpleObjectProperty<>(SaveState.saved(null));
    private final List<String> retried = new ArrayList<>();
    private final SaveStatus status = new SaveStatus(new Messages(), ZoneId.of("UTC"));

    SaveStatusTest() {
        status.track(wizard, () -> retried.add("wizard"));
        status.track(settings, () -> retried.add("settings"));
    }

    @Test
    void showsTheLatestSaveOfAnyScreen() {
        assertThat(status.textProperty().get()).isEqualTo("All changes saved");
        settings.set(SaveState.saved(T1402));
        assertThat(status.textProperty().get()).isEqualTo("Saved 14:02");
        wizard.set(SaveState.saved(T1402.minusSeconds(600)));
        assertThat(status.textProperty().get()).isEqualTo("Saved 14:02");
    }

    @Test
    void aSaveWaitingOrRunningAnywhereShows() {
        settings.set(SaveState.pending());
        assertThat(status.textProperty().get()).isEqualTo("Unsaved changes");
        wizard.set(SaveState.saving());
        assertThat(status.textProperty().get()).isEqualTo("Saving…");
        wizard.set(SaveState.saved(T1402));
        settings.set(SaveState.saved(T1402));
        assertThat(status.stateProperty().get()).isEqualTo(SaveState.saved(T1402));
    }

    @Test
    void aFailureAnywhereWinsAndRetryRetriesOnlyTheFailedSaver() {
        wizard.set(SaveState.saving());
        settings.set(SaveState.failed(SaveException.Reason.DISK_FULL, "Could not save the settings: disk full."));
        assertThat(status.textProperty().get()).isEqualTo("Not saved — disk full");
        assertThat(status.stateProperty().get().message()).contains("settings");
        status.retry();
        assertThat(retried).containsExactly("settings");
        settings.set(SaveState.saved(T1402));
        assertThat(status.textProperty().get()).isEqualTo("Saving…");
    }
}
