// SPDX-License-Identifier: Apache-2.0
package app.afterword.bench;

import app.afterword.core.interview.Interview;
import app.afterword.core.proofread.CheckOptions;
import app.afterword.core.proofread.Checker;
import app.afterword.core.proofread.CheckerFactory;
import app.afterword.core.proofread.LanguageToolCheckerFactory;
import app.afterword.core.proofread.ProofreadLimits;
import app.afterword.core.proofread.ProofreadResult;
import app.afterword.core.proofread.ProofreadSession;
import app.afterword.core.proofread.ProofreadState;
import app.afterword.core.proofread.Proofreader;
import app.afterword.core.proofread.Variant;
import app.afterword.core.store.InterviewFiles;
import app.afterword.core.store.Json;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.ResultCache;

/**
 * Measures proofreading against plain LanguageTool in the same run: incremental re-check after a one-word edit,
 * warm one-paragraph latency, cold start from launch to first result, and memory. Every cold and memory figure
 * comes from a fresh child JVM, so the runs do not share warmed-up state.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.afterword.bench.ProofreadBenchmark
 * </pre>
 * Options (pass with {@code -Dexec.args="..."}): {@code --rounds=N} (default 100, at least 50), {@code --warmup=N}
 * (default 30), {@code --warm-runs=N} (default 3), {@code --cold-runs=N} (default 11),
 * {@code --heaps=512m,<launcher>,640m,768m,1g} (an entry may add JVM flags after slashes), {@code --skip-warm},
 * {@code --skip-service}, {@code --skip-cold}, {@code --skip-memory}.
 */
public final class ProofreadBenchmark {

    /** The launcher's memory flags, as a --heaps entry; the warm and cold runs use them too. */
    static final String LAUNCHER = StartupBenchmark.LAUNCHER_HEAP + "/"
        + String.join("/", StartupBenchmark.LAUNCHER_TUNING);

    /** About 200 words in seven paragraphs, sixteen sentences, with names from the sample interview. */
    static final String NOTE = """
        Dear María José,

        Thank you for taking the time to meet with me on Tuesday about the Senior Product Designer role. I \
        enjoyed learning how your team is rebuilding the trip planner for riders with low vision. I left our \
        conversation even more excited about the work.

        Our talk about the accessibility audit planned for the spring stayed with me. In my last role, I ran \
        audits with people who use screen readers every day. I turned what we learned into components that the \
        whole design system could reuse.

        I also wanted to add one thing to my answer about the kiosk case study. My part was the research \
        synthesis and the final prototype. I am happy to walk you through both in more detail.

        Since our meeting, I have sketched a simple plan for a low-cost diary study with riders who work night \
        shifts. I would be glad to share it with the team if it helps.

        It was great to hear that you also cycle to work all winter. Please pass my thanks to Daniel and Priya \
        for their time as well. I look forward to hearing from you about the next steps.

        Best regards,
        Sam Okafor
        """;

    /**
     * One place per sentence of the body where a word can be inserted. Each round inserts a new adjective at the
     * next place, so the edits rotate over every sentence and no round repeats an earlier text.
     */
    static final String[] SITES = {"the time", "the trip planner", "about the work",
        "the accessibility audit", "with people", "into components", "one thing", "the final prototype",
        "in more detail", "a simple plan", "with the team", "all winter", "for their time", "the next steps"};

    /** How long the stand-in checker of the service figure works per check. */
    static final int STAND_IN_MILLIS = 3;

    /** The paragraph rewritten whole in the "paragraph rewritten" figure, and its sites. */
    static final int REWRITTEN_PARAGRAPH = 3;
    static final int[] REWRITTEN_SITES = {6, 7, 8};

