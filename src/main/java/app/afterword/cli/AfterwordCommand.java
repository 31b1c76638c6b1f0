// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command; each feature adds its subcommand here. */
@Command(name = "afterword", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Thank-you notes and follow-ups after a job interview, drafted and checked on your own machine.",
    subcommands = {
        InterviewCommand.class,
        PlanCommand.class,
        AgendaCommand.class,
        MarkCommand.class,
        LintCommand.class,
        CoachCommand.class,
        DraftCommand.class,
        ExportCommand.class,
        TemplatesCommand.class,
        CheckCommand.class,
        DataCommand.class,
    })
public final class AfterwordCommand implements Runnable {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    AfterwordCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
        description = "Data folder to use (default: $AFTERWORD_DATA_DIR, else the platform's app-data folder).")
    void dataDir(String dir) {
        if (dir.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--data-dir was given an empty folder name (is a shell "
                + "variable unset?). Give the data folder's path, or leave the option out to use the default.");
        }
        context.dataDirOption(dir);
    }

    /** The shared context, for subcommands. */
    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command.");
    }

    /** Finds the shared context from any subcommand's spec. */
    static CliContext context(CommandSpec spec) {
        return ((AfterwordCommand) spec.root().userObject()).context();
    }
}
