// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import app.afterword.core.interview.Problem;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.store.InterviewFiles;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.UnfinishedInterview;
import app.afterword.core.store.Workspace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword interview validate|add|list|show|remove}. */
@Command(name = "interview", mixinStandardHelpOptions = true,
    description = "Check interview files and manage the interviews in your workspace.")
public final class InterviewCommand {

    @Spec
    private CommandSpec spec;

    private CliContext ctx() {
        return AfterwordCommand.context(spec);
    }

    @Command(name = "validate", description = "Check an interview file; prints OK or every problem with its path.")
    int validate(@Parameters(paramLabel = "FILE", description = "Interview .json file, or - for standard input")
                 String file) {
        CliContext c = ctx();
        InterviewCodec.Decoded d = read(c, file);
        PrintWriter out = c.out();
        if (d.newerSchema()) {
            out.println("Note: " + file + " was written by a newer version of Afterword (format "
                + d.schemaVersion() + "); it opens read-only here.");
        }
        if (d.valid()) {
            Interview i = d.interview();
            out.println("OK: " + i.company() + ", " + i.role() + ", " + people(i.interviewers().size()) + ".");
            return Cli.OK;
        }
        out.println(file + " has " + d.problems().size() + (d.problems().size() == 1 ? " problem:" : " problems:"));
        for (Problem p : d.problems()) {
            out.println("  " + p);
        }
        return Cli.PROBLEMS;
    }

    @Command(name = "add", description = "Add an interview file to the workspace; prints its id.")
    int add(@Parameters(paramLabel = "FILE", description = "Interview .json file, or - for standard input")
            String file) {
        CliContext c = ctx();
        InterviewCodec.Decoded d = read(c, file);
        if (!d.valid()) {
            c.err().println("afterword: " + file + " was not added; fix these first:");
            d.problems().forEach(p -> c.err().println("  " + p));
            return Cli.PROBLEMS;
        }
        if (d.newerSchema()) {
            throw new CliException(file + " was written by a newer version of Afterword; update Afterword to add "
                + "it.", Cli.USAGE);
        }
        Workspace ws = c.workspace();
        RecordStore<Interview> store = ws.interviews();
        Interview i = d.interview();
        String id = store.newId(i.company() + " " + i.role() + " " + i.start().toLocalDate());
        save(store, id, i.withId(id));
        c.out().println("Added " + id + ": " + i.company() + ", " + i.role() + ".");
        return Cli.OK;
    }

    @Command(name = "list", description = "List the interviews in the workspace, and the unfinished ones the app "
        + "holds as typed.")
    int list() {
        CliContext c = ctx();
        PrintWriter out = c.out();
        Workspace ws = c.workspace(out);
        ProgressBook progress = PlanCommand.book(ws, Clock.systemDefaultZone());
        List<UnfinishedInterview> unfinished = unfinished(ws);
        c.reportRepairs(out);
        Map<String, Interview> all = ws.interviews().all();
        if (all.isEmpty() && unfinished.isEmpty()) {
            out.println("No interviews yet. Add one with: afterword interview add FILE");
            return Cli.OK;
        }
        int width = Math.max(2, java.util.stream.Stream.concat(all.keySet().stream(),
            unfinished.stream().map(UnfinishedInterview::key)).mapToInt(String::length).max().orElse(2));
        String fmt = "%-" + width + "s  %-24s  %-28s  %-10s  %s%n";
        out.printf(fmt, "ID", "COMPANY", "ROLE", "DATE", "STATUS");
        all.forEach((id, i) -> out.printf(fmt, id, cut(i.company(), 24), cut(i.role(), 28),
            i.start().toLocalDate(), (ws.interviews().isReadOnly(id) ? "read-only" : progress.status(i).label())
                + (i.sample() ? " (sample)" : "")));
        for (UnfinishedInterview u : unfinished) {
            String company = u.copy().company().strip();
            out.printf(fmt, u.key(), cut(company.isEmpty() ? "(no company yet)" : company, 24),
                cut(u.copy().role().strip(), 28), cut(u.copy().date().strip(), 10),
                "unfinished (step " + u.step() + " of " + UnfinishedInterview.steps() + ")");
        }
        if (!unfinished.isEmpty()) {
            out.println();
            out.println(unfinished.size() == 1 ? "The unfinished interview is kept as typed; open Afterword to "
                + "finish or delete it." : "The unfinished interviews are kept as typed; open Afterword to finish "
                + "or delete them.");
        }
        return Cli.OK;
    }

