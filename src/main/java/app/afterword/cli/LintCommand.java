// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Draft;
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
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Workspace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword lint NOTE --interview FILE}: the etiquette findings for one note. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check a note against the etiquette rules and explain each finding.",
        "Exit codes: 0 no errors, 1 the note has errors, 2 the input could not be used."},
    footer = {"", "A first line \"Subject: ...\" in the note file is read as the subject.",
        "Example: afterword lint note.txt --interview interview.json --to \"Daniel O'Brien\" "
            + "--send-at 2026-11-24T15:00"})
public final class LintCommand implements Callable<Integer> {
    static final Pattern SUBJECT_LINE = Pattern.compile("\\A(?i:subject):[ \\t]*(.*?)[ \\t]*\\r?\\n"
        + "(?:[ \\t]*\\r?\\n)*");

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NOTE", description = "The note as UTF-8 text, or - for standard input.")
    private String note;

    @Option(names = "--interview", required = true, paramLabel = "FILE",
        description = "The interview file the note is about (the documented JSON format).")
    private String interviewFile;

    @Option(names = "--kind", defaultValue = "thank-you", paramLabel = "KIND",
        description = "thank-you (default), follow-up, value-add, clarification, close-loop or network.")
    private String kind;

    @Option(names = "--medium", defaultValue = "email", paramLabel = "MEDIUM",
        description = "email (default), card, linkedin-note or linkedin-message.")
    private String medium;

    @Option(names = "--to", paramLabel = "NAME",
        description = "The interviewer the note is for; needed when the interview had several.")
    private String to;

    @Option(names = "--send-at", paramLabel = "ISO",
        description = "When you plan to send it, e.g. 2026-11-24T15:00-06:00; without an offset, the "
            + "interviewers' time zone is assumed.")
    private String sendAt;

    @Option(names = "--subject", paramLabel = "TEXT", description = "The subject line (overrides a Subject: line).")
    private String subject;

    @Option(names = "--follow-ups-sent", defaultValue = "0", paramLabel = "N",
        description = "Follow-ups already sent after the thank-you.")
    private int followUpsSent;

    @Option(names = "--last-sent", paramLabel = "ISO", description = "When your previous note went out.")
    private String lastSent;

    @Option(names = "--attachment", paramLabel = "NAME", description = "A file attached to the e-mail (repeatable).")
    private List<String> attachments = new ArrayList<>();

