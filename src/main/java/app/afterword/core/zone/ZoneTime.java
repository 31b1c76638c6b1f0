// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.zone;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;

/**
 * A time read off one clock, and the same moment on another: "14:45 your time is 15:45 in Berlin". A person types
 * the times of an interview on whichever clock they remember, theirs or the interviewers'; the interview keeps the
 * moment, so nothing depends on which clock was used.
 *
 * @param at       the moment, on the clock it was typed on
 * @param typed    the wall-clock time as typed; it differs from {@code at} when that time did not happen that day
 * @param skipped  true when the clocks went forward over the typed time, so it was read as the time after the gap
 * @param repeated true when the clocks went back over it, so it happened twice; the first is meant
 */
public record ZoneTime(ZonedDateTime at, LocalDateTime typed, boolean skipped, boolean repeated) {

    /** The moment {@code time} on {@code day} means on the clocks of {@code zone}. */
    public static ZoneTime read(LocalDate day, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(day, time);
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        ZonedDateTime at = ZonedDateTime.ofLocal(local, zone, null);
        return new ZoneTime(at, local, change != null && change.isGap(), change != null && change.isOverlap());
    }

    /** The same moment on the clocks of {@code other}. */
    public ZonedDateTime in(ZoneId other) {
        return at.withZoneSameInstant(other);
    }

    /** The moment with its offset, as interview files store it. */
    public OffsetDateTime offsetDateTime() {
        return at.toOffsetDateTime();
    }

    /** How many days the date on {@code other}'s clocks is ahead of the typed date (-1, 0, 1). */
    public long daysAheadIn(ZoneId other) {
        return ChronoUnit.DAYS.between(at.toLocalDate(), in(other).toLocalDate());
    }

    /** True when {@code other}'s clocks show a different time of day at this moment. */
    public boolean differsIn(ZoneId other) {
        return !in(other).toLocalDateTime().equals(at.toLocalDateTime());
    }
}
