// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.interview.Interviewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The coach measured against notes written the way career advisers publish them: model notes in many styles (cards
 * that open "Name, …", three-sentence e-mails, LinkedIn notes without a salutation, British and Indian English
 * openings, roles named loosely) must get no error and at most one tip each on average, and every mistake named beside
 * a flawed note must be reported under the rule a coach would name.
 *
 * <p>Each case is a text file under {@code etiquette-eval/model} or {@code etiquette-eval/flawed}: {@code key: value}
 * lines (kind, medium, role, company, recipient, addressAs, title, candidate, topics and skills separated by ";",
 * interview start, zone, sendAt, decisionBy, followUpsSent, lastSentAt, subject, expect), a line {@code ---}, then
 * the note.
 */
class EtiquetteEvaluationTest {
    private static final String ROOT = "/etiquette-eval";
    private static final String DEFAULT_START = "2026-03-10T10:00";

    record Case(String name, Map<String, String> fields, NoteContext context, List<Rule> expected) {
        boolean model() {
            return name.startsWith("model/");
        }
    }

    record Result(Case c, EtiquetteReport report) {
        List<Finding> of(Severity s) {
            return report.findings().stream().filter(f -> f.severity() == s).toList();
        }

        List<Rule> missed() {
            return c.expected().stream().filter(r -> !report.has(r)).toList();
        }
    }

