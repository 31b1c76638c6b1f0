// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version stamped into the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/app/afterword/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"Afterword " + p.getProperty("version", "(development build)")};
    }
}
