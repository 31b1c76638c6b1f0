// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.TemplateCheck;
import app.afterword.core.draft.TemplateFiles;
import app.afterword.core.draft.TemplateHeader;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.Tone;
import app.afterword.core.draft.ToneCoverage;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.store.BoundedRead;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword templates list|show|check|import|export|remove}. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "List, show and check note templates; import, export and remove your own.")
public final class TemplatesCommand {

    @Spec
    private CommandSpec spec;

    private CliContext ctx() {
        return AfterwordCommand.context(spec);
    }

    @Command(name = "list", description = "List the bundled templates and your own.")
    int list(@Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format) {
        CliContext c = ctx();
        TemplateCatalog catalog = Drafting.open(c).catalog;
        List<TemplateInfo> all = catalog.all();
        if (format == OutputFormat.JSON) {
            ArrayNode list = c.json().mapper().createArrayNode();
            all.forEach(t -> describe(list.addObject(), t));
            return printJson(c, list);
        }
        int width = all.stream().mapToInt(t -> t.id().length()).max().orElse(2);
        String fmt = "%-" + width + "s  %-16s  %-16s  %-6s  %-7s  %s%n";
        c.out().printf(fmt, "ID", "KIND", "MEDIUM", "TONE", "SOURCE", "TITLE");
        for (TemplateInfo t : all) {
            c.out().printf(fmt, t.id(), t.kind().id(), t.medium().id(), t.tone().id(),
                t.origin() == TemplateInfo.Origin.BUNDLED ? "bundled" : t.valid() ? "yours" : "errors", t.title());
        }
        printTones(c.out(), catalog);
        return Cli.OK;
    }

    /**
     * The tones of every kind and medium there are templates for, and for each tone left out, why: a draft asked
     * for in that tone comes out in the nearest one instead.
     */
    private static void printTones(PrintWriter out, TemplateCatalog catalog) {
        out.println();
        out.println("Tones by kind and medium (a tone that is not offered is drafted in the nearest one, warm first):");
        String fmt = "  %-16s  %-16s  %-19s  %s";
        out.println(String.format(fmt, "KIND", "MEDIUM", "TONES", "NOT OFFERED"));
        for (NoteKind k : NoteKind.values()) {
            for (Medium m : catalog.media(k)) {
                List<Tone> tones = catalog.tones(k, m);
                List<Tone> missing = ToneCoverage.ORDER.stream().filter(t -> !tones.contains(t)).toList();
                String why = missing.isEmpty() ? "" : missing.stream().map(Tone::id).collect(Collectors.joining(", "))
                    + ": " + missing.stream().map(t -> ToneCoverage.gap(k, m, t).map(ToneCoverage.Gap::reason)
                        .orElse("there is no template in this tone")).distinct().collect(Collectors.joining("; "));
                out.println(String.format(fmt, k.id(), m.id(), tones.stream().map(Tone::id)
                    .collect(Collectors.joining(", ")), why).stripTrailing());
            }
        }
    }

    @Command(name = "show", description = "Show a template's details and text.")
    int show(@Parameters(paramLabel = "ID") String id,
             @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format) {
        CliContext c = ctx();
        Drafting d = Drafting.open(c);
        TemplateInfo t = d.catalog.find(id).orElseThrow(() -> new CliException("There is no template with id '"
            + id + "'. See the ids with: afterword templates list", Cli.USAGE));
        String text = d.catalog.text(id).orElse("");
        if (format == OutputFormat.JSON) {
            ObjectNode o = c.json().mapper().createObjectNode();
            describe(o, t);
            o.put("text", text);
            return printJson(c, o);
        }
        PrintWriter out = c.out();
        out.println(t.title() + " (" + t.id() + ")");
        out.println("  " + t.description());
        out.println("  Kind: " + t.kind().id() + "   Medium: " + t.medium().id() + "   Tone: " + t.tone().id()
            + "   Source: " + (t.origin() == TemplateInfo.Origin.BUNDLED ? "bundled" : "yours"));
        out.println("  Fields used: " + String.join(", ", t.fields()));
        if (!t.requires().isEmpty()) {
            out.println("  Needs: " + String.join(", ", t.requires()));
        }
        out.println();
        out.print(text.endsWith("\n") ? text : text + "\n");
        return Cli.OK;
    }

    @Command(name = "check", description = {
        "Draft a template file for every interviewer of the bundled sample interviews.",
        "Exits 0 when it works, 1 with line and column messages when it does not."})
    int check(@Parameters(paramLabel = "FILE", description = "A template file (.vtl)") String file,
              @Option(names = "--kind", converter = DraftChoices.KindConverter.class,
                  description = "Kind, when the file's header does not say") NoteKind kind,
              @Option(names = "--medium", converter = DraftChoices.MediumConverter.class,
                  description = "Medium, when the file's header does not say") Medium medium,
              @Option(names = "--tone", converter = DraftChoices.ToneConverter.class,
                  description = "Tone, when the file's header does not say") Tone tone) {
        CliContext c = ctx();
        String name = fileName(file);
        String text;
        try {
            text = TemplateFiles.decode(readFile(file), name);
        } catch (DraftException e) {
            c.out().println(e.getMessage());
            return Cli.PROBLEMS;
        }
        TemplateCheck check = Drafting.open(c).check;
        TemplateCheck.Result r = check.check(name, text, defaults(kind, medium, tone, null));
        if (r.errors().isEmpty()) {
            c.out().println(name + ": OK — drafted " + r.notesDrafted() + (r.notesDrafted() == 1 ? " note" : " notes")
                + " for the sample interviews" + (r.samplesSkipped() == 0 ? "" : " (" + r.samplesSkipped()
                + " skipped: they lack a field the template needs)") + ".");
            return Cli.OK;
        }
        for (TemplateError e : r.errors()) {
            c.out().println(name + ": " + e);
        }
        return Cli.PROBLEMS;
    }

