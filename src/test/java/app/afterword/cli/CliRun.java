// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in memory and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun withInput(Path dataDir, String stdin, String... args) {
        return run(dataDir, Map.of(), stdin, args);
    }

    /** Runs with extra environment variables (DISPLAY...). */
    static CliRun withEnv(Path dataDir, Map<String, String> env, String... args) {
        return run(dataDir, env, "", args);
    }

    private static CliRun run(Path dataDir, Map<String, String> extraEnv, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("AFTERWORD_DATA_DIR", dataDir.toString());
        Cli cli = new Cli(env, new PrintWriter(out, true),
            new PrintWriter(err, true), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = cli.run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Path dataDir, String... args) {
        return withInput(dataDir, "", args);
    }
}
