// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N8: open proofreading issues, a misspelt company name, and copy-paste leaks, where another application's company,
 * interviewer or role shows up in this note because it was adapted from an earlier one.
 */
final class LeakCheck implements Check {
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "llc", "ltd", "limited", "corp",
        "corporation", "co", "gmbh", "ag", "sa", "plc", "group", "company", "bv", "nv", "pty", "llp", "lp", "srl");
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
        for (Interview other : note.ctx.otherInterviews()) {
            if (isSameApplication(note.interview(), other)) {
                continue;
            }
            leaks(note, out, other);
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
        List<String> parts = Names.parts(core(note.interview().company()));
        List<String> known = new ArrayList<>(parts);
        note.interview().interviewers().forEach(i -> known.addAll(Names.parts(i.name())));
        known.addAll(Names.parts(note.interview().candidate().name()));
        for (Range w : note.text.words()) {
            String word = Names.stripPossessive(w.of(note.body));
            if (known.stream().anyMatch(k -> Names.same(k, word))) {
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

    private static void leaks(Note note, Findings out, Interview other) {
        String where = other.company() + ", " + other.role() + ", " + other.start().format(DAY);
        String why = "Reusing a note is fine; a name from another application left in it tells the reader the note "
            + "was written for someone else, and it is the one mistake nobody forgets.";
        String company = core(other.company());
        for (Range r : occurrences(note.body, company, true)) {
            out.add(Rule.N8, Severity.ERROR, r.body(), "\"" + r.of(note.body) + "\" is the company of another "
                + "application (" + where + ").", why, "Replace it with " + note.interview().company() + ".");
        }
        Set<String> currentParts = currentNameParts(note);
        for (Interviewer i : other.interviewers()) {
            List<String> parts = Names.parts(i.name());
            if (parts.size() >= 2) {
                for (Range r : occurrences(note.body, i.name(), true)) {
                    out.add(Rule.N8, Severity.ERROR, r.body(), i.name() + " is an interviewer from another "
                        + "application (" + where + ").", why, "Use the name of the person you are writing to.");
                }
            }
            Range greeting = note.text.greeting();
            if (greeting != null && !parts.isEmpty() && !currentParts.contains(Names.fold(parts.get(0)))) {
                for (Range r : occurrences(note.body, parts.get(0), true)) {
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
            for (Range r : occurrences(note.body, other.role(), false)) {
                out.add(Rule.N8, Severity.WARNING, r.body(), "\"" + r.of(note.body) + "\" is the role of another "
                    + "application (" + where + ").", why, "Name this role: " + note.interview().role() + ".");
            }
        }
    }

    private static Set<String> currentNameParts(Note note) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        note.interview().interviewers().forEach(i -> Names.parts(i.name()).forEach(p -> out.add(Names.fold(p))));
        Names.parts(note.interview().candidate().name()).forEach(p -> out.add(Names.fold(p)));
        return out;
    }

    /** Whole-word occurrences, ignoring case, accents and the kind of apostrophe. */
    private static List<Range> occurrences(String text, String phrase, boolean sameInitial) {
        List<Range> out = new ArrayList<>();
        String p = phrase.strip();
        if (p.length() < 2) {
            return out;
        }
        String folded = Names.foldKeepingOffsets(text);
        String regex = Pattern.quote(Names.foldKeepingOffsets(p)).replace(" ", "\\E\\s+\\Q");
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])").matcher(folded);
        while (m.find()) {
            if (!sameInitial || Character.isUpperCase(text.charAt(m.start())) == Character.isUpperCase(p.charAt(0))) {
                out.add(new Range(m.start(), m.end()));
            }
        }
        return out;
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
