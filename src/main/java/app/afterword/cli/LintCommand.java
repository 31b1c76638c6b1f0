// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.Drafter;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword lint NOTE --interview FILE}: the etiquette findings for a note, or for each note of a file. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check a note against the etiquette rules and explain each finding.",
        "Exit codes: 0 no errors, 1 the note has errors, 2 the input could not be used."},
    footer = {"", "\"To:\" and \"Subject:\" lines at the top of the note, as 'afterword draft' prints them, give",
        "the recipient and the subject (--to and --subject win). A file of several drafted notes is checked note by",
        "note.",
        "Example: afterword lint note.txt --interview interview.json --to \"Daniel O'Brien\" "
            + "--send-at 2026-11-24T15:00"})
public final class LintCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NOTE", description = "The note as UTF-8 text, or - for standard input.")
    private String note;

    @Option(names = "--interview", required = true, paramLabel = "FILE",
        description = "The interview file the note is about (the documented JSON format).")
    private String interviewFile;

    @Option(names = "--kind", defaultValue = "thank-you", paramLabel = "KIND",
        description = "thank-you (default), follow-up, value-add, clarification, close-loop, network, second-round, "
            + "recruiter-thanks, referral-thanks, rejection-reply, competing-offer, time-to-decide, accept-offer, "
            + "decline-offer or withdraw.")
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
        String name = "-".equals(note) ? "standard input" : note;
        String file = readNote(c, note, "NOTE");
        List<NoteFiles.Part> parts = NoteFiles.parts(file);
        List<Target> targets = targets(c, name, parts, file, interview, to);
        List<Draft> compared = new ArrayList<>();
        for (String pair : compare) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw usage("--compare: write it as NAME=FILE, e.g. --compare \"Daniel O'Brien=daniel.txt\".");
            }
            String who = pair.substring(0, eq).strip();
            String other = readNote(c, pair.substring(eq + 1), "--compare " + who);
            for (NoteFiles.Part p : NoteFiles.parts(other)) {
                compared.add(new Draft(who, k, m, "file", p.subject(), p.body(other)));
            }
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
        EtiquetteChecker checker = new EtiquetteChecker(settings, PhraseBook.bundled(c.json()));
        List<Checked> checked = new ArrayList<>();
        for (Target t : targets) {
            NoteFiles.Part part = t.part();
            String body = part.body(file);
            String subjectText = subject != null ? subject : part.subject();
            FindingsOutput.Layout layout = new FindingsOutput.Layout(file, part.bodyStart(),
                subject == null ? part.subjectStart() : -1);
            List<Draft> others = new ArrayList<>(compared);
            others.addAll(otherNotes(file, parts, part, interview, k, m));
            NoteContext context;
            try {
                context = NoteContext.builder(interview, body).subject(subjectText).kind(k).medium(m)
                    .recipient(t.recipient()).sendAt(time(sendAt, "--send-at", interview.zoneOr(fallback)))
                    .fallbackZone(fallback).otherDrafts(others).otherInterviews(workspaceInterviews)
                    .followUpsSent(followUpsSent).lastSentAt(time(lastSent, "--last-sent", interview.zoneOr(fallback)))
                    .attachments(attachments).build();
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage() + ".");
            }
            checked.add(new Checked(t, checker.check(context), layout, body, subjectText));
        }
        print(c, name, checked, parts.size());
        return checked.stream().anyMatch(x -> x.report().hasErrors()) ? Cli.PROBLEMS : Cli.OK;
    }

    /** A note of the file to check, and the interviewer it is for. */
    record Target(NoteFiles.Part part, Interviewer recipient) {
    }

    private record Checked(Target target, EtiquetteReport report, FindingsOutput.Layout layout, String body,
                           String subject) {
    }

    /**
     * The notes of a file to check and whom each is for. {@code --to} wins; otherwise a note's {@code To:} line names
     * the interviewer (matched as {@code draft --to} matches), or else the interview's only interviewer. With several
     * notes in the file, {@code --to} picks the notes whose {@code To:} line names the same person.
     *
     * @param name how messages name the file ("note.txt", "standard input")
     * @throws CliException (bad usage) when the file holds no note, or a note's recipient can't be told
     */
    static List<Target> targets(CliContext c, String name, List<NoteFiles.Part> parts, String file,
                                Interview interview, String to) {
        if (parts.isEmpty()) {
            throw usage(name + " holds no note: it is empty. Give the file with the note's text.");
        }
        Interviewer wanted = to == null || to.isBlank() ? null : recipient(interview, to);
        List<Target> out = new ArrayList<>();
        for (NoteFiles.Part p : parts) {
            Interviewer r;
            if (wanted != null && parts.size() == 1) {
                r = wanted;
                Interviewer named = addressee(interview, p);
                if (p.to() != null && named != wanted) {
                    c.err().println("Note: " + name + " line " + p.toLine() + " says \"To: " + p.to() + "\"; it is "
                        + "checked as the note to " + wanted.name() + ", as --to says.");
                }
            } else if (wanted != null) {
                if (addressee(interview, p) != wanted) {
                    continue;
                }
                r = wanted;
            } else if (p.to() != null) {
                r = toLine(name, interview, p);
            } else if (interview.interviewers().size() == 1) {
                r = interview.interviewers().get(0);
            } else {
                String names = interview.interviewers().stream().map(Interviewer::name)
                    .collect(Collectors.joining(", "));
                throw usage(parts.size() == 1
                    ? "The interview had " + interview.interviewers().size() + " interviewers; say who the note is "
                        + "for with --to, or with a line \"To: NAME\" at the top of " + name + " (one of: " + names
                        + ")."
                    : name + ": " + p.label() + " has no \"To:\" line; add one at its top (one of: " + names
                        + "), or give --to NAME to check only the note to NAME.");
            }
            requireText(name, parts, file, p);
            out.add(new Target(p, r));
        }
        if (out.isEmpty()) {
            String on = parts.stream().map(p -> p.toName() != null ? p.toName()
                : p.toAddress() != null ? p.toAddress() : "(no To: line)").collect(Collectors.joining(", "));
            throw usage("None of the " + parts.size() + " notes in " + name + " is to " + wanted.name()
                + "; their To: lines name " + on + ". Give one of them with --to, or check the file without --to.");
        }
        return out;
    }

    /** Every note of the file, for whoever it is: proofreading needs no recipient. */
    static List<Target> everyNote(String name, List<NoteFiles.Part> parts, String file) {
        if (parts.isEmpty()) {
            throw usage(name + " holds no note: it is empty. Give the file with the note's text.");
        }
        List<Target> out = new ArrayList<>();
        for (NoteFiles.Part p : parts) {
            requireText(name, parts, file, p);
            out.add(new Target(p, null));
        }
        return out;
    }

    private static void requireText(String name, List<NoteFiles.Part> parts, String file, NoteFiles.Part p) {
        if (p.body(file).isBlank()) {
            throw usage(name + ": " + (parts.size() == 1 ? "the note" : p.label()) + " has no text below its "
                + "To: and Subject: lines; write the note there.");
        }
    }

    /** The interviewer a note's To: line names, or null when it names none (or no one in particular). */
    static Interviewer addressee(Interview interview, NoteFiles.Part part) {
        if (part.to() == null) {
            return null;
        }
        if (part.toName() != null) {
            try {
                return Drafter.recipient(interview, part.toName());
            } catch (DraftException e) {
                // an address may still tell
            }
        }
        String address = part.toAddress();
        return address == null ? null : interview.interviewers().stream()
            .filter(i -> i.email() != null && i.email().equalsIgnoreCase(address)).findFirst().orElse(null);
    }

    private static Interviewer toLine(String name, Interview interview, NoteFiles.Part part) {
        Interviewer r = addressee(interview, part);
        if (r != null) {
            return r;
        }
        String reason;
        try {
            Drafter.recipient(interview, part.toName() != null ? part.toName() : part.to());
            reason = "";
        } catch (DraftException e) {
            reason = e.getMessage();
        }
        throw usage(name + " line " + part.toLine() + ": \"To: " + part.to() + "\" names no one in the interview. "
            + reason + " Correct the To: line, or say who the note is for with --to.");
    }

    /** The file's other notes, as drafts to compare with (P1): notes to different people should differ. */
    static List<Draft> otherNotes(String file, List<NoteFiles.Part> parts, NoteFiles.Part self,
                                          Interview interview, NoteKind k, Medium m) {
        List<Draft> out = new ArrayList<>();
        for (NoteFiles.Part p : parts) {
            Interviewer r = p == self ? null : addressee(interview, p);
            if (r != null && !p.body(file).isBlank()) {
                out.add(new Draft(r.name(), k, m, "file", p.subject(), p.body(file)));
            }
        }
        return out;
    }

    private void print(CliContext c, String name, List<Checked> checked, int notesInFile) {
        PrintWriter out = c.out();
        if (format == OutputFormat.JSON) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            for (Checked x : checked) {
                all.addAll(FindingsOutput.json(x.report().findings(), x.layout(), notesInFile > 1 ? x.target()
                    : null));
            }
            out.print(new String(c.json().write(all), StandardCharsets.UTF_8));
            return;
        }
        boolean first = true;
        for (Checked x : checked) {
            if (!first) {
                out.println();
            }
            first = false;
            NoteFiles.Part part = x.target().part();
            String which = notesInFile == 1 ? name : name + ", note " + part.number() + " of " + notesInFile + " (to "
                + x.target().recipient().name() + ", from line " + line(x.layout().file(), part.start()) + ")";
            out.println(which + ": " + x.report().summary());
            for (Finding f : x.report().findings()) {
                out.println();
                String quoted = f.span() == null ? null : f.span().of(f.span().part() == Span.Part.SUBJECT
                    ? x.subject() : x.body());
                FindingsOutput.text(f, FindingsOutput.where(f.span(), x.layout(), x.subject()), quoted, 100)
                    .forEach(out::println);
            }
        }
    }

    /** The line number of an offset, from 1. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
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

    /**
     * The interviewer {@code --to} names, matched as {@code draft --to} matches; without {@code --to}, the only
     * interviewer.
     */
    static Interviewer recipient(Interview interview, String name) {
        List<Interviewer> people = interview.interviewers();
        if (name == null || name.isBlank()) {
            if (people.size() == 1) {
                return people.get(0);
            }
            throw usage("The interview had " + people.size() + " interviewers; say who the note is for with --to "
                + "(one of: " + people.stream().map(Interviewer::name).collect(Collectors.joining(", ")) + ").");
        }
        try {
            return Drafter.recipient(interview, name);
        } catch (DraftException e) {
            throw usage("--to: " + e.getMessage());
        }
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
