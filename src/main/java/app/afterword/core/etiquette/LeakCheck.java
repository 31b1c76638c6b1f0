// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * N8: open proofreading issues, a misspelt company name, and copy-paste leaks, where another application's company,
 * interviewer or role shows up in this note because it was adapted from an earlier one.
 */
final class LeakCheck implements Check {
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "llc", "ltd", "limited", "corp",
        "corporation", "co", "gmbh", "ag", "sa", "plc", "group", "company", "bv", "nv", "pty", "llp", "lp", "srl");
    private static final Set<String> GENERIC_COMPANY_WORDS = Set.of("general", "united", "american", "national",
        "international", "global", "first", "great", "royal", "digital", "north", "south", "east", "west", "central",
        "pacific", "atlantic", "bank", "group", "systems", "solutions", "services", "technologies", "health",
        "capital", "energy", "media", "data", "software", "city", "state", "county", "university", "the", "new",
        "open", "smart", "blue", "green", "red", "black", "white", "golden", "silver", "star", "sun", "home", "best",
        "partners", "associates", "architects", "consulting", "holdings", "labs", "studio", "studios", "ventures",
        "industries", "logistics", "transit", "robotics", "insurance", "foods");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Override
    public void run(Note note, Findings out) {
        Integer issues = note.ctx.proofreadIssues();
        if (issues != null && issues > 0) {
            out.add(Rule.N8, Severity.ERROR, null, Note.plural(issues, "spelling or grammar issue is", "spelling or "
                + "grammar issues are") + " still open.",
                "Hiring managers read a typo in a short note as carelessness, the very trait a thank-you should "
                    + "disprove.",
                "Fix or dismiss each proofreading issue before sending.");
        }
        companySpelling(note, out);
        String folded = Names.foldKeepingOffsets(note.body);
        for (Interview other : note.ctx.otherInterviews()) {
            if (isSameApplication(note.interview(), other)) {
                continue;
            }
            leaks(note, out, other, folded);
        }
    }

    private static boolean isSameApplication(Interview current, Interview other) {
        if (other == current || other.equals(current)) {
            return true;
        }
        if (current.id() != null && current.id().equals(other.id())) {
            return true;
        }
        String a = Names.fold(core(current.company()));
        String b = Names.fold(core(other.company()));
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    private static void companySpelling(Note note, Findings out) {
        List<String> parts = Names.parts(core(note.interview().company())).stream()
            .filter(p -> !GENERIC_COMPANY_WORDS.contains(p.toLowerCase(Locale.ROOT))).toList();
        List<String> known = new ArrayList<>(parts);
        note.interview().interviewers().forEach(i -> known.addAll(Names.parts(i)));
        known.addAll(Names.parts(note.interview().candidate().name()));
        known.addAll(Names.parts(note.interview().role()));
        java.util.Set<String> knownFolded = new java.util.HashSet<>();
        known.forEach(k -> knownFolded.add(Names.fold(k)));
        for (Range w : note.text.words()) {
            String raw = w.of(note.body);
            if (parts.isEmpty() || !Character.isUpperCase(raw.charAt(0))) {
                continue;
            }
            String word = Names.stripPossessive(raw);
            String folded = Names.fold(word);
            if (known.stream().anyMatch(k -> Names.same(k, word)) || knownFolded.contains(folded + "s")
                || folded.endsWith("s") && knownFolded.contains(folded.substring(0, folded.length() - 1))) {
                continue;
            }
            for (String part : parts) {
                if (Names.nearMiss(word, part)) {
                    out.add(Rule.N8, Severity.ERROR, Span.body(w.start(), w.start() + word.length()), "\"" + word
                        + "\" looks like a misspelling of " + part + " (" + note.interview().company() + ").",
                        "Misspelling the company's name suggests you don't know who you applied to, however good "
                            + "the rest of the note is.",
                        "Write it as the company does: " + part + ".");
                    break;
                }
            }
        }
    }

    private static void leaks(Note note, Findings out, Interview other, String folded) {
        String where = other.company() + ", " + other.role() + ", " + other.start().format(DAY);
        String why = "Reusing a note is fine; a name from another application left in it tells the reader the note "
            + "was written for someone else, and it is the one mistake nobody forgets.";
        String company = core(other.company());
        List<Range> found = new ArrayList<>(occurrences(note.body, folded, company, true));
        String distinctive = distinctiveWord(company);
        if (distinctive != null && !Names.fold(note.interview().company()).contains(Names.fold(distinctive))) {
            for (Range r : occurrences(note.body, folded, distinctive, true)) {
                if (found.stream().noneMatch(f -> f.overlaps(r)) && r.of(note.body).equals(distinctive)) {
                    found.add(r);
                }
            }
        }
        for (Range r : found) {
            out.add(Rule.N8, Severity.ERROR, r.body(), "\"" + r.of(note.body) + "\" is the company of another "
                + "application (" + where + ").", why, "Replace it with " + note.interview().company() + ".");
        }
        Set<String> currentParts = currentNameParts(note);
        for (Interviewer i : other.interviewers()) {
            List<String> parts = Names.parts(i.name());
            if (parts.size() >= 2) {
                for (Range r : occurrences(note.body, folded, i.name(), true)) {
                    out.add(Rule.N8, Severity.ERROR, r.body(), i.name() + " is an interviewer from another "
                        + "application (" + where + ").", why, "Use the name of the person you are writing to.");
                }
            }
            Range greeting = note.text.greeting();
            if (greeting != null && !parts.isEmpty() && !currentParts.contains(Names.fold(parts.get(0)))) {
                for (Range r : occurrences(note.body, folded, parts.get(0), true)) {
                    if (greeting.contains(r) && !out.covers(Rule.N8, Span.Part.BODY, r)) {
                        out.add(Rule.N8, Severity.ERROR, r.body(), "The greeting names " + parts.get(0) + ", who "
                            + "interviewed you at " + other.company() + ".", why,
                            note.fill("Greet the person you are writing to: \"Dear {first},\"."));
                    }
                }
            }
        }
        String role = Names.fold(other.role());
        String current = Names.fold(note.interview().role());
        if (!current.contains(role) && !role.contains(current)) {
            for (Range r : occurrences(note.body, folded, other.role(), false)) {
                out.add(Rule.N8, Severity.WARNING, r.body(), "\"" + r.of(note.body) + "\" is the role of another "
                    + "application (" + where + ").", why, "Name this role: " + note.interview().role() + ".");
            }
        }
    }

    private static Set<String> currentNameParts(Note note) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        note.interview().interviewers().forEach(i -> Names.parts(i).forEach(p -> out.add(Names.fold(p))));
        Names.parts(note.interview().candidate().name()).forEach(p -> out.add(Names.fold(p)));
        return out;
    }

    /**
     * Whole-word occurrences of a phrase, ignoring case, accents and the kind of apostrophe, with any run of
     * whitespace between its words. Plain string search: this runs for every name of every other interview.
     */
    static List<Range> occurrences(String text, String folded, String phrase, boolean sameInitial) {
        List<Range> out = new ArrayList<>();
        String p = phrase.strip();
        if (p.length() < 2) {
            return out;
        }
        String[] tokens = Names.foldKeepingOffsets(p).split("\\s+");
        int from = 0;
        while (true) {
            int at = folded.indexOf(tokens[0], from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            int end = at + tokens[0].length();
            for (int t = 1; t < tokens.length && end >= 0; t++) {
                int k = end;
                while (k < folded.length() && Character.isWhitespace(folded.charAt(k))) {
                    k++;
                }
                end = k > end && folded.startsWith(tokens[t], k) ? k + tokens[t].length() : -1;
            }
            if (end < 0 || at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))
                || end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                continue;
            }
            if (!sameInitial || Character.isUpperCase(text.charAt(at)) == Character.isUpperCase(p.charAt(0))) {
                out.add(new Range(at, end));
            }
        }
        return out;
    }

    /**
     * The first word of a multi-word company name when it can stand for the company on its own ("Northwind" for
     * "Northwind Freight"), or null when it is a generic word ("General", "United") that would cause false alarms.
     */
    static String distinctiveWord(String core) {
        String[] words = core.split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String first = words[0].replaceAll("[^\\p{L}\\p{N}&'’-]", "");
        if (first.length() < 4 || !Character.isUpperCase(first.charAt(0))
            || GENERIC_COMPANY_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return first;
    }

    /** The distinctive part of a company name: "Northwind Traders Ltd." → "Northwind Traders". */
    static String core(String company) {
        List<String> words = new ArrayList<>(List.of(company.strip().split("\\s+")));
        while (words.size() > 1 && COMPANY_SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]", ""))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("[,.]+$", "");
    }
}
