// SPDX-License-Identifier: Apache-2.0
package app.afterword.bench;

import app.afterword.ui.Desktop;
import app.afterword.ui.common.NodeIds;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Time from JVM start to the first frame of the app's window, against a minimal JavaFX window launched the same way
 * (same JVM, flags and class path), alternating, five of each by default. Each run is a fresh JVM on a fresh data
 * folder (so the app's first-run seeding is included), started through {@link Desktop#open}, the launcher's own path.
 * "Shown" is the first layout pulse after the window is added to the list of showing windows, the pulse that paints
 * the first frame; the time is the parent's clock from starting the child process to reading the child's marker line
 * (JVM boot included). The child's own figure (its clock minus the JVM start time from {@code RuntimeMXBean}) is
 * printed beside it. The app's first frame is its frame (header, rail, theme); the time until the first screen's form
 * is laid out in the window ("ready": the wizard's first field, for a first run) is measured in the same run and
 * printed too.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.afterword.bench.StartupBenchmark [-Dexec.args="--runs=5"]
 * </pre>
 * Needs a display: uses {@code DISPLAY} when set, else starts {@code Xvfb :99} for the run.
 */
public final class StartupBenchmark {

    /** The launcher's maximum heap (see the exec plugin in the pom). */
    static final String LAUNCHER_HEAP = "512m";

    /** The launcher's other memory flags: how the heap and the C library give memory back. */
    static final List<String> LAUNCHER_TUNING = List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
        "-XX:+UnlockExperimentalVMOptions", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=5000");

    /** The launcher's memory flags, all of them. */
    static final List<String> LAUNCHER_FLAGS = Stream.concat(Stream.of("-Xms64m", "-Xmx" + LAUNCHER_HEAP),
        LAUNCHER_TUNING.stream()).toList();

    private static final String MARK = "SHOWN ";
    private static final String READY = "READY ";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String child = arg(args, "child", null);
        if (child != null) {
            runChild(child, args);
            return;
        }
        int runs = Integer.parseInt(arg(args, "runs", "5"));
        try (Display display = Display.open()) {
            System.out.println("Start-up: JVM start to first frame, " + runs + " runs each, alternating, flags "
                + LAUNCHER_FLAGS + ", DISPLAY=" + display.name() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores");
            double[] minimal = new double[runs];
            double[] app = new double[runs];
            double[] minimalChild = new double[runs];
            double[] appChild = new double[runs];
            double[] appReady = new double[runs];
            for (int i = 0; i < runs; i++) {
                double[] m = launch("minimal", display);
                double[] a = launch("app", display);
                minimal[i] = m[0];
                minimalChild[i] = m[1];
                app[i] = a[0];
                appChild[i] = a[1];
                appReady[i] = a[2];
                System.out.printf(Locale.ROOT, "  run %d: minimal %6.0f ms   app %6.0f ms (form ready %6.0f ms)%n",
                    i + 1, m[0], a[0], a[2]);
            }
            double mm = median(minimal);
            double am = median(app);
            System.out.printf(Locale.ROOT, "Minimal JavaFX window: median %6.0f ms (child clock %6.0f ms)%n", mm,
                median(minimalChild));
            System.out.printf(Locale.ROOT, "Afterword:             median %6.0f ms (child clock %6.0f ms)%n", am,
                median(appChild));
            System.out.printf(Locale.ROOT, "Afterword, form ready:  median %6.0f ms (%.2f times the minimal)%n",
                median(appReady), median(appReady) / mm);
            System.out.printf(Locale.ROOT, "Ratio of medians (parent clock): %.2f (target <= 1.5) %s%n", am / mm,
                am / mm <= 1.5 ? "PASS" : "MISS");
        }
    }

    /**
     * Parent clock and child clock, in ms, from process start to the first frame, and the parent clock to the
     * ready mark (the first frame for the minimal window).
     */
    private static double[] launch(String mode, Display display) throws Exception {
        Path data = Files.createTempDirectory("afterword-startup");
        List<String> cmd = command(StartupBenchmark.class, LAUNCHER_FLAGS, "--child=" + mode, "--data=" + data);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        display.apply(pb);
        long start = System.nanoTime();
        Process p = pb.start();
        double parent = Double.NaN;
        double child = Double.NaN;
        double ready = Double.NaN;
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(MARK) && Double.isNaN(parent)) {
                    parent = (System.nanoTime() - start) / 1e6;
                    child = Double.parseDouble(line.substring(MARK.length()).strip());
                } else if (line.startsWith(READY) && Double.isNaN(ready)) {
                    ready = (System.nanoTime() - start) / 1e6;
                } else {
                    log.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || Double.isNaN(parent) || Double.isNaN(ready)) {
            p.destroyForcibly();
            throw new IllegalStateException(mode + " did not show a window:\n" + log);
        }
        deleteQuietly(data);
        return new double[] {parent, child, ready};
    }

    private static void runChild(String mode, String[] args) {
        if ("minimal".equals(mode)) {
            markFirstFrame(() -> {
                System.out.println(READY);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            });
            Application.launch(Minimal.class);
        } else {
            markFirstFrame(() -> whenLaidOut("#" + NodeIds.COMPANY, () -> {
                System.out.println(READY);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }));
            Desktop.open("--data-dir=" + arg(args, "data", null));
        }
    }

    /**
     * Runs {@code then} at the first layout pulse at which the first window has a node matching {@code css}. Pulse
     * listeners are added and removed outside the pulse that runs them.
     */
    private static void whenLaidOut(String css, Runnable then) {
        Scene scene = Window.getWindows().get(0).getScene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (check[0] != null && scene.lookup(css) != null) {
                Runnable self = check[0];
                check[0] = null;
                Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
                then.run();
            }
        };
        Platform.runLater(() -> scene.addPostLayoutPulseListener(check[0]));
    }

    /**
     * Prints the marker at the first layout pulse of the first window shown (the pulse that paints its first frame),
     * then runs {@code after}.
     */
    static void markFirstFrame(Runnable after) {
        boolean[] done = {false};
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (done[0] || w.getScene() == null) {
                        continue;
                    }
                    done[0] = true;
                    Scene scene = w.getScene();
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        if (once[0] == null) {
                            return;
                        }
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println(MARK + ms);
                        System.out.flush();
                        once[0] = null;
                        after.run();
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                }
            }
        });
    }

    /** A window of the app's size with one label: what any JavaFX app costs to show. */
    public static final class Minimal extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 760));
            stage.show();
        }
    }

    // ---- shared by the UI benchmarks ---------------------------------------------------------------------------

    static String arg(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "=")).map(a -> a.substring(name.length()
            + 3)).findFirst().orElse(fallback);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static List<String> command(Class<?> main, List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String classPath() {
        ClassLoader cl = StartupBenchmark.class.getClassLoader();
        if (cl instanceof URLClassLoader u && u.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** The display the children use: DISPLAY if set, else an Xvfb started for the run. */
    record Display(String name, Process xvfb) implements AutoCloseable {

        static Display open() throws Exception {
            String set = System.getenv("DISPLAY");
            if (set != null && !set.isBlank()) {
                return new Display(set, null);
            }
            Process x = new ProcessBuilder("Xvfb", ":99", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
            if (!x.isAlive()) {
                throw new IllegalStateException("Xvfb :99 did not start; install xvfb, or set DISPLAY");
            }
            return new Display(":99", x);
        }

        void apply(ProcessBuilder pb) {
            pb.environment().put("DISPLAY", name);
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }
}
