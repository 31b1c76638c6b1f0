// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts a second JVM on the test class path, to test what only another process can show. */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder builder(Class<?> main, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
            + File.separator + "java", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true", "-cp", classPath, main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    static Process start(Class<?> main, String... args) throws IOException {
        return builder(main, args).redirectErrorStream(true).start();
    }
}
