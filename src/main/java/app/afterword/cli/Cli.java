// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.store.SaveException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line: {@code afterword COMMAND ...}. Exit codes: 0 success, 1 the input has problems (invalid file,
 * issues found), 2 the command could not run (bad usage, unreadable file, locked workspace).
 */
public final class Cli {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the input was read but has problems. */
    public static final int PROBLEMS = 1;
    /** Exit code for bad usage or input that cannot be read. */
    public static final int USAGE = 2;

    private final CliContext context;

    /** A command line on the process's standard streams. */
    public Cli(Map<String, String> env) {
        this(env, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), System.in);
    }

    /** A command line on the given streams (tests). */
    public Cli(Map<String, String> env, PrintWriter out, PrintWriter err, InputStream in) {
        this.context = new CliContext(env, new PrintWriter(new TerminalSafeWriter(out), true),
            new PrintWriter(new TerminalSafeWriter(err), true), in);
    }

    /** Runs one command and returns its exit code. */
    public int run(String... args) {
        CommandLine cl = new CommandLine(new AfterwordCommand(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("afterword: " + ex.getMessage());
            cmd.usage(cmd.getErr());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof CliException ce) {
                cmd.getErr().println("afterword: " + SaveException.forCommandLine(ce.getMessage()));
                return ce.exitCode();
            }
            cmd.getErr().println("afterword: something went wrong (" + ex.getClass().getSimpleName()
                + "). Nothing was changed; please report this.");
            return USAGE;
        });
        try {
            return cl.execute(args);
        } finally {
            context.close();
            context.out().flush();
            context.err().flush();
        }
    }
}
