// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.zone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the zone tables in {@code src/main/resources/app/afterword/zones/} from their published sources. It runs
 * only when asked, with the two sources named:
 *
 * <pre>
 * git clone https://github.com/eggert/tz /tmp/tz            (or unpack a tzdata release)
 * mkdir /tmp/cldr; cd /tmp/cldr; npm pack cldr-core cldr-bcp47 cldr-dates-full cldr-localenames-full
 * for f in *.tgz; do d=${f%-*.tgz}; mkdir -p $d; tar xzf $f -C $d --strip-components=1; done
 * ./mvnw -o test -Dtest=ZoneTablesRefreshTest -Dzones.tz=/tmp/tz -Dzones.cldr=/tmp/cldr
 * </pre>
 *
 * Then {@code ZoneDirectoryTest} checks the new tables against the JDK, and {@code SOURCES.md} beside them gets the
 * new versions. What it keeps, and why:
 * <ul>
 *   <li>the zones to choose from are the rows of the tz database's {@code zone.tab}: one or more per country, each
 *   a place people name (Amsterdam, Oslo, Asmara), plus Etc/UTC;</li>
 *   <li>every other name the tz database ({@code backward}) or CLDR ({@code bcp47/timezone.json}) knows for one of
 *   those places becomes an alias of it (Africa/Asmera, Asia/Calcutta, US/Pacific); GMT and its kin become aliases
 *   of UTC, whose clock they share;</li>
 *   <li>from CLDR's English data: the city as English writers spell it (São Paulo, Kyiv), the country's name, the
 *   zone's metazone with its names (Central European Time) and the abbreviations English-speaking places use (CET,
 *   PST, IST).</li>
 * </ul>
 */
class ZoneTablesRefreshTest {

