// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessLauncherTest {

    private static final URI MAILTO = URI.create("mailto:ana@example.com?subject=Thank%20you");

    /** A runner that records commands and answers with a fixed result or failure. */
    private static final class FakeRunner implements ProcessRunner {
        final List<List<String>> commands = new ArrayList<>();
        final List<Duration> timeouts = new ArrayList<>();
        private final Result result;
        private final IOException failure;

        FakeRunner(Result result, IOException failure) {
            this.result = result;
            this.failure = failure;
        }

        @Override
        public Result run(List<String> command, Duration timeout) throws IOException {
            commands.add(command);
            timeouts.add(timeout);
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private static DesktopLauncher.LaunchOutcome open(DesktopOs os, FakeRunner runner) {
        return new ProcessLauncher(runner, os, Duration.ofSeconds(3)).open(MAILTO);
    }

    @ParameterizedTest
    @CsvSource({
        "Linux, LINUX",
        "Mac OS X, MAC",
        "Windows 11, WINDOWS",
        "FreeBSD, LINUX",
        "'', LINUX"
    })
    void osNameChoosesTheDesktopFamily(String osName, DesktopOs expected) {
        assertThat(DesktopOs.fromName(osName)).isEqualTo(expected);
    }

    @Test
    void eachSystemUsesItsOwnOpenerWithTheUriAsOneArgument() {
        String uri = MAILTO.toString();
        assertThat(DesktopOs.LINUX.openCommand(MAILTO)).containsExactly("xdg-open", uri);
        assertThat(DesktopOs.MAC.openCommand(MAILTO)).containsExactly("open", uri);
        assertThat(DesktopOs.WINDOWS.openCommand(MAILTO)).containsExactly("rundll32", "url.dll,FileProtocolHandler",
            uri);
    }

    @Test
    void exitCodeZeroMeansOpenedAndTheTimeoutIsPassedOn() {
        FakeRunner runner = new FakeRunner(ProcessRunner.Result.exited(0), null);
        DesktopLauncher.LaunchOutcome outcome = open(DesktopOs.LINUX, runner);
        assertThat(outcome.opened()).isTrue();
        assertThat(runner.commands).containsExactly(List.of("xdg-open", MAILTO.toString()));
        assertThat(runner.timeouts).containsExactly(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @CsvSource({"3", "4"})
    void xdgOpenWithoutAMailHandlerIsReportedAsNoHandler(int exitCode) {
        DesktopLauncher.LaunchOutcome outcome = open(DesktopOs.LINUX,
            new FakeRunner(ProcessRunner.Result.exited(exitCode), null));
        assertThat(outcome.status()).isEqualTo(DesktopLauncher.Status.NO_HANDLER);
        assertThat(outcome.message()).contains("no default mail app");
    }

    @Test
    void missingOpenerProgramIsReportedAsNoHandler() {
        DesktopLauncher.LaunchOutcome outcome = open(DesktopOs.LINUX,
            new FakeRunner(null, new IOException("Cannot run program \"xdg-open\"")));
        assertThat(outcome.status()).isEqualTo(DesktopLauncher.Status.NO_HANDLER);
        assertThat(outcome.message()).contains("xdg-open is not available");
    }

    @Test
    void otherNonZeroExitIsAFailureNamingTheCode() {
        DesktopLauncher.LaunchOutcome outcome = open(DesktopOs.MAC,
            new FakeRunner(ProcessRunner.Result.exited(1), null));
        assertThat(outcome.status()).isEqualTo(DesktopLauncher.Status.FAILED);
        assertThat(outcome.message()).contains("error 1");
    }

    @Test
    void openerStillRunningAtTheLimitIsNotConfirmed() {
        DesktopLauncher.LaunchOutcome outcome = open(DesktopOs.LINUX,
            new FakeRunner(ProcessRunner.Result.stillRunning(), null));
        assertThat(outcome.status()).isEqualTo(DesktopLauncher.Status.NOT_CONFIRMED);
        assertThat(outcome.message()).contains("3 seconds").contains(".eml");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void systemRunnerReportsTheRealExitCode() throws Exception {
        ProcessRunner.Result result = new SystemProcessRunner().run(List.of("sh", "-c", "exit 3"),
            Duration.ofSeconds(20));
        assertThat(result).isEqualTo(ProcessRunner.Result.exited(3));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void systemRunnerStopsWaitingForAProgramThatHangs() throws Exception {
        ProcessRunner.Result result = new SystemProcessRunner().run(List.of("sleep", "3"), Duration.ofMillis(200));
        assertThat(result.timedOut()).isTrue();
    }

    @Test
    void systemRunnerThrowsWhenTheProgramDoesNotExist() {
        assertThatThrownBy(() -> new SystemProcessRunner()
            .run(List.of("afterword-no-such-opener-program"), Duration.ofSeconds(1)))
            .isInstanceOf(IOException.class);
    }
}
