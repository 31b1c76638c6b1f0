// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.zone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One time zone a person can choose, as the bundled tables describe it: its tz id, where it is ("Berlin, Germany"),
 * and the names people use for it ("Central European Time", "CET"). Immutable.
 *
 * @param zone        the zone
 * @param countryCode the ISO country code of the place, empty for UTC
 * @param country     the country's English name, empty for UTC
 * @param countryAlso other names of the country ("UK")
 * @param city        the city that names the zone, as English writers spell it ("São Paulo")
 * @param names       names of the time the zone keeps, longest first ("Central European Time")
 * @param shortNames  their abbreviations ("CET", "CEST")
 * @param oldNames    former names of the city ("Calcutta", "Kiev")
 * @param note        what part of the country the zone covers ("most of Germany"), or empty
 * @param mainZone    true for the zone that stands for its metazone ("Pacific Time": Los Angeles)
 * @param order       its place in the published table: by country, the most populous first
 */
public record ZoneEntry(ZoneId zone, String countryCode, String country, List<String> countryAlso, String city,
                        List<String> names, List<String> shortNames, List<String> oldNames, String note,
                        boolean mainZone, int order) {

    /** Copies the lists. */
    public ZoneEntry {
        countryAlso = List.copyOf(countryAlso);
        names = List.copyOf(names);
        shortNames = List.copyOf(shortNames);
        oldNames = List.copyOf(oldNames);
    }

    /** The tz id, e.g. "Europe/Berlin". */
    public String id() {
        return zone.getId();
    }

    /** "Berlin, Germany", or the city alone where there is no country (UTC). */
    public String place() {
        return country.isEmpty() ? city : city + ", " + country;
    }

    /** The zone's offset from UTC at {@code at}. */
    public ZoneOffset offsetAt(Instant at) {
        return zone.getRules().getOffset(at);
    }

    /** "Europe/Berlin — Berlin, Germany · UTC+1", with the offset in force at {@code at}. */
    public String label(Instant at) {
        String where = id().equals(city) ? "" : " — " + place();
        return id() + where + " · " + offsetText(offsetAt(at));
    }

    /** "UTC+1", "UTC+5:30", "UTC−8" (with a minus sign), "UTC+0". */
    public static String offsetText(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String hours = Integer.toString(abs / 3600);
        int minutes = abs % 3600 / 60;
        String rest = minutes == 0 ? "" : (minutes < 10 ? ":0" : ":") + minutes;
        return "UTC" + (seconds < 0 ? "\u2212" : "+") + hours + rest;
    }
}
