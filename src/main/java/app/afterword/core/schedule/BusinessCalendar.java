// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Business days and hours in one time zone: the recipients' working week, with the user's list of public holidays.
 * Every "N business days later" and "inside business hours" of the timeline is answered here, so weekends, holidays
 * and daylight-saving changes are handled in one place. Wall-clock times are resolved in the zone, so 08:00 stays
 * 08:00 on the day the clocks change.
 */
public final class BusinessCalendar {
    private final ZoneId zone;
    private final ScheduleSettings settings;
    private final Set<LocalDate> holidays;

    /** The business calendar of {@code zone} under {@code settings}. */
    public BusinessCalendar(ZoneId zone, ScheduleSettings settings) {
        if (zone == null || settings == null) {
            throw new IllegalArgumentException("zone and settings are required");
        }
        this.zone = zone;
        this.settings = settings;
        this.holidays = new HashSet<>(settings.holidays());
    }

    /** The zone the calendar works in. */
    public ZoneId zone() {
        return zone;
    }

    /** True for a working day: not a weekend day and not a holiday. */
    public boolean isBusinessDay(LocalDate date) {
        return !settings.weekend().contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** True for a holiday on the user's list. */
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code date} itself when it is a business day, else the next one. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        return isBusinessDay(date) ? date : nextBusinessDay(date);
    }

    /** The business day {@code n} business days after {@code date} (n = 0 gives {@code date} or the next one). */
    public LocalDate plusBusinessDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = n == 0 ? businessDayOnOrAfter(date) : date;
        for (int i = 0; i < n; i++) {
            d = nextBusinessDay(d);
        }
        return d;
    }

    /** When business hours start on {@code date}, in the zone. */
    public ZonedDateTime opening(LocalDate date) {
        return at(date, settings.businessDayStart());
    }

    /** When business hours end on {@code date}, in the zone. */
    public ZonedDateTime closing(LocalDate date) {
        return at(date, settings.businessDayEnd());
    }

    /** The morning cutoff (09:00 by default) on {@code date}, in the zone. */
    public ZonedDateTime morningCutoff(LocalDate date) {
        return at(date, settings.morningCutoff());
    }

    /** A wall-clock time on a date in the zone (a time skipped by a clock change moves forward, as clocks do). */
    public ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone);
    }

    /** True when {@code t} falls on a business day, from opening (inclusive) to closing (exclusive). */
    public boolean isBusinessHours(ZonedDateTime t) {
        ZonedDateTime local = t.withZoneSameInstant(zone);
        LocalDate date = local.toLocalDate();
        return isBusinessDay(date) && !local.isBefore(opening(date)) && local.isBefore(closing(date));
    }

    /** {@code t} when it is inside business hours, else the next opening; the result is in the zone. */
    public ZonedDateTime nextBusinessMoment(ZonedDateTime t) {
        ZonedDateTime local = t.withZoneSameInstant(zone);
        if (isBusinessHours(local)) {
            return local;
        }
        LocalDate date = local.toLocalDate();
        if (isBusinessDay(date) && local.isBefore(opening(date))) {
            return opening(date);
        }
        return opening(nextBusinessDay(date));
    }

    /** The last business moment at or before {@code t}: {@code t} itself, or the closing time before it. */
    public ZonedDateTime previousBusinessClose(ZonedDateTime t) {
        ZonedDateTime local = t.withZoneSameInstant(zone);
        if (isBusinessHours(local)) {
            return local;
        }
        LocalDate date = local.toLocalDate();
        if (isBusinessDay(date) && !local.isBefore(closing(date))) {
            return closing(date);
        }
        LocalDate d = date.minusDays(1);
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return closing(d);
    }

    /** Whole business days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not later. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }
}
