// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.PhraseAnalyser;
import app.afterword.core.draft.model.Phrase;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.PersonName;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A note with its context and analysis, shared by the checks of one run. */
final class Note {
    final NoteContext ctx;
    final NoteText text;
    final EtiquetteSettings settings;
    final PhraseBook phrases;
    final PhraseAnalyser items;
    final Mentions mentions;
    final String body;

    Note(NoteContext ctx, EtiquetteSettings settings, PhraseBook phrases, PhraseAnalyser items) {
        this.ctx = ctx;
        this.settings = settings;
        this.phrases = phrases;
        this.items = items;
        this.body = ctx.text();
        this.text = new NoteText(body, phrases.list("salutations"), phrases.list("closings"), this::isNamePart);
        this.mentions = new Mentions(body + "\n" + (ctx.subject() == null ? "" : ctx.subject()),
            phrases.abbreviations());
    }

    /** True when {@code word} is part of an interviewer's name or chosen greeting, or a near miss of one. */
    private boolean isNamePart(String word) {
        for (Interviewer i : ctx.interview().interviewers()) {
            for (String p : Names.parts(i)) {
                if (Names.same(p, word) || Names.sameButCase(word, p) || Names.nearMiss(word, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    Interview interview() {
        return ctx.interview();
    }

    Interviewer recipient() {
        return ctx.recipient();
    }

    NoteKind kind() {
        return ctx.kind();
    }

    Medium medium() {
        return ctx.medium();
    }

    boolean isEmailLike() {
        return ctx.medium() == Medium.EMAIL || ctx.medium() == Medium.LINKEDIN_MESSAGE;
    }

    /** The planned send time in the recipient's zone, or null. */
    ZonedDateTime localSend() {
        return ctx.sendAt() == null ? null : ctx.sendAt().atZoneSameInstant(ctx.zone());
    }

    /** Every topic recorded for the interview: the shared ones and each interviewer's. */
    List<String> allTopics() {
        List<String> out = new ArrayList<>(interview().topics());
        interview().interviewers().forEach(i -> out.addAll(i.topics()));
        return out;
    }

    /** True when the role is named in the body or the subject, loosely (see {@link #namesRole(String)}). */
    boolean mentionsRole() {
        return namesRole(body + "\n" + (ctx.subject() == null ? "" : ctx.subject()));
    }

    /**
     * True when {@code text} names the role as people do: word for word, without seniority words ("product designer"
     * for Senior Product Designer), with other endings ("project management" for Project Manager), by its main word
     * and a word for a job ("the nursing position" for Staff Nurse, "the internship" for Software Development
     * Intern), or by an abbreviation ("PM" for Product Manager), with the words, stop words and abbreviations that
     * topic matching uses.
     */
    boolean namesRole(String text) {
        String hay = Names.fold(text).replaceAll("\\s+", " ");
        String role = Names.fold(interview().role()).replaceAll("\\s+", " ");
        if (hay.contains(role)) {
            return true;
        }
        String core = role;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Pattern p : phrases.list("roleQualifiers")) {
                var m = p.matcher(core);
                if (m.lookingAt() && m.end() < core.length()) {
                    core = core.substring(m.end()).strip();
                    changed = true;
                }
            }
        }
        if (!core.isEmpty() && hay.contains(core)) {
            return true;
        }
        Set<String> jobWords = new HashSet<>();
        phrases.words("jobWords").forEach(w -> jobWords.addAll(Mentions.roots(w)));
        return new Mentions(text, phrases.abbreviations()).mentionsRole(core, interview().role(), jobWords);
    }

    /**
     * Fills the placeholders of a phrase rule's rewrite with this note's names and topics. {first} is how a warm note
     * greets the recipient and {name} how a formal one does (both the greeting the candidate chose, when there is
     * one), shown with capitals when the name was typed without them.
     */
    String fill(String template) {
        Interviewer r = addressee();
        PersonName parsed = r.personName();
        List<String> parts = Names.parts(r.name());
        String surname = parsed.surname() != null ? parsed.surname() : parts.isEmpty() ? r.name()
            : parts.get(parts.size() - 1);
        String candidate = interview().candidate().name() == null ? "your full name" : interview().candidate().name();
        return template.replace("{first}", warmGreeting()).replace("{name}", formalGreeting())
            .replace("{surname}", Names.shown(surname))
            .replace("{role}", interview().role()).replace("{company}", interview().company())
            .replace("{topic}", topicHint())
            .replace("{skill}", noun(first(interview().skills(), null), false, "a skill they need"))
            .replace("{idea}", noun(first(interview().ideas(), null), true,
                "an idea or sample that helps with their problem"))
            .replace("{candidate}", candidate);
    }

    /** The person the note is for, or the first interviewer when the recipient is unknown. */
    Interviewer addressee() {
        return recipient() != null ? recipient() : interview().interviewers().get(0);
    }

    /** How a warm note greets the addressee ("Anke"), as advice shows it. */
    String warmGreeting() {
        return Names.shown(addressee().greetingName(false));
    }

    /** How a formal note greets the addressee ("Dr. Schröder"), as advice shows it. */
    String formalGreeting() {
        return Names.shown(addressee().greetingName(true));
    }

    /** "\"Dear Anke,\" (or \"Dear Dr. Schröder,\" if you were on formal terms)", for greeting advice. */
    String greetingAdvice() {
        String warm = warmGreeting();
        String formal = formalGreeting();
        return "\"Dear " + warm + ",\"" + (formal.equals(warm) ? ""
            : " (or \"Dear " + formal + ",\" if you were on formal terms)");
    }

    /** The topic a rewrite should mention: the recipient's own first, then the shared ones. */
    String topicHint() {
        String fallback = "a point from your conversation";
        if (recipient() != null && !recipient().topics().isEmpty()) {
            Phrase p = items.analyse(recipient().topics().get(0), recipient().name());
            return p == null || p.asNoun() == null ? fallback : p.asNoun();
        }
        List<String> all = allTopics();
        return all.isEmpty() ? fallback : noun(all.get(0), false, fallback);
    }

    /** An item typed by the user in the form advice can put after "about" or "with", or the fallback. */
    private String noun(String typed, boolean offered, String fallback) {
        Phrase p = typed == null ? null : offered ? items.analyseOffer(typed) : items.analyse(typed);
        return p == null || p.asNoun() == null ? fallback : p.asNoun();
    }

    static String first(List<String> items, String fallback) {
        return items.isEmpty() ? fallback : items.get(0);
    }

    /** "Daniel O'Brien" for messages, or "the interviewer" when the recipient is unknown. */
    String recipientName() {
        return recipient() == null ? "the interviewer" : recipient().name();
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
