// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.core.zone.ZoneDirectory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and time zones the way people type them: "24 Nov 2026", "Nov 24, 2026", "2026-11-24"; "10:00",
 * "2:30 pm", "14.30"; time zones by id, city, country or common name (see {@link ZoneDirectory}). Dates are shown as
 * "24 Nov 2026" (no day/month ambiguity) and times in the user's usual style.
 */
public final class DateTimeInput {

    private static final Pattern TIME = Pattern.compile(
        "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|a|p)?");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final Locale locale;
    private final List<DateTimeFormatter> dateFormats = new ArrayList<>();
    private final DateTimeFormatter shownTime;
    private final ZoneDirectory zones = ZoneDirectory.bundled();

    /** Parses and formats for {@code locale} (it decides 12- or 24-hour times and day/month order of 1/2/2026). */
    public DateTimeInput(Locale locale) {
        this.locale = locale;
        for (String p : List.of("d MMM uuuu", "d MMMM uuuu", "MMM d uuuu", "MMMM d uuuu", "EEE d MMM uuuu",
            "EEEE d MMMM uuuu", "EEE MMM d uuuu", "uuuu-M-d")) {
            dateFormats.add(strict(p, Locale.ENGLISH));
        }
        dateFormats.add(strict(monthFirst(locale) ? "M/d/uuuu" : "d/M/uuuu", locale));
        dateFormats.add(strict("d.M.uuuu", locale));
        shownTime = twelveHour(locale) ? DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH)
            : DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
            .withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean monthFirst(Locale locale) {
        return Set.of("US", "PH", "BZ", "FM", "MH", "PW").contains(locale.getCountry());
    }

    private static boolean twelveHour(Locale locale) {
        return Set.of("US", "CA", "AU", "NZ", "PH", "IN", "PK", "EG", "SA", "BD", "MY").contains(locale.getCountry());
    }

    /** "24 Nov 2026". */
    public String formatDate(LocalDate date) {
        return date == null ? "" : SHOWN_DATE.format(date);
    }

    /** "10:00" or "10:00 AM", depending on the locale. */
    public String formatTime(LocalTime time) {
        return time == null ? "" : shownTime.format(time);
    }

    /** An example time in the shown style, for hints. */
    public String exampleTime() {
        return formatTime(LocalTime.of(14, 30));
    }

    /** The date typed, if it is one. */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replace(',', ' ').replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter f : dateFormats) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                continue;
            }
        }
        return Optional.empty();
    }

    /** The time typed, if it is one: "10", "10:30", "10.30", "10am", "2:30 p.m.", "14h30". */
    public Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('\u202f', ' ');
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (minute > 59) {
            return Optional.empty();
        }
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = half.startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (hour > 23) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /**
     * The zone typed, when it names exactly one: an id in any case ("europe/london"), an old id ("Asia/Calcutta"), a
     * city or country with one zone ("Berlin", "India"), "UTC", or an offset ("+02:00", "UTC+2").
     */
    public Optional<ZoneId> parseZone(String text) {
        return zones.resolve(text).one();
    }

    /** The time zones to choose from, and how typed names are read. */
    public ZoneDirectory zones() {
        return zones;
    }

    /** The locale this parser follows. */
    public Locale locale() {
        return locale;
    }
}
