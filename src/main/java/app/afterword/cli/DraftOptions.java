// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Audience;
import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.Tone;
import app.afterword.core.draft.ToneCoverage;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.store.RecordStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The interview and the drafting choices shared by {@code draft} and {@code export}, and the one way both turn them
 * into notes: read the interview (a file, standard input or a workspace id), choose the template, draft, and say on
 * standard error what the user should know (a tone that had no template, a LinkedIn note over the limit, an unsigned
 * note).
 */
final class DraftOptions {

    @Parameters(index = "0", paramLabel = "INTERVIEW",
        description = "Interview .json file, - for standard input, or an interview id from the workspace")
    String interview;

    @Option(names = "--kind", paramLabel = "KIND", converter = DraftChoices.KindConverter.class,
        description = "thank-you (default), follow-up, value-add, clarification, close-loop, network, second-round, "
            + "recruiter-thanks, referral-thanks, rejection-reply, competing-offer, time-to-decide, accept-offer, "
            + "decline-offer, withdraw")
    NoteKind kind;

    @Option(names = "--medium", paramLabel = "MEDIUM", converter = DraftChoices.MediumConverter.class,
        description = "email (default), card, linkedin-note, linkedin-message")
    Medium medium;

    @Option(names = "--tone", paramLabel = "TONE", converter = DraftChoices.ToneConverter.class,
        description = "warm (default), formal, brief")
    Tone tone;

    @Option(names = "--template", paramLabel = "ID", description = "Draft with this template (see: templates list)")
    String template;

    @Option(names = "--to", paramLabel = "NAME", description = "Only the note to this person, whoever the kind "
        + "goes to")
    String to;

    @Option(names = "--cc", paramLabel = "NAME", description = "Copy this person or e-mail address on a note that "
        + "goes to one contact (a follow-up, not a thank-you); repeat for more. Replaces the interview's \"cc\".")
    List<String> cc;

    /**
     * The notes for the interview, one per recipient.
     *
     * @param c             the command's context
     * @param defaultMedium the medium when {@code --medium} is not given (null: the drafter's default)
     * @throws CliException with the exit code when the interview can't be read or nothing can be drafted
     */
    Drafted draft(CliContext c, Medium defaultMedium) {
        Source source = read(c);
        Drafting d = Drafting.open(c);
        DraftRequest request = new DraftRequest(kind, medium != null ? medium : defaultMedium, tone, template, to,
            cc);
        List<Draft> drafts;
        TemplateInfo chosen;
        try {
            chosen = d.drafter.choose(request);
            drafts = d.drafter.draft(source.interview(), request);
        } catch (DraftException e) {
            throw failure(e);
        }
        PrintWriter err = c.err();
        if (cc != null && !cc.isEmpty() && !Audience.of(chosen.kind()).onePerson()) {
            err.println("Note: --cc is for a note that goes to one contact; each " + chosen.kind().label()
                + " goes to its reader alone, so nobody is copied.");
        } else if (cc != null && !cc.isEmpty() && chosen.medium() != Medium.EMAIL) {
            err.println("Note: --cc copies people on an e-mail; " + chosen.medium().withArticle()
                + " has no copies, so nobody is copied.");
        }
        if (template == null && tone != null && chosen.tone() != tone) {
            String why = ToneCoverage.explain(chosen.kind(), chosen.medium(), tone).orElse("There is no " + tone.id()
                + " template for a " + chosen.kind().label() + " as " + chosen.medium().withArticle() + ".");
            err.println("Note: " + why + " Drafted with '" + chosen.id() + "' (" + chosen.tone().id() + ").");
        }
        for (Draft draft : drafts) {
            if (d.drafter.overLimit(draft)) {
                err.println("Note: the " + draft.medium().label() + " to " + draft.recipient() + " is "
                    + draft.body().length() + " characters; LinkedIn allows " + d.drafter.limit(draft.medium())
                    + ". Shorten it before sending.");
            }
        }
        Candidate signer = source.interview().candidate().orElse(d.profile().toCandidate());
        if (signer.name() == null && signer.signature() == null) {
            err.println(noNameToSignWith(c));
        }
        return new Drafted(source.interview(), source.inWorkspace(), d, drafts);
    }

    /** What draft and export say, once, when neither the interview nor the profile gives a name to sign with. */
    static String noNameToSignWith(CliContext c) {
        return "No name to sign with: add yours in Settings in the app, or as \"profile\": {\"name\": \"…\"} in "
            + c.dataDirectory().resolve("settings.json") + ", or as \"candidate\": {\"name\": \"…\"} in the "
            + "interview file; the notes end without a signature.";
    }

    private Source read(CliContext c) {
        boolean isFile;
        try {
            isFile = "-".equals(interview) || Files.exists(Path.of(interview)) || !RecordStore.isValidId(interview);
        } catch (InvalidPathException e) {
            isFile = !RecordStore.isValidId(interview);
        }
        if (!isFile) {
            return new Source(InterviewCommand.find(c.workspace(), interview), true);
        }
        InterviewCodec.Decoded decoded = InterviewCommand.read(c, interview);
        if (!decoded.valid()) {
            StringBuilder sb = new StringBuilder(interview + " can't be drafted from; fix these first:");
            decoded.problems().forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
            throw new CliException(sb.toString(), Cli.PROBLEMS);
        }
        return new Source(decoded.interview(), false);
    }

    /** Prints a drafting failure as the command line does and returns its exit code. */
    static int report(PrintWriter err, DraftException e) {
        CliException x = failure(e);
        err.println("afterword: " + x.getMessage());
        return x.exitCode();
    }

    private static CliException failure(DraftException e) {
        StringBuilder sb = new StringBuilder(e.getMessage());
        List<TemplateError> errors = e.errors();
        if (errors.size() > 1) {
            errors.forEach(x -> sb.append(System.lineSeparator()).append("  ").append(x));
        }
        return new CliException(sb.toString(), e.problem() == DraftException.Problem.REQUEST ? Cli.USAGE
            : Cli.PROBLEMS);
    }

    private record Source(Interview interview, boolean inWorkspace) {
    }

    /**
     * Notes drafted for an interview.
     *
     * @param interview   the interview
     * @param inWorkspace true when it was named by its workspace id (so its history can be kept)
     * @param drafting    the drafting services used
     * @param drafts      one note per recipient
     */
    record Drafted(Interview interview, boolean inWorkspace, Drafting drafting, List<Draft> drafts) {
    }
}
