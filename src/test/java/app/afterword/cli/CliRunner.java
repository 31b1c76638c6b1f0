// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process against a data folder and captures what it prints. */
public final class CliRunner {
    private final Path dataDir;

    /** A runner whose commands use {@code dataDir} through the environment variable. */
    public CliRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** What one command printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs a command with empty standard input. */
    public Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs a command with the given standard input. */
    public Result runWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(Map.of("AFTERWORD_DATA_DIR", dataDir.toString()), new PrintWriter(out, true),
            new PrintWriter(err, true), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        int code = cli.run(args);
        return new Result(code, out.toString(), err.toString());
    }
}
