// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The metadata at the top of a template file, written as Velocity comments so the file stays one plain template
 * that renders as it is, and keeps its metadata when it is exported, shared and imported again:
 *
 * <pre>
 * ## kind: thank-you
 * ## medium: email
 * ## tone: warm
 * ## title: Warm thank-you e-mail
 * ## description: A friendly note that recalls what you talked about with each person.
 * ## requires: interview.ideas
 * </pre>
 *
 * @param kind        the kind of note, or null when the file does not say
 * @param medium      the medium, or null when the file does not say
 * @param tone        the tone, or null when the file does not say
 * @param title       the title, or null
 * @param description the one-line description, or null
 * @param requires    fields that must have a value ("interview.ideas")
 * @param fields      the fields the author listed as used (the catalog computes its own)
 * @param problems    lines of the header that could not be understood, in plain words
 */
public record TemplateHeader(NoteKind kind, Medium medium, Tone tone, String title, String description,
                             List<String> requires, List<String> fields, List<String> problems) {

    /** The longest title kept. */
    public static final int MAX_TITLE = 80;
    /** The longest description kept. */
    public static final int MAX_DESCRIPTION = 200;

    private static final Pattern LINE = Pattern.compile("^##\\s*([A-Za-z][A-Za-z-]*)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern FIELD = Pattern.compile("(interviewer|candidate|interview|note)\\.[A-Za-z]+");

    /** Copies the lists and cleans the text parts. */
    public TemplateHeader {
        title = clean(title, MAX_TITLE);
        description = clean(description, MAX_DESCRIPTION);
        requires = List.copyOf(requires == null ? List.of() : requires);
        fields = List.copyOf(fields == null ? List.of() : fields);
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    /** Reads the header lines at the top of {@code text}; the text itself is not changed. */
    public static TemplateHeader parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() && values.isEmpty() && n == 1) {
                continue;
            }
            if (!line.startsWith("##")) {
                break;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                values.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
        }
        NoteKind kind = parseEnum(values.get("kind"), "kind", NoteKind::parse, NoteKind.values(), problems);
        Medium medium = parseEnum(values.get("medium"), "medium", Medium::parse, Medium.values(), problems);
        Tone tone = parseEnum(values.get("tone"), "tone", Tone::parse, Tone.values(), problems);
        List<String> requires = paths(values.get("requires"), "requires", problems);
        List<String> fields = paths(values.get("fields"), "fields", problems);
        return new TemplateHeader(kind, medium, tone, values.get("title"), values.get("description"), requires,
            fields, problems);
    }

    /** The template text without its header lines (and the blank lines right after them). */
    public static String body(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && LINE.matcher(lines[i].strip()).matches()) {
            i++;
        }
        if (i == 0) {
            return text;
        }
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return String.join("\n", Arrays.asList(lines).subList(i, lines.length));
    }

    /** The header lines for this metadata, ending with a newline, in the documented order. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (kind != null) {
            sb.append("## kind: ").append(kind.id()).append('\n');
        }
        if (medium != null) {
            sb.append("## medium: ").append(medium.id()).append('\n');
        }
        if (tone != null) {
            sb.append("## tone: ").append(tone.id()).append('\n');
        }
        if (title != null) {
            sb.append("## title: ").append(title).append('\n');
        }
        if (description != null) {
            sb.append("## description: ").append(description).append('\n');
        }
        if (!requires.isEmpty()) {
            sb.append("## requires: ").append(String.join(", ", requires)).append('\n');
        }
        if (!fields.isEmpty()) {
            sb.append("## fields: ").append(String.join(", ", fields)).append('\n');
        }
        return sb.toString();
    }

    /** This header with the given fields listed. */
    public TemplateHeader withFields(List<String> newFields) {
        return new TemplateHeader(kind, medium, tone, title, description, requires, newFields, problems);
    }

    private static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String s = value.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    private static <E extends Enum<E>> E parseEnum(String value, String key,
                                                   java.util.function.Function<String, java.util.Optional<E>> parse,
                                                   E[] all, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseGet(() -> {
            problems.add("`## " + key + ": " + value + "` is not one of " + Arrays.stream(all)
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))
                + ".");
            return null;
        });
    }

    private static List<String> paths(String value, String key, List<String> problems) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (FIELD.matcher(part).matches()) {
                out.add(part);
            } else {
                problems.add("`## " + key + "`: `" + part + "` is not a field such as `interview.ideas`.");
            }
        }
        return out;
    }
}
