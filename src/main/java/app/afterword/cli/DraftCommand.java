// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.export.ClipContent;
import app.afterword.core.export.Copier;
import app.afterword.core.export.TextFiles;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code afterword draft INTERVIEW [--kind …] [--medium …] [--tone …] [--template ID] [--to NAME] [--cc NAME]
 * [--format …] [--copy]}.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
    description = {"Draft notes for an interview: a thank-you to each interviewer; a follow-up, value-add, "
            + "clarification or close-the-loop note once, to the contact (the interview's \"contact\", else the "
            + "hiring manager, else the first recruiter, else the first interviewer), copying its \"cc\"; a "
            + "networking note to each person you talked with. --to NAME drafts to that person instead.",
        "Defaults: a warm thank-you e-mail."})
public final class DraftCommand implements Callable<Integer> {
    /** What the command says when there is no clipboard; the note is printed anyway. */
    static final String NO_CLIPBOARD = "No clipboard here (no display); the note is printed below — copy it from the "
        + "terminal.";
    private static final String RULE = "-".repeat(72);

    @Spec
    private CommandSpec spec;

    @Mixin
    private DraftOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json")
    private OutputFormat format;

    @Option(names = "--copy", description = "Also put the note on the clipboard (with several notes, all of them; "
        + "use --to NAME for one)")
    private boolean copy;

    @Mixin
    private ClockOptions clockOptions;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        DraftOptions.Drafted drafted = options.draft(c, null);
        int exit = Cli.OK;
        if (copy) {
            exit = copy(c, drafted);
        }
        if (format == OutputFormat.JSON) {
            printJson(c, drafted.drafts());
        } else {
            printText(c.out(), drafted.interview(), drafted.drafts());
        }
        return exit;
    }

    /** Copies the note (or every note, as printed) and says what happened; the notes are printed in any case. */
    private int copy(CliContext c, DraftOptions.Drafted drafted) {
        SystemClipboard clipboard = new SystemClipboard(c.env(), System.getProperty("os.name"));
        Optional<String> missing = clipboard.missingDisplay();
        if (missing.isPresent()) {
            c.err().println(NO_CLIPBOARD);
            return Cli.OK;
        }
        List<Draft> drafts = drafted.drafts();
        ClipContent content;
        if (drafts.size() == 1) {
            content = ClipContent.note(drafts.get(0));
        } else {
            StringWriter all = new StringWriter();
            printText(new PrintWriter(all), drafted.interview(), drafts);
            content = new ClipContent(all.toString(), null);
        }
        Copier.CopyOutcome outcome = new Copier(clipboard).copy(content);
        if (!outcome.copied()) {
            c.err().println(outcome.message());
            return Cli.OK;
        }
        c.err().println(drafts.size() == 1 ? "Copied the note to " + drafts.get(0).recipient() + " to the clipboard."
            : "Copied all " + drafts.size() + " notes to the clipboard; use --to NAME to copy one.");
        if (!clipboard.keepsCopyAfterExit()) {
            c.err().println("On this system the copy stays on the clipboard after afterword ends only if your desktop "
                + "runs a clipboard manager; the note is printed below as well.");
        }
        if (drafted.inWorkspace()) {
            boolean saved = ExportHistory.record(c, drafted.interview(), drafts.get(0).kind(),
                drafts.stream().map(Draft::recipient).toList(), "clipboard", clockOptions.clock());
            return saved ? Cli.OK : Cli.PROBLEMS;
        }
        return Cli.OK;
    }

    private static void printText(PrintWriter out, Interview interview, List<Draft> drafts) {
        boolean first = true;
        for (Draft d : drafts) {
            if (!first) {
                out.println();
                out.println(RULE);
                out.println();
            }
            first = false;
            String email = interview.interviewer(d.recipient()).map(Interviewer::email).orElse(null);
            out.println("To: " + d.recipient() + (email == null || d.medium() != Medium.EMAIL ? "" : " <" + email
                + ">"));
            if (!d.cc().isEmpty() && d.medium() == Medium.EMAIL) {
                out.println("Cc: " + TextFiles.ccLine(interview, d));
            }
            if (d.subject() != null) {
                out.println("Subject: " + d.subject());
            }
            out.println();
            out.println(d.body());
        }
        out.flush();
    }

    private static void printJson(CliContext c, List<Draft> drafts) {
        ArrayNode list = c.json().mapper().createArrayNode();
        for (Draft d : drafts) {
            ObjectNode o = list.addObject();
            o.put("recipient", d.recipient());
            o.put("kind", d.kind().id());
            o.put("medium", d.medium().id());
            o.put("template", d.templateId());
            if (d.medium() == Medium.EMAIL) {
                o.put("subject", d.subject());
                if (!d.cc().isEmpty()) {
                    d.cc().forEach(o.putArray("cc")::add);
                }
            }
            o.put("body", d.body());
        }
        try {
            c.out().println(new String(c.json().mapper().writeValueAsBytes(list), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new CliException("The drafts could not be written as JSON.", Cli.USAGE);
        }
    }
}
