// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A newcomer's first start: the bundled sample interview is added once, so the whole flow can be seen at once. It is
 * added only on the very first start; a user who deletes it does not get it back.
 */
public final class FirstRun {
    /** Where the sample interview ships on the class path. */
    public static final String SAMPLE = "/app/afterword/samples/sample-interview.json";

    /** Settings part that remembers the sample was offered. */
    public record Welcome(boolean sampleAdded) {
    }

    static final SettingsSection<Welcome> WELCOME = new SettingsSection<>("welcome", Welcome.class,
        new Welcome(false));

    private FirstRun() {
    }

    /** The bundled sample interview. */
    public static Interview sample(Json json) {
        try (InputStream in = FirstRun.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The sample interview is missing from the application.");
            }
            InterviewCodec.Decoded d = new InterviewFiles(json).parse(in.readAllBytes());
            if (!d.valid()) {
                throw new IllegalStateException("The bundled sample interview is not valid: " + d.problems());
            }
            return d.interview();
        } catch (IOException | InterviewFiles.UnreadableException e) {
            throw new IllegalStateException("The sample interview could not be read.", e);
        }
    }

    /**
     * Adds the sample on the first start of an empty workspace.
     *
     * @return the id of the added sample, or empty when nothing was added
     */
    public static Optional<String> seed(Workspace ws) throws SaveException {
        if (ws.settings().get(WELCOME).sampleAdded()) {
            return Optional.empty();
        }
        Optional<String> added = Optional.empty();
        if (ws.interviews().ids().isEmpty()) {
            Interview sample = sample(ws.json());
            String id = ws.interviews().newId("sample " + sample.company() + " " + sample.role());
            ws.interviews().save(id, sample.withId(id));
            added = Optional.of(id);
        }
        ws.settings().put(WELCOME, new Welcome(true));
        return added;
    }
}
