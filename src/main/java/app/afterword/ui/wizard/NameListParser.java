// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people in pasted text: a calendar invite's attendee line ("Ana Souza &lt;ana@x.com&gt;; Ben Li
 * &lt;ben@x.com&gt;"), a list of names one per line (with a title after a comma, dash or in brackets), or one line
 * of names ("Ana, Ben and Chloe"). A bare email address gives a name from its first part.
 */
public final class NameListParser {

    /** One person found in the text. Title and email are empty when not given. */
    public record Parsed(String name, String title, String email) {
    }

    private static final int MAX_PEOPLE = 200;
    private static final Pattern ANGLE_EMAIL = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");
    private static final Pattern BARE_EMAIL = Pattern.compile("([^\\s<>(),;\"']+@[^\\s<>(),;\"']+\\.[A-Za-z]{2,})");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022\u2013\u2014]+|\\d+[.)])\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|]\\s+|\\s*,\\s*");
    private static final Pattern LAST_FIRST = Pattern.compile("[\"\u201c]([^,\"]+),([^,\"]+)[\"\u201d]");
    private static final Pattern BRACKETED_TITLE = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

    private NameListParser() {
    }

    /** Everyone in the text, in order, each name once. */
    public static List<Parsed> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, Parsed> people = new LinkedHashMap<>();
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = normalised.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean oneLine = lines.size() == 1;
        for (String line : lines) {
            for (String entry : entries(line, oneLine)) {
                Parsed p = person(entry, !oneLine);
                if (p != null && people.size() < MAX_PEOPLE) {
                    people.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
                }
            }
        }
        return List.copyOf(people.values());
    }

    private static List<String> entries(String line, boolean oneLine) {
        List<String> out = new ArrayList<>();
        List<String> bySemicolon = split(line, ';');
        boolean listOfNames = oneLine || bySemicolon.size() > 1 || split(line, ',').stream()
            .filter(part -> ANGLE_EMAIL.matcher(part).find()).count() > 1;
        for (String part : bySemicolon) {
            if (listOfNames) {
                for (String piece : split(part, ',')) {
                    if (piece.strip().startsWith("\"")) {
                        out.add(piece);
                        continue;
                    }
                    for (String name : piece.split("\\s+(?:and|&)\\s+")) {
                        out.add(name);
                    }
                }
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** Splits on {@code separator} outside double quotes, so "Ortega, María José" stays one name. */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    private static Parsed person(String raw, boolean titleAllowed) {
        String s = BULLET.matcher(raw).replaceFirst("").strip();
        String email = "";
        Matcher angle = ANGLE_EMAIL.matcher(s);
        if (angle.find()) {
            email = angle.group(1);
            s = (s.substring(0, angle.start()) + " " + s.substring(angle.end())).strip();
        } else {
            Matcher bare = BARE_EMAIL.matcher(s);
            if (bare.find()) {
                email = bare.group(1);
                s = (s.substring(0, bare.start()) + " " + s.substring(bare.end())).strip();
            }
        }
        Matcher lastFirst = LAST_FIRST.matcher(s);
        if (lastFirst.matches()) {
            s = lastFirst.group(2).strip() + " " + lastFirst.group(1).strip();
        }
        s = s.replaceAll("^[\"'\u201c\u201d]+|[\"'\u201c\u201d]+$", "").strip();
        String title = "";
        if (titleAllowed) {
            Matcher bracket = BRACKETED_TITLE.matcher(s);
            if (bracket.matches() && !bracket.group(1).isBlank()) {
                s = bracket.group(1).strip();
                title = bracket.group(2).strip();
            } else {
                String[] parts = TITLE_SEPARATOR.split(s, 2);
                if (parts.length == 2 && !parts[0].isBlank()) {
                    s = parts[0].strip();
                    title = parts[1].strip();
                }
            }
        }
        s = s.replaceAll("\\s+", " ").replaceAll("^[\"']|[\"']$", "").strip();
        if (s.isEmpty() && !email.isEmpty()) {
            s = nameFromEmail(email);
        }
        if (s.isEmpty()) {
            return null;
        }
        return new Parsed(s, title, email);
    }

    private static String nameFromEmail(String email) {
        String local = email.substring(0, email.indexOf('@'));
        StringBuilder sb = new StringBuilder();
        for (String part : local.split("[._-]+")) {
            if (part.isEmpty() || part.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
