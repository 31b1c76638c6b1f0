// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zones a person can choose from, found the way people name them: by city ("Berlin"), country
 * ("Germany"), the name of the time ("Pacific", "Central European Time") or its abbreviation ("CET", "IST"), and by
 * tz id, old ids included ("Africa/Asmera", "US/Pacific" lead to the zone people choose today).
 *
 * <p>The list holds canonical zones only, one or more per country as the tz database's {@code zone.tab} lists them,
 * plus UTC; the JDK's {@code ZoneId.getAvailableZoneIds()} would add some two hundred aliases and legacy ids. The
 * tables come from the tz database and CLDR (see {@code zones/SOURCES.md}); a zone this JDK does not know is left out.
 */
public final class ZoneDirectory {

    private static final String TABLES = "/app/afterword/zones/";
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern OFFSET = Pattern.compile(
        "(?i)(?:utc|gmt)?\\s*([+-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_/,.·()\\-]+");

    /** How well a zone matches what was typed; an entry's score is its best. */
    private static final int CITY = 90;
    private static final int OLD_NAME = 88;
    private static final int NAME = 85;
    private static final int SHORT_NAME = 80;
    private static final int SURE = 80;
    private static final int CITY_START = 60;
    private static final int NAME_START = 60;
    private static final int COUNTRY_START = 55;
    private static final int OLD_NAME_START = 50;
    private static final int ID_START = 40;
    private static final int NOTE_START = 20;
    private static final int LEADING = 3;

    private final List<ZoneEntry> entries;
    private final Map<String, ZoneEntry> byId = new HashMap<>();
    private final Map<String, ZoneEntry> aliases = new HashMap<>();
    private final Map<ZoneEntry, List<Field>> fields = new LinkedHashMap<>();

    private record Field(String text, int exact, int start) {
    }

    /**
     * What a typed zone comes to.
     *
     * @param kind    whether it names one zone, several, none, or nothing was typed
     * @param zone    the zone for {@link Kind#ONE}; a fixed offset when one was typed ("UTC+2")
     * @param entry   the directory's entry for {@link Kind#ONE}, or null for a fixed offset
     * @param choices the zones to choose from for {@link Kind#SEVERAL}, best first
     */
    public record Resolution(Kind kind, ZoneId zone, ZoneEntry entry, List<ZoneEntry> choices) {

        /** Whether anything matched. */
        public enum Kind { BLANK, ONE, SEVERAL, NONE }

        /** Copies the list. */
        public Resolution {
            choices = List.copyOf(choices);
        }

        /** The zone when exactly one was named. */
        public Optional<ZoneId> one() {
            return kind == Kind.ONE ? Optional.of(zone) : Optional.empty();
        }

        /** The text to put in the field for a zone named one way or another: its id ("Europe/Berlin"). */
        public String text() {
            return zone == null ? "" : entry != null ? entry.id() : zone.getId();
        }
    }

    private ZoneDirectory(List<ZoneEntry> entries, Map<String, String> aliasIds) {
        this.entries = List.copyOf(entries);
        for (ZoneEntry e : entries) {
            byId.put(key(e.id()), e);
        }
        aliasIds.forEach((alias, target) -> {
            ZoneEntry e = byId.get(key(target));
            if (e != null) {
                aliases.put(key(alias), e);
            }
        });
        for (ZoneEntry e : entries) {
            List<Field> f = new ArrayList<>();
            f.add(new Field(e.city(), CITY, CITY_START));
            f.add(new Field(e.city() + " " + e.country(), CITY, CITY_START));
            if (!e.country().isEmpty()) {
                f.add(new Field(e.country(), NAME, COUNTRY_START));
            }
            e.countryAlso().forEach(n -> f.add(new Field(n, NAME, COUNTRY_START)));
            e.oldNames().forEach(n -> f.add(new Field(n, OLD_NAME, OLD_NAME_START)));
            e.names().forEach(n -> f.add(new Field(n, NAME, NAME_START)));
            e.shortNames().forEach(n -> f.add(new Field(n, SHORT_NAME, 0)));
            f.add(new Field(e.id(), 0, ID_START));
            if (!e.note().isEmpty()) {
                f.add(new Field(e.note(), 0, NOTE_START));
            }
            fields.put(e, f.stream().map(x -> new Field(normal(x.text()), x.exact(), x.start())).toList());
        }
    }

    /** The bundled tables. */
    public static ZoneDirectory bundled() {
        Map<String, String[]> countries = new HashMap<>();
        for (String[] row : table("countries.tsv")) {
            countries.put(row[0], row);
        }
        Map<String, String[]> metazones = new HashMap<>();
        for (String[] row : table("metazones.tsv")) {
            metazones.put(row[0], row);
        }
        Set<String> known = ZoneId.getAvailableZoneIds();
        List<ZoneEntry> entries = new ArrayList<>();
        for (String[] z : table("zones.tsv")) {
            if (!known.contains(z[0])) {
                continue;
            }
            String[] country = countries.getOrDefault(z[1], new String[] {z[1], "", ""});
            String[] meta = metazones.getOrDefault(z[3], new String[] {"", "", "", ""});
            List<String> names = new ArrayList<>();
            List<String> shortNames = new ArrayList<>();
            for (String n : concat(list(z[4]), list(meta[1]), list(meta[2]))) {
                List<String> into = ABBREVIATION.matcher(n).matches() ? shortNames : names;
                if (!into.contains(n)) {
                    into.add(n);
                }
            }
            entries.add(new ZoneEntry(ZoneId.of(z[0]), z[1], country[1], list(country[2]), z[2], names, shortNames,
                list(z[5]), z[6], z[0].equals(meta[3]), entries.size()));
        }
        Map<String, String> aliases = new HashMap<>();
        for (String[] row : table("aliases.tsv")) {
            aliases.put(row[0], row[1]);
        }
        return new ZoneDirectory(entries, aliases);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }

    private static List<String[]> table(String name) {
        InputStream in = ZoneDirectory.class.getResourceAsStream(TABLES + name);
        if (in == null) {
            throw new IllegalStateException("The time zone table " + name + " is missing from the app");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    String[] padded = new String[Math.max(cells.length, 7)];
                    for (int i = 0; i < padded.length; i++) {
                        padded[i] = i < cells.length ? cells[i] : "";
                    }
                    rows.add(padded);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every zone, in the published order (by country). */
    public List<ZoneEntry> all() {
        return entries;
    }

    /** The entry for a zone, or for the zone an old id stands for ("Asia/Calcutta": Kolkata). */
    public Optional<ZoneEntry> entry(ZoneId zone) {
        if (zone == null) {
            return Optional.empty();
        }
        String k = key(zone.getId());
        return Optional.ofNullable(byId.getOrDefault(k, aliases.get(k)));
    }

    /**
     * What {@code typed} names: a zone id or an old one, a fixed offset ("UTC+2", "+05:30"), or whatever the search
     * finds. It is one zone when only one matches, or when one matches a name exactly and no other does as well
     * ("Berlin", "India", "Calcutta"); otherwise the choices, best first ("Germany", "Pacific", "IST").
     */
    public Resolution resolve(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return new Resolution(Resolution.Kind.BLANK, null, null, List.of());
        }
        ZoneEntry exact = byId.get(key(s));
        if (exact != null) {
            return one(exact);
        }
        ZoneEntry alias = s.equalsIgnoreCase("Z") ? byId.get("etc/utc") : aliases.get(key(s));
        List<Scored> found = scored(s);
        if (alias != null && !(ABBREVIATION.matcher(s).matches() && !found.isEmpty())) {
            return one(alias);
        }
        Optional<ZoneOffset> offset = offset(s);
        if (offset.isPresent()) {
            return new Resolution(Resolution.Kind.ONE, offset.get(), null, List.of());
        }
        if (alias != null && found.stream().noneMatch(x -> x.entry().equals(alias))) {
            found.add(new Scored(alias, found.get(0).score()));
            found.sort(RANK);
        }
        if (found.isEmpty()) {
            return new Resolution(Resolution.Kind.NONE, null, null, List.of());
        }
        int best = found.get(0).score();
        boolean alone = found.size() == 1 || best >= SURE && found.get(1).score() < best;
        if (alone) {
            return one(found.get(0).entry());
        }
        return new Resolution(Resolution.Kind.SEVERAL, null, null, found.stream().map(Scored::entry).toList());
    }

    private static Resolution one(ZoneEntry e) {
        return new Resolution(Resolution.Kind.ONE, e.zone(), e, List.of());
    }

    /**
     * The zones that match {@code typed}, best first, at most {@code limit}; every zone by id when nothing is
     * typed. A typed id or old id puts its zone first.
     */
    public List<ZoneEntry> search(String typed, int limit) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return entries.stream().sorted(Comparator.comparing(ZoneEntry::id)).limit(limit).toList();
        }
        List<ZoneEntry> out = new ArrayList<>();
        ZoneEntry named = byId.getOrDefault(key(s), aliases.get(key(s)));
        if (named != null) {
            out.add(named);
        }
        for (Scored x : scored(s)) {
            if (!out.contains(x.entry())) {
                out.add(x.entry());
            }
        }
        return out.stream().limit(limit).toList();
    }

    private record Scored(ZoneEntry entry, int score) {
    }

    private static final Comparator<Scored> RANK = Comparator.comparingInt(Scored::score).reversed()
        .thenComparing(x -> !x.entry().mainZone())
        .thenComparingInt(x -> x.entry().order());

    private List<Scored> scored(String typed) {
        String q = normal(typed);
        if (q.isEmpty()) {
            return new ArrayList<>();
        }
        String[] words = q.split(" ");
        List<Scored> out = new ArrayList<>();
        fields.forEach((entry, list) -> {
            int best = 0;
            for (Field f : list) {
                if (f.exact() > 0 && f.text().equals(q)) {
                    best = Math.max(best, f.exact());
                } else if (f.start() > 0 && startsWords(f.text(), words)) {
                    // "Pacific Time" before "Mexican Pacific Time"
                    best = Math.max(best, f.start() + (f.text().startsWith(q) ? LEADING : 0));
                }
            }
            if (best > 0) {
                out.add(new Scored(entry, best));
            }
        });
        out.sort(RANK);
        return out;
    }

    /** True when every typed word begins a word of {@code text}. */
    private static boolean startsWords(String text, String[] words) {
        String[] have = text.split(" ");
        for (String w : words) {
            boolean found = false;
            for (String h : have) {
                if (h.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ZoneOffset> offset(String s) {
        var m = OFFSET.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("+") ? 1 : -1;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** Lower case, without accents, words split at spaces and punctuation: "São_Paulo" is "sao paulo". */
    static String normal(String text) {
        String plain = COMBINING.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