    static final String[] WORDS = ("able active actual agile alert ample ancient angry annual apparent arctic "
        + "artful audible august average awake aware basic bitter blank bold brave brief bright broad brown busy "
        + "calm candid careful casual central certain cheap chief civic civil classic clean clear clever close "
        + "coastal cold common compact complete concrete constant cool correct cozy crisp curious current daily "
        + "dark dear decent deep dense direct distant double dry dual due eager early easy elegant empty endless "
        + "entire equal even exact extra fair faithful famous fast fierce final fine firm flat fluent formal "
        + "frank free fresh friendly full funny gentle genuine giant glad global golden good graceful grand "
        + "great green gross happy hard hardy healthy heavy helpful hidden high honest huge humble ideal idle "
        + "immense initial inner intact intense joint keen kind large late lean legal level light likely "
        + "linear little live lively local logical long loose loud loyal lucky main major mature mellow mental "
        + "mild minor mobile modern modest moral narrow native neat nervous new nice noble normal novel odd "
        + "open optimal oral orderly organic original outer patient peaceful perfect plain pleasant plenty "
        + "polite popular possible practical precise present pretty prime private proper proud public pure "
        + "quick quiet rapid rare raw ready real recent regular relevant remote rich rigid robust rough round "
        + "royal rural safe sane scarce secure senior serene serious sharp short shy silent silver simple "
        + "single slim slow small smart smooth social soft solid sound spare special stable steady steep "
        + "stern still strict strong sturdy subtle sudden sunny super sure sweet swift tall tender thin tidy "
        + "tiny total tough true typical unique upper urban useful usual valid vast verbal vital vivid warm "
        + "wealthy weekly whole wide wild wise witty young").split(" ");

