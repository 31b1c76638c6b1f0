// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.store.DataDirectory;
import app.afterword.core.store.Json;
import app.afterword.core.store.UnusableFolderException;
import app.afterword.core.store.Workspace;
import app.afterword.core.store.WorkspaceLockedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What every command shares: streams, the environment, and the workspace, opened on first use. */
public final class CliContext {
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Json json = new Json();
    private String dataDirOption;
    private Path dataDir;
    private int reported;
    private Workspace workspace;

    CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, InputStream in) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /** Standard output. */
    public PrintWriter out() {
        return out;
    }

    /** Standard error. */
    public PrintWriter err() {
        return err;
    }

    /** Standard input. */
    public InputStream in() {
        return in;
    }

    /** The shared JSON mapper. */
    public Json json() {
        return json;
    }

    /** The process environment. */
    public Map<String, String> env() {
        return env;
    }

    void dataDirOption(String option) {
        this.dataDirOption = option;
    }

    /** The data folder this run uses, as its real path when it exists (resolved once per run). */
    public Path dataDirectory() {
        if (dataDir == null) {
            dataDir = DataDirectory.real(configuredDataDirectory());
        }
        return dataDir;
    }

    /** The data folder as it was given (option, environment or platform default), links not resolved. */
    public Path configuredDataDirectory() {
        try {
            return DataDirectory.resolve(dataDirOption, env, System.getProperty("os.name", ""),
                System.getProperty("user.home"));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), Cli.USAGE);
        }
    }

    /** The workspace, opened (and repaired) on first use; repair notices go to standard error. */
    public Workspace workspace() {
        return workspace(err);
    }

    /** The workspace, with any repair notices printed to {@code notices} when it is first opened. */
    public Workspace workspace(PrintWriter notices) {
        if (workspace == null) {
            Path dir = dataDirectory();
            try {
                workspace = Workspace.open(dir);
            } catch (WorkspaceLockedException | UnusableFolderException e) {
                throw new CliException(e.getMessage(), Cli.USAGE);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                    ? fse.getReason().toLowerCase(java.util.Locale.ROOT) : "it could not be opened";
                throw new CliException("Can't open the data folder " + dir + ": " + why + ". Check that it is a "
                    + "folder you may write to, or choose another with --data-dir.", Cli.USAGE);
            }
            reportRepairs(notices);
        }
        return workspace;
    }

    /**
     * Prints what the repair did since the last report: stores opened after the workspace (progress, notes) repair
     * their own files, and every repair is reported, never only the first ones.
     */
    public void reportRepairs(PrintWriter notices) {
        if (workspace == null) {
            return;
        }
        List<String> repaired = workspace.recoveryNotices();
        if (repaired.size() > reported) {
            notices.println("Repaired at start:");
            repaired.subList(reported, repaired.size()).forEach(n -> notices.println("  " + n));
            notices.println();
            reported = repaired.size();
        }
    }

    void close() {
        if (workspace != null) {
            reportRepairs(err);
            try {
                workspace.close();
            } catch (IOException e) {
                err.println("afterword: the data folder lock could not be released cleanly.");
            }
            workspace = null;
            reported = 0;
        }
    }
}
