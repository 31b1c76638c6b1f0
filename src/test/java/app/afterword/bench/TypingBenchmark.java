// SPDX-License-Identifier: Apache-2.0
package app.afterword.bench;

import app.afterword.ui.Desktop;
import app.afterword.ui.common.NodeIds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Types into a note of the real app, with the real proofreader, at a person's pace while the checks run, and reports
 * the longest gap between two pulses of the UI thread, how many gaps were over 50 ms, and the app's resident size.
 * The app runs in a fresh JVM with the launcher's heap flags, on a display (DISPLAY, else an Xvfb started for the run).
 * Typing starts once proofreading is ready and the note was checked once (the warm-up). The typist stops for 450 ms
 * after each comma and full stop, long enough for the editor's 400 ms pause to send the paragraph to LanguageTool,
 * and types on while it is checked. The pulses are measured with an AnimationTimer, which asks for a pulse every
 * frame, so a gap is time the UI thread could not draw; the collector's pauses are recorded beside them.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.afterword.bench.TypingBenchmark [-Dexec.args="--seconds=60 --rate=8"]
 * </pre>
 * {@code --proofreading=off} runs the same typing without LanguageTool, to tell its share of the figures.
 */
public final class TypingBenchmark {

    private static final String TEXT = "Thank you again for the time you spent with me on Tuesday. I enjoyed hearing "
        + "about the roadmap and teh plans for the next quarter, and I would be glad to recieve any news. ";

    /** How long the typist stops after a full stop or a comma: the check's pause (400 ms) and a little more. */
    private static final long SENTENCE_PAUSE_NS = 450_000_000L;

