// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One command-line run in memory: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

    static CliRun run(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(Map.of("AFTERWORD_DATA_DIR", dataDir.toString()), new PrintWriter(out, true),
            new PrintWriter(err, true), new ByteArrayInputStream(new byte[0])).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
