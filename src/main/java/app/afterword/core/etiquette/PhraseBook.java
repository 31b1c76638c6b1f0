// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Problem;
import app.afterword.core.store.Json;
import app.afterword.core.store.JsonFileException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrase rules, kept as data in an editable English file ({@value #BUNDLED}) rather than in code: a person who
 * knows hiring can add a needy line or a new chat acronym without touching Java, and every entry carries its own
 * examples so a broken pattern fails the build. Besides the rules, the file holds named word lists the coded checks
 * use (salutations, closings, superlatives...), so no English wording lives in the checks themselves.
 *
 * <p>Patterns are Java regular expressions matched without regard to case, with two conveniences: a space matches
 * any run of whitespace (so a line break inside a phrase still matches) and a straight apostrophe also matches the
 * typographic one. Every pattern must start and end on a word boundary. Don't put spaces or apostrophes inside
 * {@code [...]}.
 */
public final class PhraseBook {

    /** The bundled English phrase file on the class path. */
    public static final String BUNDLED = "/app/afterword/etiquette/phrases-en.json";

    /** The word lists the coded checks need; a file without one of them is rejected. */
    public static final Set<String> REQUIRED_LISTS = Set.of("salutations", "closings", "gratitude", "genericThanks",
        "specificThanks", "gush", "afterthought", "valueSignals", "statusQuestion", "timingQuestion", "offerHelp",
        "roleQualifiers", "jobWords", "timingStatement", "specificDetail", "acceptDecision", "declineDecision",
        "withdrawDecision");

    private static final int SUPPORTED_VERSION = 1;

    /** Which text of the note an entry searches. */
    public enum Scope {
        /** The whole body. */
        TEXT,
        /** Only the greeting line. */
        GREETING,
        /** Anywhere in the subject line. */
        SUBJECT,
        /** The subject as a whole (trailing punctuation ignored): for subjects that say nothing. */
        SUBJECT_WHOLE;

        /** The spelling used in the file ("subject-whole"). */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Scope parse(String s) {
            for (Scope v : values()) {
                if (v.id().equalsIgnoreCase(s.strip())) {
                    return v;
                }
            }
            return null;
        }
    }

    /**
     * One phrase rule.
     *
     * @param id              stable id of the entry, e.g. "N3.need-this-job"
     * @param rule            the etiquette rule it belongs to
     * @param kinds           note kinds it applies to; empty means all
     * @param exceptKinds     note kinds it never applies to, where the phrase is fine ("when can I start?" in an
     *                        acceptance)
     * @param media           media it applies to; empty means all
     * @param sources         the patterns as written in the file
     * @param patterns        the compiled patterns
     * @param rewrite         what to write instead; may use {first}, {name}, {surname}, {role}, {company}, {topic}
     * @param examples        texts the entry must flag
     * @param counterExamples close texts it must leave alone
     */
    public record Entry(String id, Rule rule, Severity severity, Scope scope, Set<NoteKind> kinds,
                        Set<NoteKind> exceptKinds, Set<Medium> media, List<String> sources, List<Pattern> patterns,
                        String message, String why, String rewrite, List<String> examples,
                        List<String> counterExamples) {

        /** Copies the collections; the patterns are joined into one, so a note is scanned once per entry. */
        public Entry {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
            exceptKinds = exceptKinds.isEmpty() ? Set.of() : Set.copyOf(exceptKinds);
            media = media.isEmpty() ? Set.of() : Set.copyOf(media);
            sources = List.copyOf(sources);
            patterns = List.of(any(sources));
            examples = List.copyOf(examples);
            counterExamples = List.copyOf(counterExamples);
        }

        /** True when the entry is meant for notes of this kind and medium. */
        public boolean appliesTo(NoteKind kind, Medium medium) {
            return (kinds.isEmpty() || kinds.contains(kind)) && !exceptKinds.contains(kind)
                && (media.isEmpty() || media.contains(medium));
        }

        /** Every stretch of {@code text} between {@code from} and {@code to} that one of the patterns matches. */
        List<Range> find(String text, int from, int to) {
            return PhraseBook.find(patterns.get(0), text, from, to);
        }

        /** True when the whole of {@code text} (trailing punctuation ignored) is one of the patterns. */
        boolean matchesWhole(String text) {
            String t = wholeForm(text);
            return patterns.stream().anyMatch(p -> p.matcher(t).matches());
        }

        /** True when the entry flags this example text, searched the way its scope searches a note. */
        public boolean flags(String example) {
            return scope == Scope.SUBJECT_WHOLE ? matchesWhole(example) : !find(example, 0, example.length()).isEmpty();
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<Pattern>> lists;
    private final Map<String, List<String>> sources;
    private final Map<String, Pattern> joined;
    private final Map<String, List<String>> abbreviations;

    private PhraseBook(List<Entry> entries, Map<String, List<Pattern>> lists, Map<String, List<String>> sources,
                       Map<String, List<String>> abbreviations) {
        this.entries = List.copyOf(entries);
        this.lists = Map.copyOf(lists);
        this.sources = Map.copyOf(sources);
        Map<String, Pattern> j = new LinkedHashMap<>();
        sources.forEach((k, v) -> j.put(k, any(v)));
        this.joined = Map.copyOf(j);
        this.abbreviations = Map.copyOf(abbreviations);
    }

    /**
     * One pattern matching wherever any of the given sources matches, with the word-boundary checks done once per
     * position rather than once per source (the difference is most of the checking time).
     */
    static Pattern any(List<String> sources) {
        StringBuilder sb = new StringBuilder();
        for (String s : sources) {
            sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(body(s)).append(')');
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + sb + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<Range> find(Pattern p, String text, int from, int to) {
        List<Range> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Range(m.start(), m.end()));
            }
        }
        return out;
    }

    /** The phrase rules, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** A named word list; throws if the file had no such list. */
    public List<Pattern> list(String name) {
        List<Pattern> l = lists.get(name);
        if (l == null) {
            throw new IllegalArgumentException("the phrase file has no list named " + name);
        }
        return l;
    }

    /** A named word list as written in the file, for lists of plain words. */
    List<String> words(String name) {
        list(name);
        return sources.get(name);
    }

    /**
     * Abbreviations written in capitals and what each stands for ("PM" → product manager, project manager), so a
     * note that says "the PM role" names the role. Empty when the file has none.
     */
    public Map<String, List<String>> abbreviations() {
        return abbreviations;
    }

    /** The names of the word lists. */
    public Set<String> listNames() {
        return lists.keySet();
    }

    /** True when any pattern of the list occurs in {@code text}. */
    boolean anyIn(String list, String text) {
        list(list);
        return joined.get(list).matcher(text).find();
    }

    /** Every occurrence of the list's patterns in {@code text} from {@code from} to {@code to}. */
    List<Range> findAll(String list, String text, int from, int to) {
        list(list);
        return find(joined.get(list), text, from, to);
    }

    /** The bundled English phrase book. A broken bundled file is a bug in the build, so it fails loudly. */
    public static PhraseBook bundled(Json json) {
        try (InputStream in = PhraseBook.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the class path");
            }
            return read(json.parse(in.readAllBytes()));
        } catch (IOException | JsonFileException e) {
            throw new IllegalStateException(BUNDLED + " can't be read: " + e.getMessage(), e);
        } catch (InvalidPhraseBookException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Reads a phrase file, collecting every problem with its path before giving up. */
    public static PhraseBook read(JsonNode root) throws InvalidPhraseBookException {
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidPhraseBookException(List.of(new Problem("", "the phrase file must be one JSON object")));
        }
        int version = root.path("schemaVersion").asInt(0);
        if (version < 1 || version > SUPPORTED_VERSION) {
            problems.add(new Problem("schemaVersion", "schemaVersion must be " + SUPPORTED_VERSION + ", not "
                + root.path("schemaVersion")));
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            problems.add(new Problem("rules", "rules must be a non-empty list of phrase rules"));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                Entry e = entry(rules.get(i), "rules[" + i + "]", problems);
                if (e != null && !ids.add(e.id())) {
                    problems.add(new Problem("rules[" + i + "].id", "rules[" + i + "].id: '" + e.id()
                        + "' is used twice; ids must be unique"));
                } else if (e != null) {
                    entries.add(e);
                }
            }
        }
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Map<String, List<Pattern>> lists = lists(root.get("lists"), problems, sources);
        Map<String, List<String>> abbreviations = abbreviations(root.get("abbreviations"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidPhraseBookException(problems);
        }
        return new PhraseBook(entries, lists, sources, abbreviations);
    }

    private static Map<String, List<String>> abbreviations(JsonNode n, List<Problem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            problems.add(new Problem("abbreviations", "abbreviations must be an object such as "
                + "{\"PM\": [\"product manager\"]}"));
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "abbreviations." + e.getKey();
            boolean capitals = e.getKey().length() >= 2 && e.getKey().codePoints()
                .allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '/');
            List<String> meanings = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> {
                    if (v.isTextual() && !v.asText().isBlank()) {
                        meanings.add(v.asText().strip());
                    }
                });
            }
            if (!capitals || meanings.isEmpty() || meanings.size() != e.getValue().size()) {
                problems.add(new Problem(path, path + " must be written in capitals and list what it stands for"));
            } else {
                out.put(e.getKey(), List.copyOf(meanings));
            }
        }
        return out;
    }

    private static Entry entry(JsonNode n, String path, List<Problem> problems) {
        if (n == null || !n.isObject()) {
            problems.add(new Problem(path, path + " must be an object"));
            return null;
        }
        int before = problems.size();
        String id = text(n, "id", path, problems);
        Rule rule = parse(n, "rule", path, problems, Rule::parse, "a rule id of the etiquette guide such as N3");
        Severity severity = parse(n, "severity", path, problems, s -> Severity.parse(s).orElse(null),
            "error, warning or tip");
        Scope scope = n.has("scope") ? parse(n, "scope", path, problems, Scope::parse,
            "text, greeting, subject or subject-whole") : Scope.TEXT;
        Set<NoteKind> kinds = kinds(n, "kinds", path, problems);
        Set<NoteKind> exceptKinds = kinds(n, "exceptKinds", path, problems);
        if (!kinds.isEmpty() && !exceptKinds.isEmpty()) {
            problems.add(new Problem(path + ".exceptKinds", path + ": give kinds or exceptKinds, not both"));
        }
        Set<Medium> media = EnumSet.noneOf(Medium.class);
        for (String m : strings(n, "media", path, problems, false)) {
            Medium.parse(m).ifPresentOrElse(media::add, () -> problems.add(new Problem(path + ".media",
                path + ".media: '" + m + "' is not a medium")));
        }
        List<String> sources = strings(n, "patterns", path, problems, true);
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            try {
                patterns.add(compile(sources.get(i)));
            } catch (PatternSyntaxException e) {
                problems.add(new Problem(path + ".patterns[" + i + "]", path + ".patterns[" + i + "]: not a valid "
                    + "pattern (" + e.getDescription() + ")"));
            }
        }
        String message = text(n, "message", path, problems);
        String why = text(n, "why", path, problems);
        String rewrite = text(n, "rewrite", path, problems);
        List<String> examples = strings(n, "examples", path, problems, true);
        List<String> counter = strings(n, "counterExamples", path, problems, true);
        if (problems.size() > before) {
            return null;
        }
        return new Entry(id, rule, severity, scope, kinds, exceptKinds, media, sources, patterns, message, why,
            rewrite, examples, counter);
    }

    private static Set<NoteKind> kinds(JsonNode n, String field, String path, List<Problem> problems) {
        Set<NoteKind> kinds = EnumSet.noneOf(NoteKind.class);
        for (String k : strings(n, field, path, problems, false)) {
            NoteKind.parse(k).ifPresentOrElse(kinds::add, () -> problems.add(new Problem(path + "." + field,
                path + "." + field + ": '" + k + "' is not a note kind")));
        }
        return kinds;
    }

    private static Map<String, List<Pattern>> lists(JsonNode n, List<Problem> problems,
                                                   Map<String, List<String>> sources) {
        Map<String, List<Pattern>> out = new LinkedHashMap<>();
        if (n == null || !n.isObject()) {
            problems.add(new Problem("lists", "lists must be an object of named word lists"));
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "lists." + e.getKey();
            List<Pattern> patterns = new ArrayList<>();
            List<String> raw = new ArrayList<>();
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                problems.add(new Problem(path, path + " must be a non-empty list of patterns"));
                continue;
            }
            for (int i = 0; i < e.getValue().size(); i++) {
                JsonNode item = e.getValue().get(i);
                try {
                    if (!item.isTextual() || item.asText().isBlank()) {
                        throw new PatternSyntaxException("empty", String.valueOf(item), -1);
                    }
                    patterns.add(compile(item.asText()));
                    raw.add(item.asText());
                } catch (PatternSyntaxException ex) {
                    problems.add(new Problem(path + "[" + i + "]", path + "[" + i + "]: not a valid pattern"));
                }
            }
            out.put(e.getKey(), patterns);
            sources.put(e.getKey(), raw);
        }
        for (String required : REQUIRED_LISTS) {
            if (!out.containsKey(required) && problems.stream().noneMatch(p -> p.path().equals("lists." + required))) {
                problems.add(new Problem("lists." + required, "lists." + required + " is missing; the checks need it"));
            }
        }
        return out;
    }

    /**
     * Compiles a pattern as the file defines them: case-insensitive, a space matches any whitespace, a straight
     * apostrophe matches the typographic one too, and the match may not start or end inside a word.
     */
    public static Pattern compile(String source) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body(source) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String body(String source) {
        return source.replace("'", "['’]").replace(" ", "\\s+");
    }

    /** A subject as compared by {@link Scope#SUBJECT_WHOLE}: trimmed, without trailing punctuation. */
    static String wholeForm(String subject) {
        return subject.strip().replaceAll("[\\s.!?…:;,\\-–—]+$", "");
    }

    private static String text(JsonNode n, String field, String path, List<Problem> problems) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(new Problem(path + "." + field, path + "." + field + " is missing: every phrase rule needs "
                + "an id, rule, severity, patterns, message, why, rewrite, examples and counterExamples"));
            return null;
        }
        return v.asText().strip();
    }

    private static <T> T parse(JsonNode n, String field, String path, List<Problem> problems,
                               Function<String, ?> parser, String expected) {
        String s = text(n, field, path, problems);
        if (s == null) {
            return null;
        }
        Object v = parser.apply(s);
        if (v instanceof java.util.Optional<?> o) {
            v = o.orElse(null);
        }
        if (v == null) {
            problems.add(new Problem(path + "." + field, path + "." + field + ": '" + s + "' is not " + expected));
            return null;
        }
        @SuppressWarnings("unchecked")
        T t = (T) v;
        return t;
    }

    private static List<String> strings(JsonNode n, String field, String path, List<Problem> problems,
                                        boolean required) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(path + "." + field, path + "." + field + " is missing"));
            }
            return out;
        }
        if (!v.isArray() || required && v.isEmpty()) {
            problems.add(new Problem(path + "." + field, path + "." + field + " must be a non-empty list of text"));
            return out;
        }
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add(new Problem(path + "." + field, path + "." + field + " must hold only text"));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    /** A phrase file with problems; the message lists each with its path. */
    public static final class InvalidPhraseBookException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        /** Creates the exception from the problems found. */
        public InvalidPhraseBookException(List<Problem> problems) {
            super("The phrase file has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + String.join("\n  ", problems.stream().map(Problem::message).toList()));
            this.problems = List.copyOf(problems);
        }

        /** The problems, each with its path. */
        public List<Problem> problems() {
            return problems;
        }
    }
}
