// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.NoteContext;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Text;
import app.afterword.core.store.Json;
import app.afterword.core.store.JsonFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Every bundled template (every kind, medium and tone), drafted for every person of every interview in the phrasing
 * corpus ({@code src/test/resources/phrasing}: items typed as résumé bullets, first-person sentences, questions,
 * pasted paragraphs, names in any case), gives a note a careful writer would send: LanguageTool finds nothing but
 * the person's own words, the tidy pass left no doubled punctuation, no item sits in a slot its shape doesn't fit,
 * names are spelled as typed, and the note is signed.
 */
class PhrasingCorpusTest {

    /** Who signs when the corpus interview has no name: the profile a first start asks for. */
    static final ProfileSettings PROFILE = new ProfileSettings("Sam Rivera", "sam.rivera@example.org", null,
        null, null);

    private static final Map<String, Pattern> TIDY = tidyPatterns();
    private static final Pattern CLAUSE_IN_NOUN_SLOT = Pattern.compile(
        "\\b(?:about|with|in|of|on|for|from)\\s+(?:I|We|She|He|They|I'm|I’m|We're|I've)\\b");
    private static final Pattern CAPITAL_MID_SENTENCE = Pattern.compile(
        "\\b(?:about|with|in|of|for|experience|background)\\s+(\\p{Lu}\\p{Ll}+(?:ed|ing))\\b");

    private static final List<Corpus> CORPUS = new ArrayList<>();
    private static final Map<String, List<String[]>> CHECKED = new HashMap<>();
    private static JLanguageTool languageTool;

    record Corpus(String file, Interview interview) {
    }

