// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.PersonName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A1, P1 (several people in one greeting) and H2: who the note greets, and whether their name is spelled right. */
final class AddressingCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        Range greeting = note.text.greeting();
        List<Interviewer> people = note.interview().interviewers();
        Interviewer recipient = note.recipient();
        Set<Interviewer> greeted = new LinkedHashSet<>();
        List<Range> greetingWords = greeting == null ? List.of() : words(note, greeting);
        for (Range w : greetingWords) {
            String word = Names.stripPossessive(w.of(note.body));
            for (Interviewer i : people) {
                if (Names.parts(i).stream().anyMatch(p -> Names.same(p, word) || Names.sameButCase(word, p))) {
                    greeted.add(i);
                }
            }
        }
        if (greeted.size() >= 2) {
            out.add(Rule.P1, Severity.ERROR, greeting.body(), "One note greets " + greeted.size() + " people.",
                "Each interviewer expects a note of their own; a group message reads as a mass mailing and none "
                    + "of them feels personally thanked.",
                "Write one note per person: \"Dear " + Names.shown((recipient == null ? first(greeted) : recipient)
                    .greetingName(false)) + ",\", with something only they discussed with you.");
        } else if (greeting == null && !namedInFirstSentence(note) && note.medium() != Medium.LINKEDIN_NOTE) {
            out.add(Rule.A1, Severity.ERROR, null, "The note doesn't open with a greeting that names "
                + note.recipientName() + ".",
                "A note without a name looks like it was written for anyone; the greeting is the first proof that "
                    + "it was written for them.",
                "Open with " + note.greetingAdvice() + ".");
        } else if (greeting != null && !greetsRecipient(greeted, recipient)) {
            greetingProblem(note, out, greeting, greetingWords, greeted);
        }
        misspellings(note, out, greeting);
        if (note.medium() == Medium.CARD && recipient != null && greeting != null && greeted.contains(recipient)) {
            cardGreeting(note, out, greeting, greetingWords, recipient);
        }
    }

    /**
     * True when the first sentence names the reader ("Thank you, Sarah, for the tour."): a note without a salutation
     * line still addresses them by name. A LinkedIn connection note needs neither; the invitation goes to them.
     */
    private static boolean namedInFirstSentence(Note note) {
        Range first = note.text.firstSentence();
        if (first == null) {
            return false;
        }
        List<Interviewer> wanted = note.recipient() != null ? List.of(note.recipient())
            : note.interview().interviewers();
        for (Range w : words(note, first)) {
            String word = Names.stripPossessive(w.of(note.body));
            if (wanted.stream().anyMatch(i -> Names.parts(i).stream().anyMatch(p -> Names.same(p, word)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean greetsRecipient(Set<Interviewer> greeted, Interviewer recipient) {
        return recipient == null ? !greeted.isEmpty() : greeted.contains(recipient);
    }

    private static void greetingProblem(Note note, Findings out, Range greeting, List<Range> words,
                                        Set<Interviewer> greeted) {
        Interviewer recipient = note.recipient();
        if (recipient != null) {
            for (Range w : words) {
                String word = Names.stripPossessive(w.of(note.body));
                for (String part : Names.parts(recipient)) {
                    if (Names.nearMiss(word, part)) {
                        return;
                    }
                }
            }
        }
        if (!greeted.isEmpty()) {
            Interviewer other = first(greeted);
            out.add(Rule.A1, Severity.ERROR, greeting.body(), "This note is for " + recipient.name()
                + ", but the greeting names " + other.name() + ".",
                "Sending one person a note addressed to a colleague shows it was copied between them, which "
                    + "panel members notice when they compare notes.",
                "Greet the person you are writing to: \"Dear " + note.warmGreeting() + ",\".");
            return;
        }
        if (out.coversAny(greeting, Rule.A2, Rule.P1)) {
            return;
        }
        out.add(Rule.A1, Severity.ERROR, greeting.body(), "The greeting doesn't name " + note.recipientName() + ".",
            "Using their name shows the note was written for them; without it the note could have gone to anyone.",
            "Write " + note.greetingAdvice() + ".");
    }

    private static void misspellings(Note note, Findings out, Range greeting) {
        List<String> candidateParts = Names.parts(note.interview().candidate().name());
        List<String> known = new ArrayList<>(candidateParts);
        note.interview().interviewers().forEach(i -> known.addAll(Names.parts(i)));
        List<String[]> parts = new ArrayList<>();
        note.interview().interviewers().forEach(i -> Names.parts(i.name()).forEach(p -> parts.add(new String[] {p,
            i.name()})));
        for (Range w : note.text.words()) {
            String raw = w.of(note.body);
            if (!Character.isUpperCase(raw.charAt(0))) {
                continue;
            }
            String word = Names.stripPossessive(raw);
            if (known.stream().anyMatch(k -> Names.same(k, word))) {
                continue;
            }
            for (String[] p : parts) {
                if (Names.nearMiss(word, p[0])) {
                    Range r = new Range(w.start(), w.start() + word.length());
                    out.add(Rule.A1, Severity.ERROR, r.body(), "\"" + word + "\" looks like a misspelling of "
                        + p[0] + " (" + p[1] + ").",
                        "People notice their own name first; getting it wrong, even by an accent, tells them the "
                            + "note was written in a hurry.",
                        "Write it as they do: " + p[0] + ".");
                    break;
                }
            }
        }
    }

    private static void cardGreeting(Note note, Findings out, Range greeting, List<Range> words,
                                     Interviewer recipient) {
        PersonName name = recipient.personName();
        List<String> chosen = Names.parts(recipient.addressAs());
        if (!chosen.isEmpty() && chosen.stream().allMatch(part -> words.stream()
            .anyMatch(w -> Names.same(Names.stripPossessive(w.of(note.body)), part)))) {
            return;
        }
        List<String> wanted;
        if (name.order() == PersonName.Order.UNKNOWN) {
            wanted = Names.parts(name.fullName());
        } else if (name.surname() != null) {
            List<String> surname = Names.parts(name.surname());
            wanted = surname.isEmpty() ? List.of() : List.of(surname.get(surname.size() - 1));
        } else {
            return;
        }
        if (wanted.size() < (name.order() == PersonName.Order.UNKNOWN ? 2 : 1)) {
            return;
        }
        boolean complete = wanted.stream().allMatch(part -> words.stream()
            .anyMatch(w -> Names.same(Names.stripPossessive(w.of(note.body)), part)));
        if (!complete) {
            String full = Names.shown(name.fullName());
            String formal = note.formalGreeting();
            String surname = name.surname() == null ? full : Names.shown(name.surname());
            out.add(Rule.H2, Severity.WARNING, greeting.body(), "The card greets " + note.warmGreeting()
                + " by first name only.",
                "A handwritten card is the formal channel, often chosen for a conservative firm; the full name "
                    + "(or title and surname) matches that register.",
                "Write \"Dear " + full + ",\" or " + (name.honorific() != null && recipient.addressAs() == null
                    ? "\"Dear " + formal + ",\"" : "\"Dear Ms./Mr. " + surname + ",\" as they introduced themselves")
                    + ".");
        }
    }

    private static List<Range> words(Note note, Range within) {
        return note.text.words().stream().filter(within::contains).toList();
    }

    private static Interviewer first(Set<Interviewer> set) {
        return set.iterator().next();
    }
}