    private ProofreadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (opts.containsKey("child")) {
            child(opts.get("child"), opts);
            return;
        }
        int rounds = Math.max(50, Integer.parseInt(opts.getOrDefault("rounds", "100")));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "30"));
        int coldRuns = Integer.parseInt(opts.getOrDefault("cold-runs", "11"));
        int warmRuns = Math.max(1, Integer.parseInt(opts.getOrDefault("warm-runs", "3")));
        List<String> heaps = List.of(opts.getOrDefault("heaps", "512m," + LAUNCHER + ",640m,768m,1g")
            .split(","));

        System.out.println("Afterword proofreading benchmark");
        System.out.println("  machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel()
            + ", Java " + System.getProperty("java.version") + ", LanguageTool " + JLanguageTool.VERSION);
        System.out.println("  load average at start: " + loadAverage());
        System.out.println("  note: " + NOTE.strip().split("\\s+").length + " words, "
            + NOTE.strip().split("\n\\s*\n").length + " paragraphs; " + rounds + " rounds after " + warmup
            + " warm-up rounds; each round edits the next of " + SITES.length + " sentences");
        System.out.println();

        if (!opts.containsKey("skip-warm")) {
            // the ratio moves by several per cent between JVMs on a shared machine, so it is taken from several
            List<Double> ratios = new ArrayList<>();
            List<Double> aloneRatios = new ArrayList<>();
            List<Double> p95s = new ArrayList<>();
            System.out.println("Incremental re-check after a one-word edit (request to issues back), " + warmRuns
                + " fresh JVMs");
            for (int run = 1; run <= warmRuns; run++) {
                Map<String, String> warm = runChild("warm", jvmFlags(LAUNCHER),
                    List.of("--rounds=" + rounds, "--warmup=" + warmup));
                double incr = num(warm, "incremental.median");
                double plain = num(warm, "plain.median");
                double alone = num(warm, "alone.median");
                ratios.add(incr / plain);
                aloneRatios.add(alone / plain);
                p95s.add(num(warm, "incremental.p95"));
                System.out.printf(Locale.ROOT, "  run %d: Afterword median %6.2f ms (p95 %6.2f), plain check of the "
                    + "note %6.2f ms: ratio %.3f; LanguageTool alone %6.2f ms: ratio %.3f; paragraph rewritten %6.2f "
                    + "ms, plain 40-word paragraph %6.2f ms%n", run, incr, num(warm, "incremental.p95"), plain,
                    incr / plain, alone, alone / plain, num(warm, "rewrite.median"), num(warm, "plainpara.median"));
                System.out.printf(Locale.ROOT, "         Afterword's time, medians: %.2f ms before the checker, %.2f "
                    + "ms in LanguageTool on the proofreading thread (ratio %.3f), %.2f ms after it%n",
                    num(warm, "before.median"), num(warm, "inside.median"), num(warm, "inside.median") / plain,
                    num(warm, "after.median"));
            }
            double ratio = median(ratios);
            System.out.printf(Locale.ROOT, "  ratio of medians, median of the runs:  %.3f   (target <= 0.10)  %s%n",
                ratio, verdict(ratio <= 0.10));
            System.out.printf(Locale.ROOT, "  LanguageTool alone, median of the runs: %.3f   (for information: its "
                + "sentence cache, only the changed paragraph, no service around it)%n", median(aloneRatios));
            double worstP95 = Collections.max(p95s);
            System.out.println("Warm one-paragraph edit");
            System.out.printf(Locale.ROOT, "  one-word edit:         p95 %7.2f ms, the highest of the runs   (target "
                + "<= 50 ms)  %s%n", worstP95, verdict(worstP95 <= 50));
            System.out.println();
        }

        if (!opts.containsKey("skip-service")) {
            Map<String, String> svc = runChild("service", jvmFlags(LAUNCHER), List.of());
            System.out.println("The service's own time per check (a stand-in checker that works " + STAND_IN_MILLIS
                + " ms; request to issues back, less the time in the checker)");
            System.out.printf(Locale.ROOT, "  checks 1-100: median %.2f ms   101-300: %.2f ms   801-1000: %.2f ms   "
                + "(for information: the JIT compiles the service as checks go by)%n", num(svc, "first.median"),
                num(svc, "next.median"), num(svc, "late.median"));
            System.out.println();
        }

        if (!opts.containsKey("skip-cold")) {
            List<Double> plainCold = new ArrayList<>();
            List<Double> appCold = new ArrayList<>();
            List<Double> pairOverhead = new ArrayList<>();
            List<Double> cpuOverhead = new ArrayList<>();
            for (int i = 0; i < coldRuns; i++) {
                // each pair runs back to back, in alternating order, so a change in machine load hits both alike
                double[] plainRun;
                double[] appRun;
                if (i % 2 == 0) {
                    plainRun = launchToFirstResult("cold-plain");
                    appRun = launchToFirstResult("cold-app");
                } else {
                    appRun = launchToFirstResult("cold-app");
                    plainRun = launchToFirstResult("cold-plain");
                }
                plainCold.add(plainRun[0]);
                appCold.add(appRun[0]);
                pairOverhead.add((appRun[0] - plainRun[0]) / plainRun[0] * 100);
                cpuOverhead.add((appRun[1] - plainRun[1]) / plainRun[1] * 100);
            }
            double p = median(plainCold);
            double a = median(appCold);
            double overhead = median(pairOverhead);
            System.out.println("Cold start: launch of a fresh JVM to the first result (" + coldRuns
                + " pairs of runs, back to back, alternating order)");
            System.out.printf(Locale.ROOT, "  plain construction + first check:  median %7.0f ms  %s%n", p,
                plainCold);
            System.out.printf(Locale.ROOT, "  Afterword start + first check:     median %7.0f ms  %s%n", a,
                appCold);
            System.out.printf(Locale.ROOT, "  overhead, median of the pairs: %+.1f %%   (target <= +10 %%)  %s   "
                + "(ratio of the medians: %+.1f %%)%n", overhead, verdict(overhead <= 10), (a - p) / p * 100);
            System.out.printf(Locale.ROOT, "  CPU time to the first result, median of the pairs: %+.1f %%   (less "
                + "disturbed by other load; per pair %s)%n", median(cpuOverhead), rounded(cpuOverhead));
            System.out.println();
        }

        if (!opts.containsKey("skip-memory")) {
            System.out.println("Memory: a fresh JVM runs the proofreading core (en-US loaded, note checked with "
                + rounds + " edits)");
            for (String entry : heaps) {
                List<String> jvm = jvmFlags(entry);
                Map<String, String> m = runChild("memory", jvm, List.of("--rounds=" + rounds));
                double live = num(m, "live.mb");
                double rss = num(m, "rss.mb");
                System.out.printf(Locale.ROOT, "  %s%s%n    live heap after GC %6.1f MB (<= 200 %s)   RSS after "
                    + "warm-up %6.1f MB (<= 600 %s)   peak RSS %6.1f MB   heap committed %6.1f MB   %s collections,"
                    + " longest pause %s ms (%s ms while editing)%n", String.join(" ", jvm),
                    entry.equals(LAUNCHER) ? "   <- launcher" : "", live, verdict(live <= 200), rss,
                    verdict(rss <= 600), num(m, "hwm.mb"), num(m, "committed.mb"), m.get("gc.count"),
                    m.get("gc.maxms"), m.get("gc.editingms"));
            }
            System.out.println();
        }
        System.out.println("  load average at end: " + loadAverage());
    }

    // ---- children ----------------------------------------------------------------------------------------------

    private static void child(String mode, Map<String, String> opts) throws Exception {
        switch (mode) {
            case "warm":
                warm(Integer.parseInt(opts.get("rounds")), Integer.parseInt(opts.get("warmup")));
                break;
            case "cold-plain": {
                JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"), List.of(), null,
                    null, null, null, false);
                int n = lt.check(NOTE).size();
                System.out.println("RESULT matches=" + n + " cpu.ms=" + cpuMillis());
                break;
            }
            case "cold-app": {
                // no interview here: the app reads its data before the first frame, so loading it is not part of
                // what proofreading adds to start-up
                try (Proofreader p = new Proofreader(new LanguageToolCheckerFactory(), ProofreadLimits.INTERACTIVE)) {
                    p.start(Variant.EN_US);
                    ProofreadResult r = p.check(NOTE, CheckOptions.of(Variant.EN_US)).get(10, TimeUnit.MINUTES);
                    System.out.println("RESULT issues=" + r.issues().size() + " cpu.ms=" + cpuMillis());
                }
                break;
            }
            case "memory":
                memory(Integer.parseInt(opts.get("rounds")));
                break;
            case "service":
                service();
                break;
            default:
                throw new IllegalArgumentException("unknown child mode " + mode);
        }
        System.out.flush();
    }

    /** Warm timings: plain LanguageTool and the service side by side, alternating, in one JVM. */
    private static void warm(int rounds, int warmup) throws Exception {
        JLanguageTool plain = new JLanguageTool(Languages.getLanguageForShortCode("en-US"), List.of(), null, null,
            null, null, false);
        // LanguageTool by itself, with the sentence cache Afterword gives it, re-checking only the changed paragraph:
        // the floor under Afterword's incremental figure
        JLanguageTool alone = new JLanguageTool(Languages.getLanguageForShortCode("en-US"), List.of(), null,
            new ResultCache(LanguageToolCheckerFactory.DEFAULT_SENTENCE_CACHE, 30, TimeUnit.MINUTES), null, null,
            false);
        // when the proofreading thread entered and left the checker, to split Afterword's time into the service before
        // the checker, LanguageTool inside it, and the service after it (read after the future completes)
        long[] inChecker = new long[2];
        LanguageToolCheckerFactory real = new LanguageToolCheckerFactory();
        CheckerFactory timed = variant -> {
            Checker checker = real.create(variant);
            return (text, cancelled) -> {
                inChecker[0] = System.nanoTime();
                try {
                    return checker.check(text, cancelled);
                } finally {
                    inChecker[1] = System.nanoTime();
                }
            };
        };
        try (Proofreader proofreader = new Proofreader(timed, ProofreadLimits.INTERACTIVE)) {
            if (proofreader.start(Variant.EN_US).get(10, TimeUnit.MINUTES) != ProofreadState.READY) {
                throw new IllegalStateException("the proofreader did not start");
            }
            CheckOptions options = CheckOptions.forNote(null, sampleInterview(), null);
            ProofreadSession session = proofreader.newSession();
            String paragraph = paragraph(NOTE, REWRITTEN_PARAGRAPH);
            List<Double> incremental = new ArrayList<>();
            List<Double> plainTimes = new ArrayList<>();
            List<Double> rewrite = new ArrayList<>();
            List<Double> plainPara = new ArrayList<>();
            List<Double> aloneTimes = new ArrayList<>();
            List<Double> before = new ArrayList<>();
            List<Double> inside = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            long revision = 0;
            session.submit(NOTE, ++revision, options).get(1, TimeUnit.MINUTES);
            for (String p : NOTE.split("\n\n")) {
                alone.check(p);
            }
            for (int i = 0; i < warmup + rounds; i++) {
                String word = word(i);
                String site = SITES[i % SITES.length];
                String edited = insert(NOTE, site, word);
                String editedParagraph = paragraph(edited, paragraphOf(NOTE, site));
                boolean measured = i >= warmup;
                long rev = ++revision;
                Timed[] runs = {() -> plain.check(edited), () -> session.submit(edited, rev, options).get(),
                    () -> alone.check(editedParagraph)};
                List<List<Double>> into = List.of(plainTimes, incremental, aloneTimes);
                // rotate the order, so that none always runs right after another (which finds the caches warm)
                for (int k = 0; k < runs.length; k++) {
                    int j = (i + k) % runs.length;
                    long[] span = record(measured, into.get(j), runs[j]);
                    if (j == 1 && measured) {
                        before.add((inChecker[0] - span[0]) / 1e6);
                        inside.add((inChecker[1] - inChecker[0]) / 1e6);
                        after.add((span[1] - inChecker[1]) / 1e6);
                    }
                }
                // the same note with one paragraph rewritten: every sentence of it new to both caches
                String rewritten = rewriteEverySentence(paragraph, word);
                String withRewrite = edited.replace(paragraph, rewritten);
                long rev2 = ++revision;
                record(measured, rewrite, () -> session.submit(withRewrite, rev2, options).get());
                record(measured, plainPara, () -> plain.check(rewritten));
            }
            emit("incremental", incremental);
            emit("plain", plainTimes);
            emit("rewrite", rewrite);
            emit("plainpara", plainPara);
            emit("alone", aloneTimes);
            emit("before", before);
            emit("inside", inside);
            emit("after", after);
            System.out.println("RESULT paragraph.words=" + paragraph.split("\\s+").length);
        }
    }

    /**
     * The service around the checker, on its own: a stand-in checker busy for a fixed time, a thousand one-word edits
     * with a short pause before each, and the time from request to issues back less the time inside the checker.
     */
    private static void service() throws Exception {
        long[] inside = new long[1];
        CheckerFactory standIn = variant -> (text, cancelled) -> {
            long start = System.nanoTime();
            long end = start + TimeUnit.MILLISECONDS.toNanos(STAND_IN_MILLIS);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            inside[0] = System.nanoTime() - start;
            return List.of();
        };
        try (Proofreader proofreader = new Proofreader(standIn, ProofreadLimits.INTERACTIVE)) {
            proofreader.start(Variant.EN_US).get(1, TimeUnit.MINUTES);
            CheckOptions options = CheckOptions.forNote(null, sampleInterview(), null);
            ProofreadSession session = proofreader.newSession();
            session.submit(NOTE, 0, options).get();
            List<Double> own = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String edited = insert(NOTE, SITES[i % SITES.length], word(i));
                Thread.sleep(5);
                long t = System.nanoTime();
                session.submit(edited, i + 1, options).get();
                own.add((System.nanoTime() - t - inside[0]) / 1e6);
            }
            emit("first", own.subList(0, 100));
            emit("next", own.subList(100, 300));
            emit("late", own.subList(800, 1000));
        }
    }

    /** The app's proofreading core after warm-up and many edits: live heap after GC and resident size. */
    private static void memory(int rounds) throws Exception {
        long[] pauses = watchGcPauses();
        try (Proofreader proofreader = new Proofreader(new LanguageToolCheckerFactory(),
            ProofreadLimits.INTERACTIVE)) {
            proofreader.start(Variant.EN_US).get(10, TimeUnit.MINUTES);
            CheckOptions options = CheckOptions.forNote(null, sampleInterview(), null);
            ProofreadSession session = proofreader.newSession();
            String paragraph = paragraph(NOTE, REWRITTEN_PARAGRAPH);
            synchronized (pauses) {
                pauses[2] = 0;
            }
            for (int i = 0; i < rounds; i++) {
                String word = word(i);
                String edited = insert(NOTE, SITES[i % SITES.length], word);
                session.submit(edited, 3L * i, options).get();
                session.submit(edited.replace(paragraph, rewriteEverySentence(paragraph, word)), 3L * i + 1,
                    options).get();
            }
            double rss = procStatus("VmRSS");
            long gcCount;
            long gcMax;
            long gcEditing;
            synchronized (pauses) {
                gcCount = pauses[0];
                gcMax = pauses[1];
                gcEditing = pauses[2];
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf(Locale.ROOT, "RESULT live.mb=%.1f rss.mb=%.1f hwm.mb=%.1f committed.mb=%.1f "
                    + "rssAfterGc.mb=%.1f gc.count=%d gc.maxms=%d gc.editingms=%d%n", heap.getUsed() / 1048576.0,
                rss, procStatus("VmHWM"), heap.getCommitted() / 1048576.0, procStatus("VmRSS"), gcCount, gcMax,
                gcEditing);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** CPU time this process has used so far, all threads, in ms (less disturbed by other load than wall time). */
    private static long cpuMillis() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** JVM flags from a --heaps entry: a heap size, optionally followed by flags after slashes. */
    static List<String> jvmFlags(String entry) {
        String[] parts = entry.split("/");
        List<String> jvm = new ArrayList<>(List.of("-Xms64m", "-Xmx" + parts[0]));
        jvm.addAll(List.of(parts).subList(1, parts.length));
        return jvm;
    }

    /**
     * Counts collections and keeps the longest pause, as {count, longest ms, longest ms since stats[2] was last set
     * to 0}; updated as collections happen.
     */
    private static long[] watchGcPauses() {
        long[] stats = new long[3];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) n.getUserData());
                        if (info.getGcAction().contains("concurrent") || info.getGcName().contains("Concurrent")) {
                            return;
                        }
                        synchronized (stats) {
                            stats[0]++;
                            stats[1] = Math.max(stats[1], info.getGcInfo().getDuration());
                            stats[2] = Math.max(stats[2], info.getGcInfo().getDuration());
                        }
                    }
                }, null, null);
            }
        }
        return stats;
    }

    private interface Timed {
        Object run() throws Exception;
    }

    /** Runs and times {@code what}; returns when it started and ended (nanoTime). */
    private static long[] record(boolean measured, List<Double> into, Timed what) throws Exception {
        long t = System.nanoTime();
        Object result = what.run();
        long end = System.nanoTime();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        if (measured) {
            into.add((end - t) / 1e6);
        }
        return new long[] {t, end};
    }

    private static String rewriteEverySentence(String paragraph, String word) {
        String out = paragraph;
        for (int site : REWRITTEN_SITES) {
            out = insert(out, SITES[site], word);
        }
        return out;
    }

    /** The text with {@code word} inserted before the last word of {@code site} ("the trip planner" gives "the trip
     * WORD planner"). */
    static String insert(String text, String site, String word) {
        int at = text.indexOf(site);
        if (at < 0) {
            throw new IllegalArgumentException("no site " + site);
        }
        int lastSpace = site.lastIndexOf(' ');
        return text.substring(0, at) + site.substring(0, lastSpace + 1) + word + " " + site.substring(lastSpace + 1)
            + text.substring(at + site.length());
    }

    /** A different real word (or pair of words) for every round, so no round repeats an earlier text. */
    private static String word(int i) {
        int n = WORDS.length;
        return i < n ? WORDS[i] : WORDS[i % n] + " and " + WORDS[(i / n + i + 1) % n];
    }

    private static String paragraph(String note, int index) {
        return note.split("\n\n")[index];
    }

    /** The index of the paragraph of {@code note} that holds {@code site}. */
    private static int paragraphOf(String note, String site) {
        String[] paragraphs = note.split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (paragraphs[i].contains(site)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no site " + site);
    }

    private static void emit(String name, List<Double> values) {
        System.out.printf(Locale.ROOT, "RESULT %s.median=%.3f %s.p95=%.3f %s.n=%d%n", name, median(values), name,
            p95(values), name, values.size());
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double p95(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get((int) Math.ceil(0.95 * s.size()) - 1);
    }

    private static Interview sampleInterview() throws Exception {
        try (InputStream in = ProofreadBenchmark.class.getResourceAsStream(
            "/app/afterword/samples/sample-interview.json")) {
            return new InterviewFiles(new Json()).read(in, "sample").interview();
        }
    }

    private static double procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (Exception e) {
            return "unknown CPU";
        }
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%+.1f%%", v)).toList().toString();
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    private static double num(Map<String, String> results, String key) {
        String v = results.get(key);
        if (v == null) {
            throw new IllegalStateException("the child run reported no " + key + ": " + results);
        }
        return Double.parseDouble(v);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                out.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
            // anything else (the pom's launcher arguments, which exec:java also passes) is ignored
        }
        return out;
    }

    private static List<String> command(String mode, List<String> jvm, List<String> args) {
        List<String> childArgs = new ArrayList<>();
        childArgs.add("--child=" + mode);
        childArgs.addAll(args);
        return StartupBenchmark.command(ProofreadBenchmark.class, jvm, childArgs.toArray(String[]::new));
    }

    private static Map<String, String> runChild(String mode, List<String> jvm, List<String> args) throws Exception {
        Process p = new ProcessBuilder(command(mode, jvm, args)).redirectErrorStream(true).start();
        Map<String, String> results = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                log.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    for (String kv : line.substring(7).split(" ")) {
                        int eq = kv.indexOf('=');
                        if (eq > 0) {
                            results.put(kv.substring(0, eq), kv.substring(eq + 1));
                        }
                    }
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child run '" + mode + "' failed:\n" + log);
        }
        return results;
    }

    /**
     * Milliseconds from starting a fresh JVM to the line that reports its first proofreading result, and the CPU
     * time the JVM had used by then.
     */
    private static double[] launchToFirstResult(String mode) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command(mode, jvmFlags(LAUNCHER), List.of()))
            .redirectErrorStream(true).start();
        double ms = Double.NaN;
        double cpu = Double.NaN;
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                log.append(line).append('\n');
                if (line.startsWith("RESULT ") && Double.isNaN(ms)) {
                    ms = (System.nanoTime() - start) / 1e6;
                    int at = line.indexOf("cpu.ms=");
                    cpu = at < 0 ? Double.NaN : Double.parseDouble(line.substring(at + 7).split(" ")[0]);
                }
            }
        }
        if (p.waitFor() != 0 || Double.isNaN(ms)) {
            throw new IllegalStateException("cold run '" + mode + "' failed:\n" + log);
        }
        return new double[] {Math.round(ms), cpu};
    }
}