    private static final Path OUT = Path.of("src", "main", "resources", "app", "afterword", "zones");
    /** Region names whose old spellings are place names worth finding ("Calcutta"), unlike "US/Pacific". */
    private static final Set<String> PLACE_REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
        "Atlantic", "Europe", "Indian", "Pacific");
    private static final String UTC = "Etc/UTC";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @EnabledIfSystemProperty(named = "zones.tz", matches = ".+")
    void rewritesTheZoneTablesFromTzAndCldr() throws IOException {
        Path tz = Path.of(System.getProperty("zones.tz"));
        Path cldr = Path.of(System.getProperty("zones.cldr"));

        // the zones: zone.tab in its order (by country, the most populous first), then UTC
        Map<String, String[]> zoneTab = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tz.resolve("zone.tab"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            zoneTab.put(f[2], new String[] {f[0], f.length > 3 ? f[3] : ""});
        }
        zoneTab.put(UTC, new String[] {"", ""});

        // CLDR's groups of names for one place; the first is CLDR's key for it
        Map<String, List<String>> groupOf = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> types = read(cldr.resolve("cldr-bcp47/bcp47/timezone.json"))
            .path("keyword").path("u").path("tz").fields();
        while (types.hasNext()) {
            JsonNode alias = types.next().getValue().path("_alias");
            if (alias.isTextual() && alias.asText().contains("/")) {
                List<String> group = List.of(alias.asText().split(" "));
                group.forEach(id -> groupOf.put(id, group));
            }
        }

        Map<String, String> aliases = new TreeMap<>();
        for (String zone : zoneTab.keySet()) {
            for (String other : groupOf.getOrDefault(zone, List.of())) {
                if (!zoneTab.containsKey(other)) {
                    aliases.put(other, zone);
                }
            }
        }
        Map<String, String> links = new TreeMap<>();
        for (String line : Files.readAllLines(tz.resolve("backward"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\s+");
            if (f.length >= 3 && f[0].equals("Link")) {
                links.put(f[2], f[1]);
            }
        }
        for (String gmt : List.of("Etc/GMT", "GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "GMT+0", "GMT-0", "GMT0",
            "Etc/Greenwich", "Greenwich", "UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu",
            "Zulu")) {
            aliases.put(gmt, UTC);
        }
        for (Map.Entry<String, String> link : links.entrySet()) {
            String target = link.getValue();
            for (int hops = 0; hops < 4 && !zoneTab.containsKey(target); hops++) {
                target = aliases.getOrDefault(target, links.getOrDefault(target, target));
            }
            if (!zoneTab.containsKey(link.getKey()) && zoneTab.containsKey(target)) {
                aliases.putIfAbsent(link.getKey(), target);
            }
        }

        JsonNode en = read(cldr.resolve("cldr-dates-full/main/en/timeZoneNames.json"))
            .path("main").path("en").path("dates").path("timeZoneNames");
        JsonNode metaZones = read(cldr.resolve("cldr-core/supplemental/metaZones.json")).path("supplemental")
            .path("metaZones");
        Map<String, Set<String>> shortNames = englishAbbreviations(cldr.resolve("cldr-dates-full/main"));

        List<String> zoneRows = new ArrayList<>();
        Set<String> usedMeta = new TreeSet<>();
        Set<String> usedCountries = new TreeSet<>();
        for (Map.Entry<String, String[]> z : zoneTab.entrySet()) {
            String id = z.getKey();
            String key = groupOf.getOrDefault(id, List.of(id)).get(0);
            JsonNode names = at(en.path("zone"), key);
            String city = names.path("exemplarCity").asText(id.equals(UTC) ? "UTC"
                : id.substring(id.lastIndexOf('/') + 1).replace('_', ' '));
            String meta = currentMetazone(at(metaZones.path("metazoneInfo").path("timezone"), key));
            Set<String> own = new LinkedHashSet<>();
            names.path("long").forEach(n -> own.add(n.asText()));
            own.addAll(shortNames.getOrDefault(key, Set.of()));
            if (id.equals(UTC)) {
                own.add("Coordinated Universal Time");
            }
            Set<String> oldNames = new LinkedHashSet<>();
            aliases.forEach((alias, zone) -> {
                String region = alias.contains("/") ? alias.substring(0, alias.indexOf('/')) : "";
                String place = alias.substring(alias.lastIndexOf('/') + 1).replace('_', ' ');
                if (zone.equals(id) && PLACE_REGIONS.contains(region) && !place.equalsIgnoreCase(city)) {
                    oldNames.add(place);
                }
            });
            if (meta != null) {
                usedMeta.add(meta);
            }
            if (!z.getValue()[0].isEmpty()) {
                usedCountries.add(z.getValue()[0]);
            }
            zoneRows.add(String.join("\t", id, z.getValue()[0], city, meta == null ? "" : meta,
                String.join("|", own), String.join("|", oldNames), z.getValue()[1]));
        }

        Map<String, String> golden = new TreeMap<>();
        for (JsonNode m : metaZones.path("metazones")) {
            JsonNode map = m.path("mapZone");
            if (map.path("_territory").asText().equals("001")) {
                String zone = map.path("_type").asText();
                golden.put(map.path("_other").asText(), zoneTab.containsKey(zone) ? zone
                    : aliases.getOrDefault(zone, zone));
            }
        }
        List<String> metaRows = new ArrayList<>();
        for (String meta : usedMeta) {
            Set<String> longNames = new LinkedHashSet<>();
            JsonNode n = en.path("metazone").path(meta).path("long");
            for (String kind : List.of("generic", "standard", "daylight")) {
                if (n.has(kind)) {
                    longNames.add(n.get(kind).asText());
                }
            }
            metaRows.add(String.join("\t", meta, String.join("|", longNames),
                String.join("|", shortNames.getOrDefault(meta, Set.of())), golden.getOrDefault(meta, "")));
        }

        JsonNode territories = read(cldr.resolve("cldr-localenames-full/main/en/territories.json")).path("main")
            .path("en").path("localeDisplayNames").path("territories");
        List<String> countryRows = new ArrayList<>();
        for (String code : usedCountries) {
            Set<String> other = new LinkedHashSet<>();
            for (String alt : List.of("-alt-short", "-alt-variant")) {
                if (territories.has(code + alt)) {
                    other.add(territories.get(code + alt).asText());
                }
            }
            countryRows.add(String.join("\t", code, territories.path(code).asText(code), String.join("|", other)));
        }
        List<String> aliasRows = new ArrayList<>();
        aliases.forEach((alias, zone) -> aliasRows.add(alias + "\t" + zone));

        write("zones.tsv", "id\tcountry\tcity\tmetazone\tnames\told names\tnote (zone.tab)", zoneRows);
        write("metazones.tsv", "metazone\tnames\tabbreviations\tmain zone", metaRows);
        write("countries.tsv", "code\tname\tother names", countryRows);
        write("aliases.tsv", "alias\tzone", aliasRows);
    }

    /** Abbreviations English-speaking places use, by metazone or zone key: "CET" from en-150, "IST" from en-IN. */
    private Map<String, Set<String>> englishAbbreviations(Path main) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<Path> locales;
        try (var list = Files.list(main)) {
            locales = list.filter(p -> p.getFileName().toString().equals("en")
                || p.getFileName().toString().startsWith("en-")).sorted().toList();
        }
        for (Path locale : locales) {
            Path file = locale.resolve("timeZoneNames.json");
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode names = read(file).path("main").path(locale.getFileName().toString()).path("dates")
                .path("timeZoneNames");
            names.path("metazone").fields().forEachRemaining(e -> e.getValue().path("short").forEach(a ->
                out.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(a.asText())));
            collectZoneShorts(names.path("zone"), "", out);
        }
        return out;
    }

    private static void collectZoneShorts(JsonNode node, String path, Map<String, Set<String>> out) {
        node.fields().forEachRemaining(e -> {
            String id = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
            if (e.getValue().has("_type")) {
                e.getValue().path("short").forEach(a -> out.computeIfAbsent(id, k -> new LinkedHashSet<>())
                    .add(a.asText()));
            } else if (e.getValue().isObject()) {
                collectZoneShorts(e.getValue(), id, out);
            }
        });
    }

    private static String currentMetazone(JsonNode uses) {
        String current = null;
        for (JsonNode u : uses) {
            JsonNode m = u.path("usesMetazone");
            if (!m.has("_to")) {
                current = m.path("_mzone").asText();
            }
        }
        return current;
    }

    private static JsonNode at(JsonNode tree, String id) {
        JsonNode n = tree;
        for (String part : id.split("/")) {
            n = n.path(part);
        }
        return n;
    }

    private JsonNode read(Path file) throws IOException {
        return json.readTree(file.toFile());
    }

    private static void write(String name, String columns, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by ZoneTablesRefreshTest from the tz database and CLDR; see SOURCES.md. Do not edit.");
        lines.add("# " + columns);
        lines.addAll(rows);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), lines, StandardCharsets.UTF_8);
    }
}
