// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.SaveException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutosaverTest {

    private final List<Throwable> unexpected = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner(Instant.parse("2026-11-24T14:00:00Z"),
        ZoneOffset.UTC, unexpected::add);
    private final List<String> written = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private String text = "";
    private SaveException failWith;
    private RuntimeException breakWith;

    private final Autosaver<String, String> saver = new Autosaver<>(runner, () -> text, snapshot -> {
        if (failWith != null) {
            throw failWith;
        }
        if (breakWith != null) {
            throw breakWith;
        }
        written.add(snapshot);
        return "ok:" + snapshot;
    }, applied::add, unexpected::add, Duration.ofMillis(1500), Duration.ofSeconds(10), Duration.ofSeconds(15));

    private void type(String s) {
        text = s;
        saver.changed();
    }

    @Test
    void savesOnceTypingHasPausedForASecondAndAHalf() {
        type("A");
        type("Ac");
        runner.advance(Duration.ofMillis(1400));
        assertThat(written).isEmpty();
        assertThat(saver.stateProperty().get().kind()).isEqualTo(SaveState.Kind.PENDING);
        runner.advance(Duration.ofMillis(100));
        assertThat(written).containsExactly("Ac");
        assertThat(applied).containsExactly("ok:Ac");
        assertThat(saver.stateProperty().get()).isEqualTo(SaveState.saved(Instant.parse("2026-11-24T14:00:01.500Z")));
    }

    @Test
    void eachEditRestartsThePause() {
        type("A");
        runner.advance(Duration.ofMillis(1000));
        type("Ab");
        runner.advance(Duration.ofMillis(1000));
        assertThat(written).isEmpty();
        runner.advance(Duration.ofMillis(500));
        assertThat(written).containsExactly("Ab");
    }

    @Test
    void continuousTypingIsSavedAtLeastEveryTenSeconds() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            sb.append('x');
            type(sb.toString());
            runner.advance(Duration.ofSeconds(1));
        }
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).hasSize(10);
        assertThat(written.get(1)).hasSize(20);
        runner.advance(Duration.ofSeconds(2));
        assertThat(written).hasSize(3).last().asString().hasSize(25);
    }

    @Test
    void flushSavesAtOnceAndNothingWhenNothingChanged() {
        saver.flush();
        assertThat(written).isEmpty();
        type("Acme");
        saver.flush();
        assertThat(written).containsExactly("Acme");
        runner.advance(Duration.ofSeconds(5));
        assertThat(written).containsExactly("Acme");
        assertThat(runner.pendingTimers()).isZero();
    }

    @Test
    void saveNowWritesEvenWithoutEdits() {
        saver.saveNow();
        assertThat(written).containsExactly("");
    }

    @Test
    void editsMadeWhileASaveRunsAreSavedRightAfterIt() {
        runner.hold(true);
        type("A");
        saver.flush();
        assertThat(saver.stateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVING);
        type("AB");
        saver.flush();
        assertThat(runner.heldWork()).isOne();
        runner.runHeld();
        assertThat(written).containsExactly("A", "AB");
        assertThat(saver.hasUnsaved()).isFalse();
    }

    @Test
    void aFullDiskKeepsTheEditsShowsWhyAndRetries() {
        failWith = new SaveException(SaveException.Reason.DISK_FULL, "Could not save: the disk is full.", null);
        type("Acme");
        runner.advance(Duration.ofMillis(1500));
        SaveState state = saver.stateProperty().get();
        assertThat(state.kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(state.reason()).isEqualTo(SaveException.Reason.DISK_FULL);
        assertThat(state.message()).contains("disk is full");
        assertThat(saver.hasUnsaved()).isTrue();
        assertThat(unexpected).isEmpty();

        type("Acme Inc");
        assertThat(saver.stateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
        failWith = null;
        runner.advance(Duration.ofMillis(1500));
        assertThat(written).containsExactly("Acme Inc");
        assertThat(saver.stateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
    }

    @Test
    void aFailedSaveIsRetriedWithoutFurtherEdits() {
        failWith = new SaveException(SaveException.Reason.NOT_ALLOWED, "read-only", null);
        type("Acme");
        saver.flush();
        failWith = null;
        runner.advance(Duration.ofSeconds(14));
        assertThat(written).isEmpty();
        runner.advance(Duration.ofSeconds(1));
        assertThat(written).containsExactly("Acme");
    }

    @Test
    void aBugInTheWriterIsReportedAndTheEditsAreKept() {
        breakWith = new IllegalStateException("bug");
        type("Acme");
        saver.flush();
        assertThat(unexpected).singleElement().isSameAs(breakWith);
        assertThat(saver.stateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(saver.hasUnsaved()).isTrue();
    }

    @Test
    void resetForgetsPendingEdits() {
        type("Acme");
        saver.reset(Instant.parse("2026-11-20T09:00:00Z"));
        runner.advance(Duration.ofSeconds(20));
        assertThat(written).isEmpty();
        assertThat(saver.stateProperty().get().at()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    }

    @Test
    void flushThenRunsAtOnceWhenEverythingIsSaved() {
        List<String> ran = new ArrayList<>();
        saver.flushThen(() -> ran.add("next"));
        assertThat(ran).containsExactly("next");
    }

    @Test
    void flushThenWaitsUntilTheEditsAreOnDisk() {
        List<String> ran = new ArrayList<>();
        runner.hold(true);
        type("Acme");
        saver.flushThen(() -> ran.add("next:" + written));
        assertThat(ran).isEmpty();
        runner.runHeld();
        assertThat(ran).containsExactly("next:[Acme]");
    }

    @Test
    void flushThenIsDroppedWhenTheSaveFails() {
        List<String> ran = new ArrayList<>();
        failWith = new SaveException(SaveException.Reason.DISK_FULL, "full", null);
        type("Acme");
        saver.flushThen(() -> ran.add("next"));
        assertThat(ran).isEmpty();
        failWith = null;
        runner.advance(Duration.ofSeconds(15));
        assertThat(written).containsExactly("Acme");
        assertThat(ran).isEmpty();
    }

    @Test
    void aSaveFinishingAfterAResetDoesNotReachTheNewState() {
        runner.hold(true);
        type("old interview");
        saver.flush();
        saver.reset(null);
        runner.runHeld();
        assertThat(written).containsExactly("old interview");
        assertThat(applied).isEmpty();
        assertThat(saver.stateProperty().get()).isEqualTo(SaveState.saved(null));
    }
}
