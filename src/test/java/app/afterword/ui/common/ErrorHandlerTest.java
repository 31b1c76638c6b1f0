// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {

    private final DirectTaskRunner runner = new DirectTaskRunner(Instant.parse("2026-11-24T14:00:00Z"),
        ZoneOffset.UTC, e -> { });
    private final Messages messages = new Messages();
    private final ErrorHandler handler = new ErrorHandler(Runnable::run, runner.clock(), messages,
        Duration.ofSeconds(20));
    private int emergencySaves;

    @Test
    void aFailureShowsOneCalmMessageAndAsksForAnEmergencySave() {
        handler.setEmergencySave(() -> emergencySaves++);
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("Ana Souza's note"));
        assertThat(handler.noticeProperty().get().message()).isEqualTo(messages.get("error.unexpected"));
        assertThat(handler.noticeProperty().get().count()).isOne();
        assertThat(emergencySaves).isOne();
    }

    @Test
    void moreFailuresWhileTheMessageShowsOnlyRaiseItsCount() {
        handler.report(new IllegalStateException());
        handler.report(new IllegalArgumentException());
        handler.report(new NullPointerException());
        assertThat(handler.noticeProperty().get().count()).isEqualTo(3);
    }

    @Test
    void afterDismissingANewMessageWaitsForTheQuietPeriod() {
        handler.report(new IllegalStateException());
        handler.dismiss();
        handler.report(new IllegalStateException());
        assertThat(handler.noticeProperty().get()).isNull();
        runner.advance(Duration.ofSeconds(21));
        handler.report(new IllegalStateException());
        assertThat(handler.noticeProperty().get().count()).isEqualTo(2);
    }

    @Test
    void aFailingEmergencySaveNeverThrowsOutOfTheHandler() {
        handler.setEmergencySave(() -> {
            throw new IllegalStateException("save broke too");
        });
        assertThatCode(() -> handler.report(new IllegalStateException())).doesNotThrowAnyException();
        assertThat(handler.noticeProperty().get()).isNotNull();
    }

    @Test
    void theLogLineCarriesTypesAndFramesButNoMessageText() {
        Exception e = new IllegalStateException("Dear María, thank you", new RuntimeException("ana@acme.com"));
        String line = ErrorHandler.describe(e);
        assertThat(line).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException",
            "ErrorHandlerTest").doesNotContain("María", "ana@acme.com");
    }
}
