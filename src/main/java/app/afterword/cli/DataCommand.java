// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.store.DataDeletion;
import app.afterword.core.store.DataException;
import app.afterword.core.store.DataExport;
import app.afterword.core.store.DataInventory;
import app.afterword.core.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword data show|export|delete}: the same as the "Your data" screen. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = "See, export or delete everything Afterword keeps in its data folder.")
public final class DataCommand {

    @Spec
    private CommandSpec spec;

    private CliContext ctx() {
        return AfterwordCommand.context(spec);
    }

    @Command(name = "show", description = "Print the data folder and what it holds.")
    int show() {
        CliContext c = ctx();
        Path dir = c.dataDirectory();
        if (!Files.isDirectory(dir)) {
            c.out().println("Data folder: " + dir + " (not created yet; nothing is stored).");
            return Cli.OK;
        }
        Workspace ws = c.workspace();
        print(c.out(), inventory(ws.directory()));
        Path given = c.configuredDataDirectory();
        if (!given.equals(ws.directory())) {
            c.out().println("  (reached through " + given + ", a link to this folder)");
        }
        return Cli.OK;
    }

    @Command(name = "export", description = "Write every record, note, template and setting to a zip file.")
    int export(@Parameters(paramLabel = "FILE.zip", description = "The zip file to write") Path file,
               @Option(names = "--overwrite", description = "Replace FILE.zip when it exists") boolean overwrite,
               @Option(names = "--with-quarantine",
                   description = "Also export damaged files the start-up repair set aside") boolean quarantine) {
        CliContext c = ctx();
        Path dir = c.dataDirectory();
        if (!Files.isDirectory(dir)) {
            throw new CliException("There is no data folder at " + dir + " yet, so there is nothing to export.",
                Cli.PROBLEMS);
        }
        Workspace ws = c.workspace();
        try {
            DataExport.Result r = new DataExport(ws.directory()).writeZip(file, quarantine, overwrite);
            c.out().println("Exported " + files(r.entries().size()) + " (" + DataInventory.size(r.bytes())
                + ") from " + ws.directory() + " to " + r.file() + ".");
            if (!r.links().isEmpty()) {
                c.err().println("Left out " + r.links().size() + (r.links().size() == 1 ? " link" : " links")
                    + " found in the data folder (Afterword never follows links there): "
                    + String.join(", ", r.links()) + ".");
            }
            return Cli.OK;
        } catch (DataException e) {
            throw new CliException(e.getMessage(), Cli.PROBLEMS);
        }
    }

    @Command(name = "delete", description = "Delete everything in the data folder (asks for --yes).")
    int delete(@Option(names = "--yes", description = "Confirm: delete everything, with no way back") boolean yes) {
        CliContext c = ctx();
        Path dir = c.dataDirectory();
        if (!Files.isDirectory(dir)) {
            c.out().println("There is no data folder at " + dir + "; nothing to delete.");
            return Cli.OK;
        }
        try {
            DataDeletion.check(dir);
        } catch (DataException e) {
            throw new CliException(e.getMessage(), Cli.PROBLEMS);
        }
        Workspace ws = c.workspace();
        DataInventory what = inventory(ws.directory());
        if (!yes) {
            PrintWriter err = c.err();
            err.println("This would delete everything in " + ws.directory() + ":");
            printKinds(err, what);
            err.println("There is no undo. Export first with: afterword data export FILE.zip");
            err.println("To delete, run: afterword data delete --yes");
            return Cli.USAGE;
        }
        try {
            DataInventory gone = new DataDeletion(ws).deleteEverything();
            c.out().println("Deleted " + files(gone.totalFiles()) + " from " + ws.directory() + ". The folder "
                + "is empty now.");
            c.out().println("Copies in system backups or sync folders are not touched; delete those there.");
            return Cli.OK;
        } catch (DataException e) {
            throw new CliException(e.getMessage(), Cli.PROBLEMS);
        }
    }

    private static DataInventory inventory(Path dir) {
        try {
            return DataInventory.of(dir);
        } catch (IOException e) {
            throw new CliException("The data folder " + dir + " could not be read (" + e.getClass().getSimpleName()
                + ").", Cli.PROBLEMS);
        }
    }

    private static void print(PrintWriter out, DataInventory inv) {
        out.println("Data folder: " + inv.folder());
        if (inv.isEmpty()) {
            out.println("  Nothing is stored.");
            return;
        }
        printKinds(out, inv);
        out.println("  Total: " + files(inv.totalFiles()) + ", " + DataInventory.size(inv.totalBytes()));
    }

    private static void printKinds(PrintWriter out, DataInventory inv) {
        for (DataInventory.Kind k : inv.kinds()) {
            String backups = k.backups() == 0 ? ""
                : " (+ " + k.backups() + (k.backups() == 1 ? " backup)" : " backups)");
            out.println(String.format(Locale.ROOT, "  %-16s %s, %s%s", k.name(), files(k.files()),
                DataInventory.size(k.bytes()), backups));
        }
    }

    private static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }
}
