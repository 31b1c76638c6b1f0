// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.export.CardPdf;
import app.afterword.core.export.EmlWriter;
import app.afterword.core.export.ExportFiles;
import app.afterword.core.export.ExportFormat;
import app.afterword.core.export.ExportReport;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.export.Exporter;
import app.afterword.core.export.FontFile;
import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.RealFileOps;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code afterword export INTERVIEW --as eml|pdf|txt|md|linkedin [drafting options] [--out DIR] [--overwrite]}: drafts
 * as {@code draft} does and writes one file per note.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Draft the notes for an interview as draft does (a thank-you to each interviewer, a follow-up to "
            + "the contact) and write one file per note into a folder; an e-mail draft copies the note's Cc.",
        "eml: an e-mail draft your mail app opens ready to send; pdf: a card to copy by hand; txt, md: plain text "
            + "and Markdown; linkedin: the LinkedIn connection note, checked against your limit.",
        "Without --medium, pdf drafts a card, linkedin a connection note and the others an e-mail.",
        "Prints the paths written. Exit 0: all written; 1: something was not written or needs shortening; 2: bad "
            + "input."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DraftOptions options;

    @Option(names = "--as", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
        description = "eml, pdf, txt, md or linkedin")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (default: the current folder)")
    private String out;

    @Option(names = "--overwrite", description = "Replace files that already exist (the old one is kept as .bak)")
    private boolean overwrite;

    @Mixin
    private ClockOptions clockOptions;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        Path dir = folder();
        Clock clock = clockOptions.clock();
        if (format == ExportFormat.LINKEDIN && options.medium != null
            && options.medium != Medium.LINKEDIN_NOTE && options.medium != Medium.LINKEDIN_MESSAGE) {
            throw new CliException("--as linkedin writes a LinkedIn note; use --medium linkedin-note (the default "
                + "for linkedin) or linkedin-message, not " + options.medium.id() + ".", Cli.USAGE);
        }
        DraftOptions.Drafted drafted = options.draft(c, defaultMedium(format));
        ExportSettings settings = drafted.drafting().workspace == null ? ExportSettings.DEFAULTS
            : drafted.drafting().workspace.settings().get(ExportSettings.SECTION);
        Exporter exporter = new Exporter(settings, new EmlWriter(clock), new CardPdf(FontFile.bundled()),
            new ExportFiles(new AtomicWriter(new RealFileOps())));
        ExportReport report = exporter.export(drafted.interview(), drafted.drafts(), format, dir, overwrite);

        boolean clean = print(c, report);
        if (!report.files().isEmpty() && drafted.inWorkspace()) {
            List<String> recipients = report.files().stream().map(ExportReport.ExportedFile::recipient).toList();
            Draft first = drafted.drafts().get(0);
            clean &= ExportHistory.record(c, drafted.interview(), first.kind(), recipients, format.id(), clock);
        }
        if (report.files().isEmpty() && report.problems().stream()
            .allMatch(p -> p.type() == ExportReport.Type.WRITE && p.recipient() == null)) {
            return Cli.USAGE;
        }
        return clean ? Cli.OK : Cli.PROBLEMS;
    }

    /** Prints the paths on standard output, everything else on standard error; true when there was no problem. */
    private static boolean print(CliContext c, ExportReport report) {
        PrintWriter err = c.err();
        boolean clean = report.ok();
        for (ExportReport.ExportedFile f : report.files()) {
            c.out().println(f.path());
            if (f.replaced()) {
                err.println("Replaced " + f.path().getFileName() + "; the previous version is kept as "
                    + f.path().getFileName() + ".bak.");
            }
            for (String note : f.notes()) {
                err.println((f.fits() ? "Note (" : "Problem (") + f.recipient() + "): " + note);
            }
            clean &= f.fits();
        }
        for (ExportReport.ExportProblem p : report.problems()) {
            if (p.type() == ExportReport.Type.EXISTS) {
                err.println("afterword: " + p.path() + " already exists, so nothing was written for " + p.recipient()
                    + ". Add --overwrite to replace it (the old file is then kept as " + p.path().getFileName()
                    + ".bak), or choose another folder with --out.");
            } else {
                err.println("afterword: " + p.message());
            }
        }
        return clean;
    }

    private Path folder() {
        try {
            return Path.of(out == null ? "" : out).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CliException("--out: '" + out + "' is not a valid folder path.", Cli.USAGE);
        }
    }

    /** The medium drafted for when --medium is not given: a card for PDF, the connection note for LinkedIn. */
    static Medium defaultMedium(ExportFormat format) {
        return switch (format) {
            case PDF -> Medium.CARD;
            case LINKEDIN -> Medium.LINKEDIN_NOTE;
            default -> Medium.EMAIL;
        };
    }

    /** {@code --as}, with the list of formats when mistyped. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not an export format; use one of " + Arrays.stream(ExportFormat.values())
                .map(ExportFormat::id).collect(Collectors.joining(", "))));
        }
    }
}
