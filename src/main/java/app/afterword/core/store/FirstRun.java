// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A newcomer's first start: the bundled sample interview is added once, so the whole flow can be seen at once. It is
 * added only on the very first start; a user who deletes it does not get it back. The sample is marked as one (so
 * it is labelled everywhere and kept out of the agenda and calendar files) and dated relative to that start: an
 * interview that ended about an hour ago, in the user's own time zone, so its timeline shows a thank-you that is due
 * now rather than one long overdue.
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
     * The bundled sample as a first start at {@code now} adds it: marked as the sample, in {@code zone}, ended an hour
     * ago (to the five minutes before), lasting as long as the bundled one, with the decision date as many days after
     * it as in the bundled file.
     */
    public static Interview sampleAt(Interview bundled, Instant now, ZoneId zone) {
        Duration length = Duration.between(bundled.start(), bundled.endOrStart());
        OffsetDateTime end = OffsetDateTime.ofInstant(now.minus(Duration.ofHours(1)), zone)
            .truncatedTo(ChronoUnit.MINUTES);
        end = end.minusMinutes(end.getMinute() % 5);
        OffsetDateTime start = end.minus(length);
        Interview.Builder b = bundled.toBuilder().sample(true).timeZone(zone).start(start)
            .end(bundled.end() == null ? null : end);
        if (bundled.decisionBy() != null) {
            long days = ChronoUnit.DAYS.between(bundled.start().toLocalDate(), bundled.decisionBy());
            b.decisionBy(start.atZoneSameInstant(zone).toLocalDate().plusDays(days));
        }
        return b.build();
    }

    /** Adds the sample on the first start of an empty workspace, dated by the system clock in its zone. */
    public static Optional<String> seed(Workspace ws) throws SaveException {
        Clock clock = Clock.systemDefaultZone();
        return seed(ws, clock.instant(), clock.getZone());
    }

    /**
     * Adds the sample on the first start of an empty workspace, dated relative to {@code now} in the user's zone.
     *
     * @return the id of the added sample, or empty when nothing was added
     */
    public static Optional<String> seed(Workspace ws, Instant now, ZoneId zone) throws SaveException {
        if (ws.settings().get(WELCOME).sampleAdded()) {
            return Optional.empty();
        }
        Optional<String> added = Optional.empty();
        if (ws.interviews().ids().isEmpty()) {
            Interview sample = sampleAt(sample(ws.json()), now, zone);
            String id = ws.interviews().newId("sample " + sample.company() + " " + sample.role());
            ws.interviews().save(id, sample.withId(id));
            added = Optional.of(id);
        }
        ws.settings().put(WELCOME, new Welcome(true));
        return added;
    }
}