    private TypingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (StartupBenchmark.arg(args, "child", null) != null) {
            child(args);
            return;
        }
        String seconds = StartupBenchmark.arg(args, "seconds", "60");
        String rate = StartupBenchmark.arg(args, "rate", "8");
        String proofreading = StartupBenchmark.arg(args, "proofreading", "on");
        // other JVM flags to compare with the launcher's, separated by commas: --jvm=-Xms64m,-Xmx512m
        String jvmArg = StartupBenchmark.arg(args, "jvm", "");
        List<String> jvm = jvmArg.isBlank() ? StartupBenchmark.LAUNCHER_FLAGS : List.of(jvmArg.strip().split(","));
        Path data = Files.createTempDirectory("afterword-typing");
        try (StartupBenchmark.Display display = StartupBenchmark.Display.open()) {
            ProcessBuilder pb = new ProcessBuilder(StartupBenchmark.command(TypingBenchmark.class,
                jvm, "--child=app", "--data=" + data, "--seconds=" + seconds,
                "--rate=" + rate, "--proofreading=" + proofreading)).redirectErrorStream(true);
            display.apply(pb);
            System.out.println("Typing " + rate + " keys/s for " + seconds + " s into the review step, proofreading "
                + proofreading + ", flags " + jvm + ", DISPLAY=" + display.name());
            Process p = pb.start();
            StringBuilder log = new StringBuilder();
            boolean reported = false;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        System.out.println(line.substring(7));
                        reported = true;
                    } else if (line.startsWith("PROGRESS ")) {
                        System.out.println("  " + line.substring(9));
                    } else {
                        log.append(line).append('\n');
                    }
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || !reported) {
                p.destroyForcibly();
                throw new IllegalStateException("the typing run failed:\n" + log);
            }
        } finally {
            StartupBenchmark.deleteQuietly(data);
        }
    }

    private static void child(String[] args) throws Exception {
        int seconds = Integer.parseInt(StartupBenchmark.arg(args, "seconds", "60"));
        double rate = Double.parseDouble(StartupBenchmark.arg(args, "rate", "8"));
        Thread driver = new Thread(() -> {
            try {
                drive(seconds, rate);
                Runtime.getRuntime().halt(0);
            } catch (Throwable t) {
                t.printStackTrace();
                Runtime.getRuntime().halt(3);
            }
        }, "typing-driver");
        driver.setDaemon(true);
        driver.start();
        Desktop.open("--data-dir=" + StartupBenchmark.arg(args, "data", null),
            "--proofreading=" + StartupBenchmark.arg(args, "proofreading", "on"));
    }

    private static void drive(int seconds, double rate) throws Exception {
        Node next = waitFor(120, () -> lookup(NodeIds.WIZARD_NEXT));
        for (int i = 0; i < 4; i++) {
            fx(() -> ((Button) next).fire());
            Thread.sleep(1500);
        }
        Node area = waitFor(60, () -> lookup(NodeIds.reviewNote(0)));
        long waited = System.nanoTime();
        waitFor(300, () -> {
            Node status = lookup(NodeIds.REVIEW_PROOFREAD);
            String t = status == null ? "" : ((Label) status).getText();
            return t != null && !t.startsWith("Proofreading is starting") ? status : null;
        });
        System.out.printf(Locale.ROOT, "PROGRESS proofreading ready %.1f s after the review step opened%n",
            (System.nanoTime() - waited) / 1e9);
        fx(() -> {
            area.requestFocus();
            Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.END, false, true, false,
                false));
        });
        Thread.sleep(2000);
        GcPauses gc = GcPauses.watch();
        Pulses pulses = fxGet(() -> {
            Pulses ps = new Pulses();
            ps.start();
            return ps;
        });
        long interval = Math.round(1e9 / rate);
        long start = System.nanoTime();
        long keys = (long) (seconds * rate);
        long paused = 0;
        for (long k = 0; k < keys; k++) {
            char c = TEXT.charAt((int) (k % TEXT.length()));
            String ch = String.valueOf(c);
            Platform.runLater(() -> Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED,
                false, false, false, false)));
            if (c == '.' || c == ',') {
                // a writer's pause, just long enough for a check to start; typing goes on while it runs
                paused += SENTENCE_PAUSE_NS;
            }
            long due = start + (k + 1) * interval + paused;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        Thread.sleep(1500);
        fx(pulses::stop);
        Thread.sleep(200);
        gc.close();
        List<Long> gaps = pulses.gaps;
        long over = gaps.stream().filter(g -> g > 50_000_000L).count();
        long longest = gaps.stream().mapToLong(Long::longValue).max().orElse(0);
        long overInGc = 0;
        for (int i = 0; i < gaps.size(); i++) {
            if (gaps.get(i) > 50_000_000L && gc.overlaps(pulses.ends.get(i) - gaps.get(i), pulses.ends.get(i))) {
                overInGc++;
            }
        }
        double rss = rssMb();
        System.out.printf(Locale.ROOT, "PROGRESS GC pauses while typing: %d, longest %.1f ms; gaps over 50 ms that "
            + "overlap a GC pause: %d%n", gc.count(), gc.longestMs(), overInGc);
        System.out.printf(Locale.ROOT, "RESULT keys typed %d in %.1f s; pulses %d; longest pulse gap %.1f ms; gaps "
                + "over 50 ms: %d (target 0); VmRSS after typing %.0f MB (target <= 600)%n", keys,
            (System.nanoTime() - start) / 1e9, gaps.size(), longest / 1e6, over, rss);
        System.out.flush();
    }

    /** Gaps between consecutive pulses, in ns, and when each ended ({@code System.nanoTime}). */
    private static final class Pulses extends AnimationTimer {
        final List<Long> gaps = new ArrayList<>();
        final List<Long> ends = new ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                gaps.add(now - last);
                ends.add(now);
            }
            last = now;
        }
    }

    /** The collector's pauses, from its notifications, on the {@code System.nanoTime} clock. */
    private static final class GcPauses implements AutoCloseable {
        private final List<long[]> pauses = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<Runnable> detach = new ArrayList<>();

        static GcPauses watch() {
            GcPauses g = new GcPauses();
            long uptimeAtNano = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            long nanoAtUptime = System.nanoTime();
            for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!(bean instanceof javax.management.NotificationEmitter emitter)) {
                    continue;
                }
                javax.management.NotificationListener l = (n, hb) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                        .equals(n.getType())) {
                        return;
                    }
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
                    long from = nanoAtUptime + (info.getStartTime() - uptimeAtNano) * 1_000_000L;
                    g.pauses.add(new long[] {from, from + Math.max(1, info.getDuration()) * 1_000_000L,
                        info.getDuration()});
                };
                emitter.addNotificationListener(l, null, null);
                g.detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(l);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
            return g;
        }

        boolean overlaps(long from, long to) {
            // the bean reports whole milliseconds: allow one either side
            return pauses.stream().anyMatch(p -> p[0] - 1_000_000L < to && p[1] + 1_000_000L > from);
        }

        int count() {
            return pauses.size();
        }

        double longestMs() {
            return pauses.stream().mapToLong(p -> p[2]).max().orElse(0);
        }

        @Override
        public void close() {
            detach.forEach(Runnable::run);
        }
    }

    private static double rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static Node lookup(String id) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                Node n = w.getScene().lookup("#" + id);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T fxGet(Probe<T> probe) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(probe.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static void fx(Runnable r) throws Exception {
        fxGet(() -> {
            r.run();
            return Boolean.TRUE;
        });
    }

    private static <T> T waitFor(int seconds, Probe<T> probe) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            try {
                T t = fxGet(probe);
                if (t != null) {
                    return t;
                }
            } catch (IllegalStateException e) {
                // the toolkit is not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("waited " + seconds + " s in vain");
    }
}
