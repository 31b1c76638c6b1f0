// SPDX-License-Identifier: Apache-2.0
package app.afterword.bench;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.NoteContext;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.store.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long one etiquette check takes, for the editor's as-you-type loop: the strong panel note of the coach library
 * (about 150 words, two other drafts to compare against, three other interviews for the leak check), a note ten times
 * as long, ten other drafts, and loading the phrase file. Prints the median and p95 of many runs after a warm-up,
 * as wall-clock time and as the thread's CPU time (the second is what to compare on a busy machine).
 */
public final class EtiquetteBench {
    private EtiquetteBench() {
    }

    public static void main(String[] args) {
        Json json = new Json();
        long t0 = System.nanoTime();
        PhraseBook phrases = PhraseBook.bundled(json);
        long loadNanos = System.nanoTime() - t0;
        EtiquetteChecker checker = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, phrases);
        ScenarioLibrary library = ScenarioLibrary.bundled(json);
        Scenario panel = library.get("panel-of-three").orElseThrow();
        NoteContext strong = panel.context(panel.strong(), library.all().stream().map(Scenario::interview).toList());
        NoteContext tenTimes = strong.toBuilder().text(strong.text().repeat(10)).build();
        NoteContext withManyDrafts = strong.toBuilder().otherDrafts(drafts(strong, 10)).build();

        System.out.printf("phrase file load (cold, once): %.1f ms%n", loadNanos / 1e6);
        report("strong panel note (" + words(strong.text()) + " words, " + strong.otherDrafts().size()
            + " other drafts)", checker, strong, 3000);
        report("same note x10 (" + words(tenTimes.text()) + " words)", checker, tenTimes, 300);
        report("strong note vs 10 other drafts", checker, withManyDrafts, 1000);
    }

    private static List<Draft> drafts(NoteContext c, int n) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Draft("Person " + i, NoteKind.THANK_YOU, Medium.EMAIL, "bench", null,
                c.text().replace("Priya", "Person " + i)));
        }
        return out;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    private static void report(String name, EtiquetteChecker checker, NoteContext ctx, int runs) {
        for (int i = 0; i < runs / 2; i++) {
            checker.check(ctx);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long w = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            checker.check(ctx);
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            wall[i] = System.nanoTime() - w;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-50s wall median %6.2f ms p95 %6.2f ms | cpu median %6.2f ms p95 %6.2f ms (%d runs)%n",
            name, wall[runs / 2] / 1e6, wall[(int) (runs * 0.95)] / 1e6, cpu[runs / 2] / 1e6,
            cpu[(int) (runs * 0.95)] / 1e6, runs);
    }
}