    @Command(name = "import", description = "Check a template file and add it to your templates; prints its id.")
    int importFile(@Parameters(paramLabel = "FILE", description = "A template file (.vtl)") String file,
                   @Option(names = "--kind", converter = DraftChoices.KindConverter.class,
                       description = "Kind, when the file's header does not say") NoteKind kind,
                   @Option(names = "--medium", converter = DraftChoices.MediumConverter.class,
                       description = "Medium, when the file's header does not say") Medium medium,
                   @Option(names = "--tone", converter = DraftChoices.ToneConverter.class,
                       description = "Tone, when the file's header does not say") Tone tone,
                   @Option(names = "--title", description = "Title, when the file's header has none") String title) {
        CliContext c = ctx();
        byte[] bytes = readFile(file);
        Drafting d = Drafting.withWorkspace(c);
        try {
            TemplateInfo t = d.user.importFile(bytes, fileName(file), defaults(kind, medium, tone, title));
            c.out().println("Imported " + t.id() + ": " + t.title() + " (" + t.kind().id() + ", " + t.medium().id()
                + ", " + t.tone().id() + ").");
            return Cli.OK;
        } catch (DraftException e) {
            c.err().println("afterword: " + e.getMessage());
            if (e.errors().size() > 1) {
                e.errors().forEach(x -> c.err().println("  " + x));
            }
            return e.problem() == DraftException.Problem.REQUEST ? Cli.USAGE : Cli.PROBLEMS;
        }
    }

    @Command(name = "export", description = "Write a template (bundled or yours) to a file, header included.")
    int export(@Parameters(paramLabel = "ID") String id,
               @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                   description = "File to write (default: standard output)") String output,
               @Option(names = {"--force", "--overwrite"},
                   description = "Replace FILE if it exists (the old one is kept as .bak)") boolean force) {
        CliContext c = ctx();
        Drafting d = Drafting.open(c);
        String text = d.catalog.text(id).orElseThrow(() -> new CliException("There is no template with id '" + id
            + "'. See the ids with: afterword templates list", Cli.USAGE));
        if (output == null) {
            c.out().print(text);
            return Cli.OK;
        }
        OutputFiles.write(output, text.getBytes(StandardCharsets.UTF_8), output, force, "--force", false);
        c.out().println("Wrote " + output + ".");
        return Cli.OK;
    }

    @Command(name = "remove", description = "Remove one of your templates.")
    int remove(@Parameters(paramLabel = "ID") String id) {
        CliContext c = ctx();
        Drafting d = Drafting.withWorkspace(c);
        try {
            d.user.remove(id);
        } catch (DraftException e) {
            return DraftOptions.report(c.err(), e);
        }
        c.out().println("Removed " + id + ".");
        return Cli.OK;
    }

    private static TemplateHeader defaults(NoteKind kind, Medium medium, Tone tone, String title) {
        return new TemplateHeader(kind, medium, tone, title, null, null, null, null);
    }

    private static void describe(ObjectNode o, TemplateInfo t) {
        o.put("id", t.id());
        o.put("kind", t.kind().id());
        o.put("medium", t.medium().id());
        o.put("tone", t.tone().id());
        o.put("title", t.title());
        o.put("description", t.description());
        o.put("source", t.origin() == TemplateInfo.Origin.BUNDLED ? "bundled" : "user");
        o.put("valid", t.valid());
        ArrayNode fields = o.putArray("fields");
        t.fields().forEach(fields::add);
        ArrayNode requires = o.putArray("requires");
        t.requires().forEach(requires::add);
    }

    private static int printJson(CliContext c, Object node) {
        try {
            c.out().println(new String(c.json().mapper().writeValueAsBytes(node), StandardCharsets.UTF_8));
            return Cli.OK;
        } catch (JsonProcessingException e) {
            throw new CliException("The list could not be written as JSON.", Cli.USAGE);
        }
    }

    private static String fileName(String file) {
        try {
            Path p = Path.of(file).getFileName();
            return p == null ? file : p.toString();
        } catch (InvalidPathException e) {
            return file;
        }
    }

    private static byte[] readFile(String file) {
        try {
            return BoundedRead.read(Path.of(file), TemplateFiles.MAX_BYTES);
        } catch (BoundedRead.NotAFileException e) {
            throw new CliException(e.getMessage() + "; give the path of a template file.", Cli.USAGE);
        } catch (BoundedRead.TooLargeException e) {
            throw new CliException(file + " is larger than " + TemplateFiles.MAX_BYTES / 1024 + " KiB; a "
                + "template is a page of text.", Cli.PROBLEMS);
        } catch (NoSuchFileException e) {
            throw new CliException(file + " does not exist; check the path.", Cli.USAGE);
        } catch (AccessDeniedException e) {
            throw new CliException(file + " can't be read: permission denied.", Cli.USAGE);
        } catch (IOException | InvalidPathException e) {
            throw new CliException(file + " can't be read (" + e.getClass().getSimpleName() + ").", Cli.USAGE);
        }
    }
}
