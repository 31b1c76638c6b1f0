// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.etiquette.coach.ScenarioNote;
import app.afterword.core.export.CoachHandout;
import app.afterword.core.export.ExportException;
import app.afterword.core.export.FontFile;
import app.afterword.core.interview.Interview;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code afterword coach list|show|rules|handout}: the scenario library, weak and strong notes side by side, and a PDF
 * handout of a scenario.
 */
@Command(name = "coach", mixinStandardHelpOptions = true,
    description = "Learn the etiquette from worked scenarios: a weak and a strong note for the same moment.")
public final class CoachCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm",
        Locale.ENGLISH);
    private static final String GAP = " | ";

    @Spec
    private CommandSpec spec;

    private CliContext ctx() {
        return AfterwordCommand.context(spec);
    }

    @Command(name = "list", description = "List the scenarios, one per line.")
    int list() {
        PrintWriter out = ctx().out();
        for (Scenario s : library().all()) {
            out.printf("%-24s %s%n", s.id(), s.title());
        }
        return Cli.OK;
    }

    @Command(name = "rules", description = "List the etiquette rules with their ids.")
    int rules() {
        PrintWriter out = ctx().out();
        for (Rule r : Rule.values()) {
            out.printf("%-4s %s%s%n", r.id(), r.title(), r.checked() ? "" : " (guidance; not checked on a note)");
        }
        return Cli.OK;
    }

    @Command(name = "show", description = "Show a scenario: both notes and their findings side by side.")
    int show(@Parameters(paramLabel = "SCENARIO", description = "A scenario id from 'afterword coach list'.")
             String id,
             @Option(names = "--width", defaultValue = "120", paramLabel = "COLUMNS",
                 description = "Page width in characters (default 120, at least 60).") int width,
             @Option(names = "--format", defaultValue = "text", description = "text or json.") OutputFormat format) {
        CliContext c = ctx();
        ScenarioLibrary library = library();
        Scenario s = scenario(library, id);
        if (width < 60) {
            throw new CliException("--width must be at least 60.", Cli.USAGE);
        }
        EtiquetteChecker checker = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, PhraseBook.bundled(c.json()));
        Scenario.Comparison cmp = s.compare(checker, library.interviews());
        if (format == OutputFormat.JSON) {
            c.out().print(new String(c.json().write(json(s, cmp)), StandardCharsets.UTF_8));
        } else {
            text(c.out(), s, cmp, width);
        }
        return Cli.OK;
    }

    @Command(name = "handout", description = "Write a scenario as a PDF handout: both notes and every finding with "
        + "its reason.")
    int handout(@Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario id from 'afterword coach "
                    + "list'.") String id,
                @Parameters(index = "1", paramLabel = "FILE.pdf", description = "Where to write the PDF.") String file,
                @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter",
                    description = "Paper size (default a4).") String paper,
                @Option(names = "--overwrite", description = "Replace an existing file (the old one is kept as .bak).")
                boolean overwrite,
                @Option(names = "--parents", description = "Create the file's folder (and its parents) when missing.")
                boolean parents) {
        CliContext c = ctx();
        ScenarioLibrary library = library();
        Scenario s = scenario(library, id);
        CoachHandout.Paper size = java.util.Arrays.stream(CoachHandout.Paper.values())
            .filter(p -> p.id().equalsIgnoreCase(paper.strip())).findFirst()
            .orElseThrow(() -> new CliException("--paper must be a4 or letter, not '" + paper + "'.", Cli.USAGE));
        Path target = OutputFiles.target(file, "FILE.pdf");
        EtiquetteChecker checker = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, PhraseBook.bundled(c.json()));
        byte[] pdf;
        try {
            pdf = new CoachHandout(FontFile.bundled()).render(s.compare(checker, library.interviews()), size);
        } catch (ExportException e) {
            throw new CliException(e.getMessage(), Cli.PROBLEMS);
        }
        c.out().println(OutputFiles.write(target.toString(), pdf, "FILE.pdf", overwrite, "--overwrite", parents));
        return Cli.OK;
    }

    private static Scenario scenario(ScenarioLibrary library, String id) {
        return library.get(id).orElseThrow(() -> new CliException("There is no scenario '" + id + "'. "
            + "The scenarios are: " + library.all().stream().map(Scenario::id).collect(Collectors.joining(", "))
            + ".", Cli.USAGE));
    }

    private ScenarioLibrary library() {
        return ScenarioLibrary.bundled(ctx().json());
    }

    private static ObjectNode json(Scenario s, Scenario.Comparison cmp) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("situation", s.situation());
        o.put("lesson", s.lesson());
        s.teaches().forEach(r -> o.withArray("teaches").add(r.id()));
        o.put("recipient", s.recipient().name());
        o.set("weak", note(s.weak(), cmp.weak()));
        o.set("strong", note(s.strong(), cmp.strong()));
        return o;
    }

    private static ObjectNode note(ScenarioNote n, EtiquetteReport r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kind", n.kind().id());
        o.put("medium", n.medium().id());
        o.put("sendAt", n.sendAt() == null ? null : n.sendAt().toString());
        o.put("subject", n.subject());
        o.put("text", n.text());
        o.put("summary", r.summary());
        o.set("findings", FindingsOutput.json(r.findings(), FindingsOutput.Layout.plain(n.text())));
        return o;
    }

    private static void text(PrintWriter out, Scenario s, Scenario.Comparison cmp, int width) {
        Interview i = s.interview();
        out.println(s.id() + ": " + s.title());
        out.println();
        FindingsOutput.wrap(s.situation(), width, "").forEach(out::println);
        out.println();
        ZonedDateTime start = i.start().atZoneSameInstant(i.zoneOr(i.start().getOffset()));
        String indent = "            ";
        print(out, "Interview:  ", i.company() + ", " + i.role() + "; " + start.format(WHEN)
            + (i.timeZone() == null ? "" : " (" + i.timeZone().getId() + ")") + "; "
            + (i.interviewers().size() == 1 ? "1 interviewer" : i.interviewers().size() + " interviewers")
            + "; " + (i.decisionBy() == null ? "no decision date given" : "decision by " + i.decisionBy()), width);
        print(out, "Note for:   ", s.recipient().name() + (s.recipient().title() == null ? ""
            : ", " + s.recipient().title()), width);
        for (int k = 0; k < s.teaches().size(); k++) {
            Rule r = s.teaches().get(k);
            print(out, k == 0 ? "Teaches:    " : indent, r.id() + " " + r.title(), width);
        }
        out.println();
        int col = (width - GAP.length()) / 2;
        List<String> left = column("WEAK", s.weak(), cmp.weak(), s, col);
        List<String> right = column("STRONG", s.strong(), cmp.strong(), s, col);
        for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
            String l = k < left.size() ? left.get(k) : "";
            String r = k < right.size() ? right.get(k) : "";
            out.println((pad(l, col) + GAP + r).stripTrailing());
        }
        out.println();
        FindingsOutput.wrap("Lesson: " + s.lesson(), width, "").forEach(out::println);
    }

    private static void print(PrintWriter out, String label, String text, int width) {
        List<String> lines = FindingsOutput.wrap(text, width - label.length(), "");
        for (int k = 0; k < lines.size(); k++) {
            out.println((k == 0 ? label : " ".repeat(label.length())) + lines.get(k));
        }
    }

    private static List<String> column(String label, ScenarioNote n, EtiquetteReport r, Scenario s, int width) {
        List<String> out = new ArrayList<>();
        Interview i = s.interview();
        String when = n.sendAt() == null ? "" : ", sent " + n.sendAt()
            .atZoneSameInstant(i.zoneOr(n.sendAt().getOffset())).format(WHEN);
        out.addAll(FindingsOutput.wrap(label + ": " + n.kind().id() + " by " + n.medium().id() + when, width, ""));
        if (n.followUpsSent() > 0) {
            out.add("(" + n.followUpsSent() + " follow-ups already sent)");
        }
        out.add("-".repeat(width));
        if (n.subject() != null) {
            out.addAll(FindingsOutput.wrap("Subject: " + n.subject(), width, ""));
            out.add("");
        }
        for (String line : n.text().stripTrailing().split("\\R", -1)) {
            out.addAll(line.isBlank() ? List.of("") : FindingsOutput.wrap(line, width, ""));
        }
        out.add("-".repeat(width));
        out.addAll(FindingsOutput.wrap(r.summary(), width, ""));
        for (Finding f : r.findings()) {
            out.add("");
            out.addAll(FindingsOutput.wrap(f.severity().name() + " " + f.ruleId() + ": " + f.message(), width, ""));
            out.addAll(FindingsOutput.wrap("Why: " + f.why(), width, "  "));
            out.addAll(FindingsOutput.wrap("Try: " + f.suggestion(), width, "  "));
        }
        return out;
    }

    private static String pad(String s, int width) {
        int visible = s.codePoints().map(cp -> cp >= 0x1F000 ? 2 : 1).sum();
        return visible >= width ? s : s + " ".repeat(width - visible);
    }
}
