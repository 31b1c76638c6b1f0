// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FreezeWatchdogTest {

    @Test
    void aBlockedUiThreadIsReportedWithWhatItWasDoing() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<FreezeWatchdog.Stall> seen = new CopyOnWriteArrayList<>();
        try (FreezeWatchdog dog = FreezeWatchdog.onFxThread(Duration.ofMillis(500), seen::add).start()) {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    Thread.sleep(900);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.countDown();
            });
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(dog.stalls()).isNotEmpty();
            FreezeWatchdog.Stall stall = dog.stalls().get(0);
            assertThat(stall.length()).isGreaterThan(Duration.ofMillis(500));
            assertThat(stall.uiThreadStack()).contains("sleep").contains("FreezeWatchdogTest");
        }
    }

    @Test
    void aThreadThatAnswersAtOnceIsNeverReported() throws Exception {
        Executor direct = Runnable::run;
        List<FreezeWatchdog.Stall> seen = new CopyOnWriteArrayList<>();
        try (FreezeWatchdog dog = new FreezeWatchdog(direct, Duration.ofSeconds(5), Duration.ofMillis(10), seen::add)
            .start()) {
            Thread.sleep(200);
        }
        assertThat(seen).isEmpty();
    }
}
