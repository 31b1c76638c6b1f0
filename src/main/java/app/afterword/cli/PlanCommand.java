// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.schedule.CalendarExport;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.Progress;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.ScheduleSettings;
import app.afterword.core.schedule.Timeline;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.UnusableFolderException;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword plan INTERVIEW [--now ISO] [--zone ZONE] [--format text|json] [--ics FILE]}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"When to send the thank-you notes and follow-ups for one interview, and when to stop.",
        "Times are computed in the interviewers' time zone, on their business days and hours."})
public final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INTERVIEW",
        description = "An interview .json file (or - for standard input), or the id of an interview in the workspace.")
    private String interview;

    @Mixin
    private ClockOptions clockOptions;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    private OutputFormat format;

    @Option(names = "--ics", paramLabel = "FILE",
        description = "Also write the steps to this calendar file, with reminders.")
    private String ics;

    @Option(names = "--overwrite", description = "Replace the --ics file when it exists (the old one is kept as .bak).")
    private boolean overwrite;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        Workspace ws = c.workspace();
        Interview i = load(c, ws, interview);
        if (i == null) {
            return Cli.PROBLEMS;
        }
        Clock clock = clockOptions.clock();
        ProgressBook book = book(ws, clock);
        ScheduleSettings settings = ws.settings().get(ScheduleSettings.SECTION);
        String id = Timeline.idOf(i);
        Progress progress = RecordStore.isValidId(id) ? book.of(id) : null;
        Plan plan;
        try {
            plan = new Timeline(settings).plan(i, progress, clock);
            new CalendarExport(settings).bytes(List.of(plan), clock);
        } catch (DateTimeException | ArithmeticException e) {
            throw new CliException("The dates of " + id + " (" + i.start().toLocalDate() + ") can't be planned; "
                + "give a start between the years 1900 and 2200.", Cli.PROBLEMS);
        }
        if (format == OutputFormat.JSON) {
            print(c, TimelineOutput.planJson(c, plan));
        } else {
            TimelineOutput.planText(c.out(), plan, (progress == null ? Progress.empty(id) : progress).recipients(i),
                clock.getZone());
        }
        if (ics != null) {
            TimelineOutput.writeIcs(c, ics, overwrite, List.of(plan), settings, clock);
        }
        return Cli.OK;
    }

    /** The interview from a file, or from the workspace by id; null (after printing why) when the file is invalid. */
    static Interview load(CliContext c, Workspace ws, String arg) {
        boolean file = "-".equals(arg) || arg.endsWith(".json") || isFile(arg);
        if (!file) {
            if (ws.interviews().get(arg).isEmpty()) {
                throw new CliException("'" + arg + "' is neither an interview file nor the id of an interview in "
                    + "the workspace. See the ids with: afterword interview list", Cli.USAGE);
            }
            return InterviewCommand.find(ws, arg);
        }
        InterviewCodec.Decoded d = InterviewCommand.read(c, arg);
        if (!d.valid()) {
            c.err().println("afterword: " + arg + " has problems; fix these first:");
            d.problems().forEach(p -> c.err().println("  " + p));
            return null;
        }
        return d.interview();
    }

    private static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static ProgressBook book(Workspace ws, Clock clock) {
        try {
            return ProgressBook.open(ws, clock);
        } catch (UnusableFolderException e) {
            throw new CliException(e.getMessage(), Cli.USAGE);
        } catch (IOException e) {
            throw new CliException("Can't open the progress folder in " + ws.directory() + " ("
                + e.getClass().getSimpleName() + "). Check that it is writable.", Cli.USAGE);
        }
    }

    static void print(CliContext c, Object node) {
        try {
            c.out().println(c.json().mapper().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new CliException("The result could not be written as JSON.", Cli.USAGE);
        }
    }
}