    private static Map<String, Pattern> tidyPatterns() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("doubled full stop", Pattern.compile("(?<!\\.)\\.\\.(?!\\.)"));
        p.put("question mark before a comma", Pattern.compile("\\?,"));
        p.put("full stop before a comma after a word", Pattern.compile("\\p{Ll}{4,}\\.,"));
        p.put("punctuation after a question or full stop", Pattern.compile("[.?!][.?!,;:](?!\\.)"));
        p.put("space before punctuation", Pattern.compile(" [,.;:!?]"));
        p.put("doubled comma", Pattern.compile(",\\s*,"));
        p.put("lower case after a full stop", Pattern.compile("(?<=\\p{Ll}{3}[.!?] )\\p{Ll}"));
        return p;
    }

    @BeforeAll
    static void load() throws IOException, JsonFileException {
        Fixtures.phrasingCorpus().forEach(t -> CORPUS.add(new Corpus(t.file(), t.interview())));
        languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    }

    @Test
    void theCorpusIsLargeAndVaried() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(40);
        long panels = CORPUS.stream().filter(c -> c.interview().interviewers().size() > 1).count();
        assertThat(panels).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyBundledNoteReadsCleanlyForEveryPersonInTheCorpus() throws IOException {
        Drafter drafter = Fixtures.drafter(PROFILE, DraftSettings.DEFAULTS);
        List<String> problems = new ArrayList<>();
        int notes = 0;
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            for (Corpus c : CORPUS) {
                List<Draft> drafts;
                try {
                    drafts = drafter.draft(c.interview(), DraftRequest.DEFAULT.withTemplate(t.id()));
                } catch (DraftException e) {
                    assertThat(e.errors()).as(t.id() + " × " + c.file() + ": " + e.getMessage()).isEmpty();
                    continue;
                }
                for (Draft d : drafts) {
                    notes++;
                    String where = t.id() + " × " + c.file() + " → " + d.recipient() + ": ";
                    problems.addAll(problems(c.interview(), d).stream().map(p -> where + p).toList());
                }
            }
        }
        assertThat(notes).isGreaterThan(1_000);
        assertThat(problems).isEmpty();
    }

    @Test
    void theInsertedDetailsRuleFindsNothingInTheCorpusNotes() throws DraftException {
        EtiquetteChecker checker = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, PhraseBook.bundled(new Json()));
        Drafter drafter = Fixtures.drafter(PROFILE, DraftSettings.DEFAULTS);
        List<String> found = new ArrayList<>();
        for (String id : List.of("thank-you-email-warm", "thank-you-email-formal", "thank-you-card")) {
            for (Corpus c : CORPUS) {
                for (Draft d : drafter.draft(c.interview(), DraftRequest.DEFAULT.withTemplate(id))) {
                    Interviewer to = c.interview().interviewer(d.recipient()).orElseThrow();
                    EtiquetteReport report = checker.check(NoteContext.builder(c.interview(), d.body())
                        .subject(d.subject()).kind(d.kind()).medium(d.medium()).recipient(to).build());
                    report.findings().stream().filter(f -> f.rule() == Rule.A11)
                        .filter(f -> !aboutNameCase(f))
                        .forEach(f -> found.add(id + " × " + c.file() + " → " + d.recipient() + ": " + f.message()));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** A name typed all in lower case or capitals is reported by A11 on purpose: the person may want to fix it. */
    private static boolean aboutNameCase(Finding f) {
        return f.message().contains("lower case") || f.message().contains("capitals");
    }

    /** Everything a careful writer would change in one drafted note. */
    static List<String> problems(Interview interview, Draft d) throws IOException {
        List<String> out = structuralProblems(interview, d);
        String name = interview.candidate().name() != null ? interview.candidate().name() : PROFILE.name();
        String signer = interview.candidate().signature() != null
            ? interview.candidate().signature().lines().findFirst().orElseThrow() : name;
        String typedText = Text.fold(String.join("\n", typed(interview)));
        List<String> known = List.of(typedText.split("[^\\p{L}\\p{N}]+"));
        for (String part : d.subject() == null ? List.of(d.body()) : List.of(d.subject(), d.body())) {
            for (String paragraph : part.split("\n\n")) {
                if (part == d.body() && d.body().endsWith(paragraph)
                    && (paragraph.contains(signer) || paragraph.contains(name))) {
                    continue;
                }
                for (String[] found : languageTool(paragraph)) {
                    // Mistakes inside the person's own words are theirs to fix (the Review step underlines them).
                    String flagged = Text.fold(found[0]);
                    if (!typedText.contains(flagged) && !typedByThePerson(known, flagged)) {
                        out.add(found[1]);
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a careful writer would change in one note apart from LanguageTool's findings: doubled or stray
     * punctuation, an item in a slot its shape doesn't fit, a name in another case than typed, a missing signature.
     */
    static List<String> structuralProblems(Interview interview, Draft d) {
        List<String> out = new ArrayList<>();
        String note = (d.subject() == null ? "" : d.subject() + "\n\n") + d.body();
        for (Map.Entry<String, Pattern> e : TIDY.entrySet()) {
            Matcher m = e.getValue().matcher(note);
            while (m.find()) {
                String around = note.substring(Math.max(0, m.start() - 30), Math.min(note.length(), m.end() + 20));
                if (!abbreviation(note, m.start())) {
                    out.add(e.getKey() + " in \"" + around.replace('\n', ' ') + "\"");
                }
            }
        }
        Matcher clause = CLAUSE_IN_NOUN_SLOT.matcher(note);
        while (clause.find()) {
            out.add("a clause in a noun slot: \"" + clause.group() + "\"");
        }
        Matcher capital = CAPITAL_MID_SENTENCE.matcher(note);
        while (capital.find()) {
            if (!typedWithCapital(interview, capital.group(1))) {
                out.add("a verb with a capital in mid-sentence: \"" + capital.group() + "\"");
            }
        }
        out.addAll(nameCase(interview, note));
        String name = interview.candidate().name() != null ? interview.candidate().name() : PROFILE.name();
        String signer = interview.candidate().signature() != null
            ? interview.candidate().signature().lines().findFirst().orElseThrow() : name;
        // A LinkedIn connection note carries no signature: LinkedIn shows the sender's name beside it. A card and
        // a message are signed with the name, an e-mail with the signature the person wrote, if any.
        String tail = lastLines(d.body(), 6);
        if (d.medium() != Medium.LINKEDIN_NOTE && !tail.contains(signer) && !tail.contains(name)) {
            out.add("not signed with " + signer);
        }
        return out;
    }

    /** LanguageTool's matches in a paragraph: the words it flagged, and the match in words. */
    private static List<String[]> languageTool(String paragraph) throws IOException {
        List<String[]> known = CHECKED.get(paragraph);
        if (known != null) {
            return known;
        }
        List<String[]> found = new ArrayList<>();
        for (RuleMatch m : languageTool.check(paragraph)) {
            String flagged = paragraph.substring(m.getFromPos(), m.getToPos());
            String said = m.getRule().getId() + " '" + flagged + "': " + m.getMessage() + " in \"" + paragraph + "\"";
            found.add(new String[] {flagged, said});
        }
        CHECKED.put(paragraph, found);
        return found;
    }

    private static boolean abbreviation(String note, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(note.charAt(start - 1))) {
            start--;
        }
        String word = note.substring(start, at);
        return word.matches("(?i)(inc|ltd|co|corp|jr|sr|st|dr|mr|mrs|ms|prof|pvt|no|vs|etc|e\\.g|i\\.e|u\\.s|s\\.a)"
            + "\\.?|.*\\p{Lu}\\.\\p{Lu}|\\p{Lu}");
    }

    private static boolean typedWithCapital(Interview interview, String word) {
        return typed(interview).stream().anyMatch(s -> s.matches("(?s).*\\b" + Pattern.quote(word) + "\\b.*")
            && !s.startsWith(word));
    }

    /** Every name in the note spelled as it was typed: not lower-cased, not capitalised by the app. */
    private static List<String> nameCase(Interview interview, String note) {
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        interview.interviewers().forEach(p -> names.add(p.name()));
        if (interview.candidate().name() != null) {
            names.add(interview.candidate().name());
        }
        for (String name : names) {
            for (String part : name.split("[\\s,]+")) {
                String bare = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
                if (bare.length() < 3) {
                    continue;
                }
                Matcher m = Pattern.compile("(?iu)\\b" + Pattern.quote(bare) + "\\b").matcher(note);
                while (m.find()) {
                    String seen = m.group();
                    if (inAddress(note, m.start()) || typedAsWord(interview, seen)) {
                        continue;
                    }
                    boolean sentenceStart = m.start() == 0
                        || note.substring(0, m.start()).matches("(?s).*[.!?\\n]\\s*");
                    if (!seen.equals(bare) && !(sentenceStart && seen.equalsIgnoreCase(bare)
                        && Character.isUpperCase(seen.charAt(0)) && Character.isLowerCase(bare.charAt(0)))) {
                        out.add("the name \"" + bare + "\" written as \"" + seen + "\"");
                    }
                }
            }
        }
        return out;
    }

    /** A word the person typed, or a form of one ("organising" for "Organised", kept in their spelling). */
    private static boolean typedByThePerson(List<String> typedWords, String word) {
        String stem = word.length() > 6 ? word.substring(0, word.length() - 3) : word;
        return typedWords.stream().anyMatch(w -> w.equals(word) || word.length() > 6 && w.startsWith(stem));
    }

    private static boolean typedAsWord(Interview interview, String word) {
        Pattern w = Pattern.compile("(?u)\\b" + Pattern.quote(word) + "\\b");
        List<String> all = new ArrayList<>(typed(interview));
        if (interview.candidate().signature() != null) {
            all.add(interview.candidate().signature());
        }
        return all.stream().anyMatch(s -> w.matcher(s).find());
    }

    private static boolean inAddress(String note, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(note.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < note.length() && !Character.isWhitespace(note.charAt(end))) {
            end++;
        }
        String token = note.substring(start, end);
        return token.contains("@") || token.contains("/") || token.contains("www.");
    }

    private static List<String> typed(Interview i) {
        List<String> all = new ArrayList<>(List.of(i.company(), i.role()));
        if (i.candidate().name() != null) {
            all.add(i.candidate().name());
        }
        all.addAll(i.topics());
        all.addAll(i.skills());
        all.addAll(i.clarifications());
        all.addAll(i.ideas());
        for (Interviewer p : i.interviewers()) {
            all.add(p.name());
            all.addAll(p.topics());
            if (p.rapport() != null) {
                all.add(p.rapport());
            }
            if (p.title() != null) {
                all.add(p.title());
            }
        }
        all.add(PROFILE.name());
        return all;
    }

    private static String lastLines(String body, int n) {
        String[] lines = body.strip().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - n), lines.length));
    }
}
