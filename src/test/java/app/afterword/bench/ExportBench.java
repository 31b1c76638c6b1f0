// SPDX-License-Identifier: Apache-2.0
package app.afterword.bench;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.export.CardOptions;
import app.afterword.core.export.CardPdf;
import app.afterword.core.export.CardSize;
import app.afterword.core.export.EmlWriter;
import app.afterword.core.export.ExportFiles;
import app.afterword.core.export.ExportFormat;
import app.afterword.core.export.ExportReport;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.export.Exporter;
import app.afterword.core.export.FontFile;
import app.afterword.core.export.MailtoLink;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.InterviewFiles;
import app.afterword.core.store.Json;
import app.afterword.core.store.RealFileOps;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long each export takes for the sample panel: one .eml, one card PDF, one mailto link, and a full export of
 * three .eml / three PDF files to disk (atomic writes with fsync). Prints median and p95 in milliseconds.
 *
 * <p>Run: {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.afterword.bench.ExportBench}
 */
public final class ExportBench {
    private static final int WARMUP = 30;
    private static final int RUNS = 100;

    private ExportBench() {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Interview interview;
        try (InputStream in = ExportBench.class.getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            interview = new InterviewFiles(new Json()).read(in, "sample").interview();
        }
        String body = "Dear María José,\n\nThank you for the conversation about the trip planner redesign for riders "
            + "with low vision. I enjoyed hearing how the team tests with real riders, and I would be glad to help "
            + "with the accessibility audit planned for the spring.\n\nI hope the winter cycling goes well!\n\n"
            + "Warm regards,\nSam Okafor";
        List<Draft> drafts = interview.interviewers().stream().map(Interviewer::name)
            .map(n -> new Draft(n, NoteKind.THANK_YOU, Medium.EMAIL, "t", "Thank you", body)).toList();
        Draft first = drafts.get(0);
        EmlWriter eml = new EmlWriter(Clock.systemUTC());
        long fontStart = System.nanoTime();
        FontFile font = FontFile.bundled();
        double fontMs = (System.nanoTime() - fontStart) / 1e6;
        CardPdf cards = new CardPdf(font);
        Exporter exporter = new Exporter(ExportSettings.DEFAULTS, eml, cards,
            new ExportFiles(new AtomicWriter(new RealFileOps())));
        Path dir = Files.createTempDirectory("afterword-bench");
        try {
            System.out.printf(Locale.ROOT, "Bundled font read once: %.1f ms%n", fontMs);
            measure("mailto link", () -> MailtoLink.forDraft(interview, first, MailtoLink.DEFAULT_LIMIT));
            measure(".eml (1 note)", () -> eml.write(interview, first));
            measure("card PDF, A6 flat + envelope", () -> cards.render(interview, first,
                new CardOptions(CardSize.A6, false, true)));
            int[] round = {0};
            measure("export 3 x .eml to disk", () -> check(exporter.export(interview, drafts, ExportFormat.EML,
                dir.resolve("eml" + round[0]++), false)));
            measure("export 3 x PDF to disk", () -> check(exporter.export(interview, drafts, ExportFormat.PDF,
                dir.resolve("pdf" + round[0]++), false)));
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void check(ExportReport report) {
        if (!report.ok()) {
            throw new IllegalStateException(report.problems().toString());
        }
    }

    private static void measure(String name, Step step) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            step.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-32s median %8.3f ms   p95 %8.3f ms   (%d runs after %d warm-up)%n", name,
            ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], RUNS, WARMUP);
    }
}
