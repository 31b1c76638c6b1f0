// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.NoteContext;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Span;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Problem;
import app.afterword.core.proofread.CheckOptions;
import app.afterword.core.proofread.Issue;
import app.afterword.core.proofread.LanguageToolCheckerFactory;
import app.afterword.core.proofread.NotProofread;
import app.afterword.core.proofread.ProofreadLimits;
import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.proofread.ProofreadResult;
import app.afterword.core.proofread.ProofreadSettings;
import app.afterword.core.proofread.ProofreadState;
import app.afterword.core.proofread.Proofreader;
import app.afterword.core.proofread.Variant;
import app.afterword.core.store.RecordStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword check FILE|- [--lang en-GB] [--interview INTERVIEW.json] [--format text|json]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Proofread a note on this machine: spelling, grammar, punctuation, style and typography.",
        "Prints one line per issue: line:column  rule  message  → suggestions.",
        "With --etiquette, the etiquette findings follow (as with 'afterword lint').",
        "To: and Subject: lines on top (as 'afterword draft' prints them) are not proofread; positions are those of "
            + "the file. A file of several drafted notes is checked note by note.",
        "Exit code 0: no issues; 1: issues, etiquette errors, or parts that could not be proofread; 2: bad input."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The note, a UTF-8 text file; - reads standard input.")
    private String file;

    @Option(names = "--lang", paramLabel = "VARIANT",
        description = "English to check in: en-US, en-GB, en-CA, en-AU, en-NZ or en-ZA (default: your settings, "
            + "else en-US).")
    private String lang;

    @Option(names = "--interview", paramLabel = "INTERVIEW",
        description = "Interview file (or workspace interview id) whose names and topics are not mistakes.")
    private String interview;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json")
    private OutputFormat format;

    @Option(names = "--etiquette",
        description = "Also check the note against the etiquette rules (needs --interview; JSON output is then "
            + "{\"proofreading\": [...], \"etiquette\": [...]}).")
    private boolean etiquette;

    @Option(names = "--to", paramLabel = "NAME", description = "With --etiquette: the interviewer the note is for "
        + "(default: its To: line); in a file of several notes, only the notes to NAME are checked.")
    private String to;

    @Option(names = "--kind", defaultValue = "thank-you", paramLabel = "KIND",
        description = "With --etiquette: thank-you (default), follow-up, value-add, clarification, close-loop, "
            + "network, second-round, recruiter-thanks, referral-thanks, rejection-reply, competing-offer, "
            + "time-to-decide, accept-offer, decline-offer or withdraw.")
    private String kind;

    @Option(names = "--medium", defaultValue = "email", paramLabel = "MEDIUM",
        description = "With --etiquette: email (default), card, linkedin-note or linkedin-message.")
    private String medium;

    @Option(names = "--send-at", paramLabel = "ISO", description = "With --etiquette: when you plan to send it.")
    private String sendAt;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        if ("-".equals(file) && "-".equals(interview)) {
            throw new CliException("Only one of FILE and --interview can be read from standard input.", Cli.USAGE);
        }
        Variant chosen = null;
        if (lang != null) {
            try {
                chosen = Variant.parse(lang);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), Cli.USAGE);
            }
        }
        if (etiquette && interview == null) {
            throw new CliException("--etiquette needs the interview the note is about: add --interview FILE.",
                Cli.USAGE);
        }
        NoteKind noteKind = NoteKind.parse(kind).orElseThrow(() -> new CliException("--kind: '" + kind
            + "' is not a note kind.", Cli.USAGE));
        Medium noteMedium = Medium.parse(medium).orElseThrow(() -> new CliException("--medium: '" + medium
            + "' is not a medium.", Cli.USAGE));
        String text = readNote(c);
        String name = "-".equals(file) ? "standard input" : file;
        List<NoteFiles.Part> parts = NoteFiles.parts(text);
        ProofreadSettings settings = settings(c);
        Interview about = interview == null ? null : interview(c);
        List<LintCommand.Target> targets = etiquette ? LintCommand.targets(c, name, parts, text, about, to)
            : LintCommand.everyNote(name, parts, text);
        CheckOptions options = CheckOptions.forNote(settings, about, chosen);

        List<Checked> checked = new ArrayList<>();
        for (Proofread p : proofread(text, targets, options)) {
            EtiquetteReport report = etiquette ? etiquette(c, text, parts, p, about, noteKind, noteMedium) : null;
            checked.add(new Checked(p, report));
        }
        print(c, name, text, parts.size(), checked);
        boolean clean = checked.stream().allMatch(x -> x.proofread().clean()
            && (x.report() == null || !x.report().hasErrors()));
        return clean ? Cli.OK : Cli.PROBLEMS;
    }

    /** A note's proofreading, its issues placed in the file as the user sees it. */
    private record Proofread(LintCommand.Target target, List<Issue> issues, List<NotProofread> notProofread) {
        boolean clean() {
            return issues.isEmpty() && notProofread.isEmpty();
        }
    }

    private record Checked(Proofread proofread, EtiquetteReport report) {
    }

    private EtiquetteReport etiquette(CliContext c, String text, List<NoteFiles.Part> parts, Proofread p,
                                      Interview about, NoteKind noteKind, Medium noteMedium) {
        NoteFiles.Part part = p.target().part();
        EtiquetteSettings rules = EtiquetteSettings.DEFAULTS;
        List<Interview> others = List.of();
        if (Files.isDirectory(c.dataDirectory())) {
            rules = c.workspace().settings().get(EtiquetteSettings.SECTION);
            others = List.copyOf(c.workspace().interviews().all().values());
        }
        ZoneId fallback = ZoneId.systemDefault();
        NoteContext context = NoteContext.builder(about, part.body(text)).subject(part.subject()).kind(noteKind)
            .medium(noteMedium).recipient(p.target().recipient())
            .sendAt(LintCommand.time(sendAt, "--send-at", about.zoneOr(fallback))).fallbackZone(fallback)
            .otherDrafts(LintCommand.otherNotes(text, parts, part, about, noteKind, noteMedium))
            .otherInterviews(others).proofreadIssues(p.issues().size()).build();
        return new EtiquetteChecker(rules, PhraseBook.bundled(c.json())).check(context);
    }

    /**
     * Proofreads each note's text on its own, so header lines and the lines between notes are never checked, and
     * moves what is found to where it is in the file.
     */
    private static List<Proofread> proofread(String text, List<LintCommand.Target> targets, CheckOptions options) {
        // Nobody is typing here, so each check may take longer than in the editor; the pre-guards still apply.
        ProofreadLimits limits = ProofreadLimits.INTERACTIVE.withDeadlines(Duration.ofSeconds(30),
            Duration.ofSeconds(45));
        List<Proofread> out = new ArrayList<>();
        try (Proofreader proofreader = new Proofreader(new LanguageToolCheckerFactory(), limits)) {
            for (LintCommand.Target t : targets) {
                NoteFiles.Part part = t.part();
                ProofreadResult result = proofreader.check(part.body(text), options).get(10, TimeUnit.MINUTES);
                if (proofreader.state(options.variant()) == ProofreadState.FAILED) {
                    throw new CliException("The proofreader for " + options.variant() + " could not start. Check "
                        + "that Afterword is installed completely, and that it has enough memory.", Cli.USAGE);
                }
                int at = part.bodyStart();
                int lines = linesBefore(text, at);
                out.add(new Proofread(t, result.issues().stream().map(i -> new Issue(i.offset() + at, i.length(),
                    i.line() + lines, i.column(), i.rule(), i.category(), i.message(), i.suggestions())).toList(),
                    result.notProofread().stream().map(n -> new NotProofread(n.offset() + at, n.length(),
                        n.line() + lines, n.column(), n.reason())).toList()));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("Proofreading was interrupted.", Cli.USAGE);
        } catch (ExecutionException | TimeoutException e) {
            throw new CliException("Proofreading did not finish. Try again; if it keeps happening, check the note "
                + "in smaller parts.", Cli.USAGE);
        }
    }

    /** Line breaks before the offset, counted as the proofreader counts lines (LF, CRLF or a lone CR). */
    static int linesBefore(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    private String readNote(CliContext c) {
        return NoteFiles.read(c, file, null);
    }

    /** The workspace's proofreading settings, when there is a workspace; defaults otherwise. */
    private static ProofreadSettings settings(CliContext c) {
        if (!Files.isDirectory(c.dataDirectory())) {
            return ProofreadSettings.SECTION.defaults();
        }
        try {
            return new ProofreadPreferences(c.workspace().settings()).current();
        } catch (CliException e) {
            c.err().println("afterword: using the default proofreading settings: " + e.getMessage());
            return ProofreadSettings.SECTION.defaults();
        }
    }

    private Interview interview(CliContext c) {
        boolean isFile = "-".equals(interview) || Files.exists(pathOrNull(interview));
        if (!isFile && RecordStore.isValidId(interview) && Files.isDirectory(c.dataDirectory())) {
            return InterviewCommand.find(c.workspace(), interview);
        }
        InterviewCodec.Decoded d = InterviewCommand.read(c, interview);
        if (!d.valid()) {
            throw new CliException(interview + " is not a valid interview file:\n  " + d.problems().stream()
                .map(Problem::toString).collect(Collectors.joining("\n  ")), Cli.USAGE);
        }
        return d.interview();
    }

    private static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return Path.of("");
        }
    }

    private void print(CliContext c, String name, String text, int notesInFile, List<Checked> checked) {
        PrintWriter out = c.out();
        if (format == OutputFormat.JSON) {
            List<Issue> issues = checked.stream().flatMap(x -> x.proofread().issues().stream()).toList();
            try {
                if (!etiquette) {
                    out.println(c.json().mapper().writeValueAsString(issues));
                } else {
                    var both = c.json().mapper().createObjectNode();
                    both.set("proofreading", c.json().mapper().valueToTree(issues));
                    ArrayNode findings = both.putArray("etiquette");
                    for (Checked x : checked) {
                        findings.addAll(FindingsOutput.json(x.report().findings(), layout(text, x),
                            notesInFile > 1 ? x.proofread().target() : null));
                    }
                    out.println(c.json().mapper().writeValueAsString(both));
                }
            } catch (JsonProcessingException e) {
                throw new CliException("The issues could not be written as JSON.", Cli.USAGE);
            }
            for (Checked x : checked) {
                for (NotProofread n : x.proofread().notProofread()) {
                    c.err().println("afterword: " + n.line() + ":" + n.column() + " not proofread: " + n.message());
                }
            }
            return;
        }
        boolean first = true;
        for (Checked x : checked) {
            NoteFiles.Part part = x.proofread().target().part();
            if (notesInFile > 1) {
                if (!first) {
                    out.println();
                }
                Interviewer r = x.proofread().target().recipient();
                String to = r != null ? r.name() : part.toName() != null ? part.toName() : part.toAddress();
                out.println(name + ", note " + part.number() + " of " + notesInFile + (to == null ? "" : " (to " + to
                    + ")") + ", from line " + LintCommand.line(text, part.start()) + ":");
            }
            first = false;
            for (Issue i : x.proofread().issues()) {
                out.println(i.line() + ":" + i.column() + "  " + i.rule() + "  " + i.message() + suggestions(i));
            }
            for (NotProofread n : x.proofread().notProofread()) {
                out.println(n.line() + ":" + n.column() + "  not proofread  " + n.message());
            }
            out.println(summary(x.proofread()));
            EtiquetteReport report = x.report();
            if (report != null) {
                String body = part.body(text);
                out.println();
                out.println("Etiquette: " + report.summary());
                for (Finding f : report.findings()) {
                    out.println();
                    String quoted = f.span() == null ? null
                        : f.span().of(f.span().part() == Span.Part.SUBJECT ? part.subject() : body);
                    FindingsOutput.text(f, FindingsOutput.where(f.span(), layout(text, x), part.subject()), quoted,
                        100).forEach(out::println);
                }
            }
        }
    }

    private static FindingsOutput.Layout layout(String text, Checked x) {
        NoteFiles.Part part = x.proofread().target().part();
        return new FindingsOutput.Layout(text, part.bodyStart(), part.subjectStart());
    }

    private static String suggestions(Issue i) {
        if (i.suggestions().isEmpty()) {
            return "";
        }
        List<String> shown = i.suggestions().stream().map(CheckCommand::visible).toList();
        return "  → " + String.join(", ", shown);
    }

    /** A suggestion as it can be seen on a terminal: blank ones described, edge spaces shown by quotes. */
    static String visible(String suggestion) {
        if (suggestion.isEmpty()) {
            return "(remove)";
        }
        if (suggestion.equals(" ")) {
            return "(one space)";
        }
        if (suggestion.isBlank()) {
            return "(whitespace)";
        }
        boolean edges = Character.isWhitespace(suggestion.charAt(0))
            || Character.isWhitespace(suggestion.charAt(suggestion.length() - 1));
        return edges ? "\"" + suggestion + "\"" : suggestion;
    }

    private static String summary(Proofread r) {
        int n = r.issues().size();
        String issues = n == 0 ? "No issues" : n == 1 ? "1 issue" : n + " issues";
        int skipped = r.notProofread().size();
        return skipped == 0 ? issues + "." : issues + "; " + skipped + (skipped == 1 ? " part" : " parts")
            + " not proofread.";
    }
}
