// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.Tone;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.RecordStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword draft INTERVIEW [--kind …] [--medium …] [--tone …] [--template ID] [--to NAME] [--format …]}. */
@Command(name = "draft", mixinStandardHelpOptions = true,
    description = {"Draft notes for an interview: one per interviewer, or the one named by --to.",
        "Defaults: a warm thank-you e-mail."})
public final class DraftCommand implements Callable<Integer> {
    private static final String RULE = "-".repeat(72);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INTERVIEW",
        description = "Interview .json file, - for standard input, or an interview id from the workspace")
    private String interview;

    @Option(names = "--kind", paramLabel = "KIND", converter = DraftChoices.KindConverter.class,
        description = "thank-you (default), follow-up, value-add, clarification, close-loop, network")
    private NoteKind kind;

    @Option(names = "--medium", paramLabel = "MEDIUM", converter = DraftChoices.MediumConverter.class,
        description = "email (default), card, linkedin-note, linkedin-message")
    private Medium medium;

    @Option(names = "--tone", paramLabel = "TONE", converter = DraftChoices.ToneConverter.class,
        description = "warm (default), formal, brief")
    private Tone tone;

    @Option(names = "--template", paramLabel = "ID", description = "Draft with this template (see: templates list)")
    private String template;

    @Option(names = "--to", paramLabel = "NAME", description = "Only the note to this interviewer")
    private String to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json")
    private OutputFormat format;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        Interview i = readInterview(c);
        Drafting d = Drafting.open(c);
        DraftRequest request = new DraftRequest(kind, medium, tone, template, to);
        List<Draft> drafts;
        TemplateInfo chosen;
        try {
            chosen = d.drafter.choose(request);
            drafts = d.drafter.draft(i, request);
        } catch (DraftException e) {
            return report(c.err(), e);
        }
        if (template == null && tone != null && chosen.tone() != tone) {
            c.err().println("Note: there is no " + tone.id() + " template for a " + chosen.kind().label() + " as "
                + chosen.medium().withArticle() + "; used '" + chosen.id() + "' (" + chosen.tone().id() + ").");
        }
        for (Draft draft : drafts) {
            if (d.drafter.overLimit(draft)) {
                c.err().println("Note: the " + draft.medium().label() + " to " + draft.recipient() + " is "
                    + draft.body().length() + " characters; LinkedIn allows " + d.drafter.limit(draft.medium())
                    + ". Shorten it before sending.");
            }
        }
        if (i.candidate().orElse(d.profile().toCandidate()).name() == null) {
            c.err().println("Tip: the notes are unsigned because neither the interview nor your profile has your "
                + "name. Add \"candidate\": {\"name\": \"…\"} to the interview file.");
        }
        if (format == OutputFormat.JSON) {
            printJson(c, drafts);
        } else {
            printText(c.out(), i, drafts);
        }
        return Cli.OK;
    }

    private Interview readInterview(CliContext c) {
        boolean isFile;
        try {
            isFile = "-".equals(interview) || Files.exists(Path.of(interview)) || !RecordStore.isValidId(interview);
        } catch (InvalidPathException e) {
            isFile = !RecordStore.isValidId(interview);
        }
        if (!isFile) {
            return InterviewCommand.find(c.workspace(), interview);
        }
        InterviewCodec.Decoded decoded = InterviewCommand.read(c, interview);
        if (!decoded.valid()) {
            StringBuilder sb = new StringBuilder(interview + " can't be drafted from; fix these first:");
            decoded.problems().forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
            throw new CliException(sb.toString(), Cli.PROBLEMS);
        }
        return decoded.interview();
    }

    static int report(PrintWriter err, DraftException e) {
        err.println("afterword: " + e.getMessage());
        List<TemplateError> errors = e.errors();
        if (errors.size() > 1) {
            errors.forEach(x -> err.println("  " + x));
        }
        return e.problem() == DraftException.Problem.REQUEST ? Cli.USAGE : Cli.PROBLEMS;
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
            if (d.subject() != null) {
                out.println("Subject: " + d.subject());
            }
            out.println();
            out.println(d.body());
        }
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
