// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --now} and {@code --zone}, shared by the timeline commands: "now" and "your time zone". */
final class ClockOptions {

    @Option(names = "--now", paramLabel = "ISO",
        description = "Pretend it is this moment, e.g. 2026-11-25T09:00-06:00 (default: the real time).")
    String now;

    @Option(names = "--zone", paramLabel = "ZONE",
        description = "Your time zone, e.g. Europe/London; decides what \"today\" is (default: the system's).")
    String zone;

    /** The user's zone: --zone, else the zone named in --now, else the system's. */
    ZoneId userZone() {
        if (zone != null) {
            try {
                return ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                throw new CliException("--zone: '" + zone + "' is not a known time zone; use a name such as "
                    + "Europe/London or America/Chicago.", Cli.USAGE);
            }
        }
        if (now != null && now.contains("[")) {
            return parse(now, ZoneId.systemDefault(), "--now").getZone();
        }
        return ZoneId.systemDefault();
    }

    /** A clock at --now (fixed) or the system clock, in the user's zone. */
    Clock clock() {
        ZoneId z = userZone();
        if (now == null) {
            return Clock.system(z);
        }
        Instant at = parse(now, z, "--now").toInstant();
        return Clock.fixed(at, z);
    }

    /**
     * Parses a moment typed by a person: with an offset (2026-11-25T09:00-06:00), with a zone
     * (2026-11-25T09:00[Europe/London]), in UTC (2026-11-25T15:00Z), or local to {@code zone} (2026-11-25T09:00).
     */
    static ZonedDateTime parse(String text, ZoneId zone, String option) {
        String t = text.strip();
        try {
            return ZonedDateTime.parse(t);
        } catch (DateTimeParseException e) {
            // not a zoned or offset date-time; try the other shapes
        }
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(zone);
        } catch (DateTimeParseException e) {
            // try a local date-time
        }
        try {
            return LocalDateTime.parse(t).atZone(zone);
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            LocalDate.parse(t);
            throw new CliException(option + ": '" + text + "' has no time of day; write e.g. " + t + "T09:00.",
                Cli.USAGE);
        } catch (DateTimeParseException e) {
            throw new CliException(option + ": '" + text + "' is not a date and time; write e.g. 2026-11-25T09:00 "
                + "(your time zone) or 2026-11-25T09:00-06:00.", Cli.USAGE);
        }
    }
}
