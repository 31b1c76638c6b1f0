// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.zone;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.zone.ZoneDirectory.Resolution.Kind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneDirectoryTest {

    private static final ZoneDirectory ZONES = ZoneDirectory.bundled();
    private static final Instant WINTER = Instant.parse("2026-11-24T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");

    private static List<String> ids(List<ZoneEntry> entries) {
        return entries.stream().map(ZoneEntry::id).toList();
    }

    @Test
    void listsCanonicalZonesOnlyWithoutTheJdksAliases() {
        List<String> ids = ids(ZONES.all());
        assertThat(ids).contains("Europe/Berlin", "Africa/Asmara", "Asia/Kolkata", "Europe/Kyiv", "Europe/Oslo",
            "America/Los_Angeles", "Etc/UTC")
            .doesNotContain("Africa/Asmera", "Asia/Calcutta", "Europe/Kiev", "US/Pacific", "CET", "EST5EDT",
                "Etc/GMT+5", "SystemV/EST5", "UTC", "GMT");
        assertThat(ids).doesNotHaveDuplicates().hasSizeBetween(400, 430);
        assertThat(ZoneId.getAvailableZoneIds()).hasSizeGreaterThan(ids.size() + 150);
    }

    @Test
    void everyTableRowIsAZoneThisJdkKnowsAndEveryAliasLeadsToOne() {
        // a row newer than the JDK's own tz data is left out (America/Coyhaique, tz 2025b, on a JDK 17.0.15)
        List<String> rows = new java.io.BufferedReader(new java.io.InputStreamReader(
            ZoneDirectory.class.getResourceAsStream("/app/afterword/zones/zones.tsv"),
            java.nio.charset.StandardCharsets.UTF_8)).lines().filter(l -> !l.startsWith("#"))
            .map(l -> l.split("\t")[0]).toList();
        assertThat(ids(ZONES.all())).containsExactlyElementsOf(rows.stream()
            .filter(ZoneId.getAvailableZoneIds()::contains).toList());
        assertThat(rows.size() - ZONES.all().size()).isLessThan(5);
        for (ZoneEntry e : ZONES.all()) {
            assertThat(e.city()).as(e.id()).isNotBlank();
            assertThat(e.id().equals("Etc/UTC") || !e.country().isBlank()).as(e.id()).isTrue();
        }
        for (String id : List.of("Africa/Asmera", "Asia/Calcutta", "Europe/Kiev", "US/Pacific", "Asia/Saigon",
            "America/Buenos_Aires", "Etc/GMT", "GB")) {
            assertThat(ZONES.entry(ZoneId.of(id))).as(id).isPresent();
        }
    }

    @Test
    void showsEachZoneWithItsPlaceAndTheOffsetInForce() {
        ZoneEntry berlin = ZONES.entry(ZoneId.of("Europe/Berlin")).orElseThrow();
        assertThat(berlin.label(WINTER)).isEqualTo("Europe/Berlin — Berlin, Germany · UTC+1");
        assertThat(berlin.label(SUMMER)).isEqualTo("Europe/Berlin — Berlin, Germany · UTC+2");
        assertThat(ZONES.entry(ZoneId.of("Asia/Kolkata")).orElseThrow().label(WINTER))
            .isEqualTo("Asia/Kolkata — Kolkata, India · UTC+5:30");
        assertThat(ZONES.entry(ZoneId.of("America/Sao_Paulo")).orElseThrow().label(WINTER))
            .isEqualTo("America/Sao_Paulo — São Paulo, Brazil · UTC\u22123");
        assertThat(ZONES.entry(ZoneId.of("Etc/UTC")).orElseThrow().label(WINTER)).isEqualTo("Etc/UTC — UTC · UTC+0");
        assertThat(ZoneEntry.offsetText(ZoneOffset.ofHoursMinutes(-9, -30))).isEqualTo("UTC\u22129:30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Berlin|Europe/Berlin", "berlin|Europe/Berlin", "  BERLIN |Europe/Berlin", "Europe/Berlin|Europe/Berlin",
        "europe/berlin|Europe/Berlin", "India|Asia/Kolkata", "Calcutta|Asia/Kolkata", "Asia/Calcutta|Asia/Kolkata",
        "Africa/Asmera|Africa/Asmara", "US/Pacific|America/Los_Angeles", "Kiev|Europe/Kyiv",
        "sao paulo|America/Sao_Paulo",
        "São Paulo|America/Sao_Paulo", "New York|America/New_York", "Berlin, Germany|Europe/Berlin",
        "Japan|Asia/Tokyo", "UTC|Etc/UTC", "utc|Etc/UTC", "Zulu|Etc/UTC", "British Summer Time|Europe/London",
        "HST|Pacific/Honolulu", "Tel Aviv|Asia/Jerusalem", "UTC+2|+02:00", "+05:30|+05:30", "GMT-05:30|-05:30"})
    void acceptsWhatNamesOneZone(String typed, String expected) {
        ZoneDirectory.Resolution r = ZONES.resolve(typed);
        assertThat(r.kind()).as(typed).isEqualTo(Kind.ONE);
        assertThat(r.zone()).isEqualTo(ZoneId.of(expected));
        assertThat(r.text()).isEqualTo(expected);
    }

    @Test
    void offersTheChoicesWhenANameFitsSeveralZones() {
        ZoneDirectory.Resolution germany = ZONES.resolve("Germany");
        assertThat(germany.kind()).isEqualTo(Kind.SEVERAL);
        assertThat(ids(germany.choices())).startsWith("Europe/Berlin", "Europe/Busingen");

        List<String> pacific = ids(ZONES.resolve("Pacific").choices());
        assertThat(pacific).startsWith("America/Los_Angeles").contains("America/Vancouver", "America/Tijuana");
        assertThat(pacific.subList(0, 3)).allMatch(id -> id.startsWith("America/"));

        assertThat(ids(ZONES.resolve("IST").choices())).startsWith("Asia/Kolkata").contains("Europe/Dublin");
        List<String> cet = ids(ZONES.resolve("CET").choices());
        assertThat(cet).contains("Europe/Berlin", "Europe/Paris", "Europe/Brussels", "Europe/Oslo")
            .doesNotContain("Europe/London");
        assertThat(ids(ZONES.resolve("EST").choices())).contains("America/New_York", "America/Toronto",
            "America/Panama");
        assertThat(ids(ZONES.resolve("GMT").choices())).contains("Europe/London", "Etc/UTC");
        assertThat(ids(ZONES.resolve("Central European Time").choices())).contains("Europe/Berlin", "Europe/Rome");
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertThat(ZONES.resolve("Mars/Olympus").kind()).isEqualTo(Kind.NONE);
        assertThat(ZONES.resolve("Berln").kind()).isEqualTo(Kind.NONE);
        assertThat(ZONES.resolve("+25:00").kind()).isEqualTo(Kind.NONE);
        assertThat(ZONES.resolve("   ").kind()).isEqualTo(Kind.BLANK);
    }

    @Test
    void searchFindsCitiesCountriesAndCommonNamesBestFirst() {
        assertThat(ids(ZONES.search("Berlin", 10))).first().isEqualTo("Europe/Berlin");
        assertThat(ids(ZONES.search("Ber", 20))).contains("Europe/Berlin", "Atlantic/Bermuda");
        assertThat(ids(ZONES.search("Germany", 10))).containsExactly("Europe/Berlin", "Europe/Busingen");
        assertThat(ids(ZONES.search("India", 10))).first().isEqualTo("Asia/Kolkata");
        assertThat(ids(ZONES.search("Pacific", 60))).startsWith("America/Los_Angeles").contains("Pacific/Auckland");
        assertThat(ids(ZONES.search("Africa/Asmera", 5))).first().isEqualTo("Africa/Asmara");
        assertThat(ids(ZONES.search("united kingdom", 5))).containsExactly("Europe/London");
        assertThat(ids(ZONES.search("UK", 5))).first().isEqualTo("Europe/London");
        assertThat(ZONES.search("", 1000)).hasSize(ZONES.all().size());
        Set<String> names = ZONES.search("", 5).stream().map(ZoneEntry::id).collect(Collectors.toSet());
        assertThat(names).contains("Africa/Abidjan");
    }
}