    private static List<UnfinishedInterview> unfinished(Workspace ws) {
        try {
            return UnfinishedInterview.in(ws);
        } catch (java.io.IOException e) {
            throw new CliException("The working copies in " + ws.directory() + " can't be read: " + e.getMessage(),
                Cli.USAGE);
        }
    }

    @Command(name = "show", description = "Show one interview.")
    int show(@Parameters(paramLabel = "ID") String id,
             @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format) {
        CliContext c = ctx();
        Interview i = find(c.workspace(), id);
        PrintWriter out = c.out();
        if (format == OutputFormat.JSON) {
            out.print(new String(new InterviewFiles(c.json()).toBytes(i), StandardCharsets.UTF_8));
            return Cli.OK;
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm xxx", java.util.Locale.ENGLISH);
        out.println(i.company() + " — " + i.role());
        out.println("  When:        " + i.start().format(when) + (i.end() == null ? ""
            : " to " + i.end().toLocalTime()));
        if (i.format() != null) {
            out.println("  Format:      " + i.format().jsonName());
        }
        if (i.timeZone() != null) {
            out.println("  Time zone:   " + i.timeZone().getId());
        }
        if (i.decisionBy() != null) {
            out.println("  Decision by: " + i.decisionBy());
        }
        out.println("  Interviewers:");
        for (Interviewer p : i.interviewers()) {
            out.println("    - " + p.name() + (p.title() == null ? "" : ", " + p.title())
                + (p.email() == null ? "" : " <" + p.email() + ">")
                + (p.part() == Part.INTERVIEWER ? "" : " (" + p.part().label() + ")"));
            p.topics().forEach(t -> out.println("        talked about: " + t));
        }
        out.println("  Follow-ups to: " + i.contactPerson().name() + (i.cc().isEmpty() ? ""
            : ", copying " + String.join(", ", i.cc())));
        list(out, "Topics", i.topics());
        list(out, "Skills", i.skills());
        list(out, "To clarify", i.clarifications());
        list(out, "Ideas", i.ideas());
        if (c.workspace().interviews().isReadOnly(id)) {
            out.println("  (read-only: written by a newer version of Afterword)");
        }
        return Cli.OK;
    }

    @Command(name = "remove", description = "Remove an interview from the workspace.")
    int remove(@Parameters(paramLabel = "ID") String id) {
        CliContext c = ctx();
        Workspace ws = c.workspace();
        Interview i = find(ws, id);
        try {
            ws.interviews().remove(id);
            PlanCommand.book(ws, Clock.systemDefaultZone()).forget(id);
            // its working copy goes too, or it would come back as an unfinished interview
            ws.workingCopies().remove(id);
        } catch (SaveException e) {
            throw new CliException(e.getMessage(), Cli.USAGE);
        } catch (java.io.IOException e) {
            throw new CliException("The working copies in " + ws.directory() + " can't be read: " + e.getMessage(),
                Cli.USAGE);
        }
        c.out().println("Removed " + id + " (" + i.company() + ", " + i.role() + ").");
        return Cli.OK;
    }

    static Interview find(Workspace ws, String id) {
        return ws.interviews().get(id).orElseThrow(() -> new CliException("There is no interview with id '" + id
            + "'. See the ids with: afterword interview list", Cli.USAGE));
    }

    static InterviewCodec.Decoded read(CliContext c, String file) {
        InterviewFiles files = new InterviewFiles(c.json());
        try {
            return "-".equals(file) ? files.read(c.in(), "standard input") : files.read(Path.of(file));
        } catch (InterviewFiles.UnreadableException e) {
            throw new CliException(e.getMessage(), Cli.USAGE);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliException("'" + file + "' is not a valid path.", Cli.USAGE);
        }
    }

    private static <T> void save(RecordStore<T> store, String id, T value) {
        try {
            store.save(id, value);
        } catch (SaveException e) {
            throw new CliException(e.getMessage(),
                e.reason() == SaveException.Reason.TOO_LARGE ? Cli.PROBLEMS : Cli.USAGE);
        }
    }

    private static void list(PrintWriter out, String label, List<String> items) {
        if (!items.isEmpty()) {
            out.println("  " + label + ":");
            items.forEach(t -> out.println("    - " + t));
        }
    }

    private static String people(int n) {
        return n == 1 ? "1 interviewer" : n + " interviewers";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