    @Option(names = "--compare", paramLabel = "NAME=FILE",
        description = "Another note of the same kind, to NAME, to compare with (repeatable): panel notes must differ.")
    private List<String> compare = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE",
        description = "Your time zone, used when the interview has none (default: this computer's).")
    private String zone;

    @Option(names = "--no-workspace",
        description = "Don't read the workspace (your settings and other interviews for the leak check).")
    private boolean noWorkspace;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    private OutputFormat format;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        NoteKind k = NoteKind.parse(kind).orElseThrow(() -> usage("--kind: '" + kind + "' is not a note kind; use "
            + choices(Arrays.stream(NoteKind.values()).map(NoteKind::id).toList()) + "."));
        Medium m = Medium.parse(medium).orElseThrow(() -> usage("--medium: '" + medium + "' is not a medium; use "
            + choices(Arrays.stream(Medium.values()).map(Medium::id).toList()) + "."));
        if (followUpsSent < 0) {
            throw usage("--follow-ups-sent can't be negative.");
        }
        Interview interview = readInterview(c);
        ZoneId fallback = zone(zone);
        Interviewer recipient = recipient(interview, to);
        String file = readNote(c, note, "NOTE");
        FindingsOutput.Layout layout = FindingsOutput.Layout.plain(file);
        String body = file;
        String subjectText = subject;
        Matcher header = SUBJECT_LINE.matcher(file);
        if (header.find()) {
            body = file.substring(header.end());
            if (subjectText == null) {
                subjectText = header.group(1);
                layout = new FindingsOutput.Layout(file, header.end(), header.start(1));
            } else {
                layout = new FindingsOutput.Layout(file, header.end(), -1);
            }
        }
        List<Draft> others = new ArrayList<>();
        for (String pair : compare) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw usage("--compare: write it as NAME=FILE, e.g. --compare \"Daniel O'Brien=daniel.txt\".");
            }
            others.add(new Draft(pair.substring(0, eq).strip(), k, m, "file", null,
                readNote(c, pair.substring(eq + 1), "--compare " + pair.substring(0, eq).strip())));
        }
        EtiquetteSettings settings = EtiquetteSettings.DEFAULTS;
        List<Interview> workspaceInterviews = List.of();
        if (!noWorkspace) {
            try {
                Workspace ws = c.workspace();
                settings = ws.settings().get(EtiquetteSettings.SECTION);
                workspaceInterviews = new ArrayList<>(ws.interviews().all().values());
            } catch (CliException e) {
                c.err().println("afterword: " + e.getMessage());
                c.err().println("afterword: checking without your settings and other interviews.");
            }
        }
        NoteContext context;
        try {
            context = NoteContext.builder(interview, body).subject(subjectText).kind(k).medium(m).recipient(recipient)
                .sendAt(time(sendAt, "--send-at", interview.zoneOr(fallback))).fallbackZone(fallback)
                .otherDrafts(others).otherInterviews(workspaceInterviews).followUpsSent(followUpsSent)
                .lastSentAt(time(lastSent, "--last-sent", interview.zoneOr(fallback))).attachments(attachments)
                .build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage() + ".");
        }
        EtiquetteReport report = new EtiquetteChecker(settings, PhraseBook.bundled(c.json())).check(context);
        print(c, report, layout, body, subjectText);
        return report.hasErrors() ? Cli.PROBLEMS : Cli.OK;
    }

    private void print(CliContext c, EtiquetteReport report, FindingsOutput.Layout layout, String body,
                       String subjectText) {
        PrintWriter out = c.out();
        if (format == OutputFormat.JSON) {
            out.print(new String(c.json().write(FindingsOutput.json(report.findings(), layout)),
                StandardCharsets.UTF_8));
            return;
        }
        out.println(("-".equals(note) ? "standard input" : note) + ": " + report.summary());
        for (Finding f : report.findings()) {
            out.println();
            String quoted = f.span() == null ? null : f.span().of(f.span().part() == Span.Part.SUBJECT ? subjectText
                : body);
            FindingsOutput.text(f, FindingsOutput.where(f.span(), layout, subjectText), quoted, 100)
                .forEach(out::println);
        }
    }

    private Interview readInterview(CliContext c) {
        InterviewCodec.Decoded d = InterviewCommand.read(c, interviewFile);
        if (!d.valid()) {
            throw usage(interviewFile + " can't be used as the interview; fix "
                + (d.problems().size() == 1 ? "this" : "these") + " first:\n  "
                + d.problems().stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        }
        return d.interview();
    }

    static Interviewer recipient(Interview interview, String name) {
        List<Interviewer> people = interview.interviewers();
        String names = people.stream().map(Interviewer::name).collect(Collectors.joining(", "));
        if (name == null || name.isBlank()) {
            if (people.size() == 1) {
                return people.get(0);
            }
            throw usage("The interview had " + people.size() + " interviewers; say who the note is for with --to "
                + "(one of: " + names + ").");
        }
        var exact = interview.interviewer(name);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Interviewer> byFirst = people.stream().filter(p -> p.firstName().equalsIgnoreCase(name.strip()))
            .toList();
        if (byFirst.size() == 1) {
            return byFirst.get(0);
        }
        throw usage("--to: '" + name + "' is not one of the interviewers (" + names + ").");
    }

    static OffsetDateTime time(String value, String option, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw usage(option + ": '" + value + "' is not a date and time; write it like 2026-11-24T15:00 or "
                    + "2026-11-24T15:00-06:00.");
            }
        }
    }

    static ZoneId zone(String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw usage("--zone: '" + value + "' is not a time zone; use a name such as America/Chicago.");
        }
    }

    /** Reads a note file (or standard input) as strict UTF-8, without a byte-order mark. */
    static String readNote(CliContext c, String file, String what) {
        return NoteFiles.read(c, file, what);
    }

    private static String choices(List<String> ids) {
        return String.join(", ", ids);
    }

    private static CliException usage(String message) {
        return new CliException(message, Cli.USAGE);
    }
}