    static List<Case> cases(String folder) {
        try {
            Path dir = Path.of(EtiquetteEvaluationTest.class.getResource(ROOT + "/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> read(folder + "/" + p.getFileName(), p)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Case read(String name, Path file) {
        String all;
        try {
            all = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int cut = all.indexOf("\n---\n");
        if (cut < 0) {
            throw new IllegalArgumentException(name + ": no --- line between the fields and the note");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : all.substring(0, cut).split("\n")) {
            int colon = line.indexOf(':');
            if (!line.isBlank() && colon > 0) {
                f.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String note = all.substring(cut + 5);
        return new Case(name, f, context(name, f, note), expected(f.getOrDefault("expect", "")));
    }

    private static List<Rule> expected(String ids) {
        return Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .map(s -> Rule.parse(s).orElseThrow(() -> new IllegalArgumentException("no rule " + s))).toList();
    }

    private static List<String> list(Map<String, String> f, String key) {
        String v = f.get(key);
        return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split(";")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
    }

    private static NoteContext context(String name, Map<String, String> f, String note) {
        ZoneId zone = ZoneId.of(f.getOrDefault("zone", "Europe/London"));
        OffsetDateTime start = time(f.getOrDefault("interview", DEFAULT_START), zone);
        String company = required(name, f, "company");
        String recipientName = required(name, f, "recipient");
        String first = recipientName.replaceAll("^(?i)(dr|mr|mrs|ms|prof)\\.? ", "").split(" ")[0];
        String domain = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
        Interviewer recipient = new Interviewer(recipientName, f.get("title"),
            first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@" + domain, null, list(f, "topics"), null,
            f.get("addressAs"), Map.of());
        String candidate = f.getOrDefault("candidate", "Jordan Ellis");
        Interview.Builder interview = new Interview.Builder()
            .candidate(new Candidate(candidate, candidate.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com",
                f.getOrDefault("phone", "+44 7700 900456"), null, null))
            .company(company)
            .role(required(name, f, "role"))
            .start(start)
            .end(start.plusMinutes(Integer.parseInt(f.getOrDefault("minutes", "60"))))
            .timeZone(zone)
            .interviewers(List.of(recipient))
            .skills(list(f, "skills"))
            .ideas(list(f, "ideas"));
        if (f.containsKey("format")) {
            interview.format(InterviewFormat.parse(f.get("format")).orElseThrow());
        }
        if (f.containsKey("decisionBy")) {
            interview.decisionBy(LocalDate.parse(f.get("decisionBy")));
        }
        String sendAt = f.getOrDefault("sendAt", start.plusHours(5).toLocalDateTime().toString());
        NoteContext.Builder b = NoteContext.builder(interview.build(), note)
            .kind(NoteKind.parse(f.getOrDefault("kind", "thank-you")).orElseThrow())
            .medium(Medium.parse(f.getOrDefault("medium", "email")).orElseThrow())
            .subject(f.get("subject"))
            .recipient(recipient)
            .sendAt("none".equals(sendAt) ? null : time(sendAt, zone))
            .followUpsSent(Integer.parseInt(f.getOrDefault("followUpsSent", "0")));
        if (f.containsKey("lastSentAt")) {
            b.lastSentAt(time(f.get("lastSentAt"), zone));
        }
        return b.build();
    }

    private static String required(String name, Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + ": " + key + " is missing");
        }
        return v;
    }

    private static OffsetDateTime time(String text, ZoneId zone) {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
    }

    static List<Result> run(List<Case> cases) {
        return cases.stream().map(c -> new Result(c, Fixtures.CHECKER.check(c.context()))).toList();
    }

    private static String describe(Result r) {
        return r.c().name() + r.report().findings().stream().map(f -> "\n    " + f.ruleId() + " " + f.severity().id()
            + " " + f.message()).collect(Collectors.joining());
    }

    @Test
    void theCorpusHasTheStylesTheAdviceUses() {
        List<Case> models = cases("model");
        List<Case> flawed = cases("flawed");
        assertThat(models).hasSizeGreaterThanOrEqualTo(40);
        assertThat(flawed).hasSizeGreaterThanOrEqualTo(20);
        assertThat(models).allSatisfy(c -> assertThat(c.expected()).as(c.name()).isEmpty());
        assertThat(flawed).allSatisfy(c -> assertThat(c.expected()).as(c.name()).isNotEmpty());
        assertThat(models).extracting(c -> c.context().medium()).contains(Medium.CARD, Medium.EMAIL,
            Medium.LINKEDIN_NOTE);
    }

    @Test
    void modelNotesGetNoErrorsAndFewTipsAndEveryNamedFlawIsCaught() {
        List<Result> models = run(cases("model"));
        List<Result> flawed = run(cases("flawed"));
        long errors = models.stream().mapToLong(r -> r.of(Severity.ERROR).size()).sum();
        long warnings = models.stream().mapToLong(r -> r.of(Severity.WARNING).size()).sum();
        long tips = models.stream().mapToLong(r -> r.of(Severity.TIP).size()).sum();
        double tipsPerNote = (double) tips / models.size();
        long named = flawed.stream().mapToLong(r -> r.c().expected().size()).sum();
        long caught = flawed.stream().mapToLong(r -> r.c().expected().size() - r.missed().size()).sum();
        long cleanFlawed = flawed.stream().filter(r -> r.report().findings().isEmpty()).count();

        System.out.printf(Locale.ROOT, "Etiquette evaluation: %d model notes, %d flawed notes%n", models.size(),
            flawed.size());
        System.out.printf(Locale.ROOT, "  errors on model notes:        %d (%d notes)%n", errors,
            models.stream().filter(r -> r.report().hasErrors()).count());
        System.out.printf(Locale.ROOT, "  warnings on model notes:      %d%n", warnings);
        System.out.printf(Locale.ROOT, "  tips per model note:          %.2f (%d tips)%n", tipsPerNote, tips);
        System.out.printf(Locale.ROOT, "  named flaws caught:           %d of %d%n", caught, named);
        System.out.printf(Locale.ROOT, "  flawed notes with no finding: %d%n", cleanFlawed);
        System.out.println("  findings per rule on model notes: " + findingsPerRule(models));
        models.stream().filter(r -> !r.report().findings().isEmpty())
            .forEach(r -> System.out.println("  model  " + describe(r)));
        flawed.forEach(r -> System.out.println("  " + (r.missed().isEmpty() ? "caught " + r.c().expected()
            : "missed " + r.missed()) + " in " + describe(r)));

        List<String> withErrors = models.stream().filter(r -> r.report().hasErrors()).map(
            EtiquetteEvaluationTest::describe).toList();
        assertThat(withErrors).as("model notes with errors").isEmpty();
        assertThat(tipsPerNote).as("tips per model note").isLessThanOrEqualTo(1.0);
        List<String> missed = flawed.stream().filter(r -> !r.missed().isEmpty())
            .map(r -> r.missed() + " " + describe(r)).toList();
        assertThat(missed).as("named flaws that were not caught").isEmpty();
        assertThat(cleanFlawed).isZero();
    }

    /** The counts per rule on the model notes, for reading the output when a rule starts to cry wolf. */
    static Map<Rule, Long> findingsPerRule(List<Result> results) {
        List<Finding> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.report().findings()));
        return all.stream().collect(Collectors.groupingBy(Finding::rule, Collectors.counting()));
    }
}
