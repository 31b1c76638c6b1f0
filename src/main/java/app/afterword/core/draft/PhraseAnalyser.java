// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.BoundedMap;
import app.afterword.core.draft.model.Phrase;
import app.afterword.core.interview.PersonName;
import app.afterword.core.interview.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.synthesis.Synthesizer;
import org.languagetool.tagging.Tagger;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Reads the items a person typed and offers each in the forms a sentence needs ({@link Phrase}). The verbs are
 * found and turned into their -ing forms with LanguageTool's English tagger and synthesizer, so "Led a team" becomes
 * "leading a team" and "Built and shipped the app" becomes "building and shipping the app" without a list of verbs
 * kept here. Items about the person a note is written to are turned to the second person ("her dog Max" → "your dog
 * Max"). Results are remembered, so drafting a panel reads each item once. Thread-safe.
 */
public final class PhraseAnalyser {

    /** Items longer than this read as pasted paragraphs: quoted or left out, never put in a noun slot. */
    static final int LONG_WORDS = 30;

    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•*·▪●►✓>]+|\\(?\\d{1,2}[.)])\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!…]+$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "i’m", "i’ve", "i’d", "we",
        "we're", "we’ve", "we've", "we’re");
    private static final Set<String> SUBJECTS = Set.of("she", "he", "they", "you");
    private static final Set<String> DISCUSSION = Set.of("talk", "discuss", "speak", "chat", "explain", "describe",
        "mention", "ask", "share", "tell", "walk", "cover", "go", "touch", "dig", "compare", "debate", "exchange");
    private static final Set<String> AFTER_DISCUSSION = Set.of("about", "through", "over", "on", "into", "me",
        "us", "of", "upon");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd");
    private static final Set<String> OFFER = Set.of("share", "send", "forward", "pass", "email", "write", "draft",
        "prepare", "put", "bring", "make", "sketch", "outline", "mock");
    private static final Set<String> RECEIVERS = Set.of("them", "you", "him", "her", "us");
    private static final Set<String> OBJECT_START = Set.of("DT", "CD", "PRP$", "PRP", "IN", "RP", "TO", "PDT",
        "WP$", "WRB", "WDT", "WP");
    private static final Set<String> WH = Set.of("what", "how", "why", "when", "where", "who", "whom", "which",
        "whether", "whose");
    private static final Set<String> AUX = Set.of("do", "does", "did", "is", "are", "was", "were", "will", "would",
        "can", "could", "should", "shall", "may", "might", "must", "has", "have", "had");

    private final Supplier<Language> language;
    private final Map<String, Phrase> cache = BoundedMap.leastRecentlyUsed(2_048);
    private volatile Tools tools;

    /** An analyser over LanguageTool's American English tagger and synthesizer, loaded at first use. */
    public PhraseAnalyser() {
        this(() -> Languages.getLanguageForShortCode("en-US"));
    }

    PhraseAnalyser(Supplier<Language> language) {
        this.language = language;
    }

    private record Tools(Tagger tagger, Synthesizer synthesizer, Tokenizer words) {
    }

    /** One token of an item: its text, where it starts, and every tag and lemma the tagger knows for it. */
    private record Tok(String text, int start, AnalyzedTokenReadings readings) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean has(String tag) {
            for (AnalyzedToken t : readings.getReadings()) {
                if (t.getPOSTag() != null && t.getPOSTag().equals(tag)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasPrefix(String prefix) {
            for (AnalyzedToken t : readings.getReadings()) {
                if (t.getPOSTag() != null && t.getPOSTag().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        boolean onlyTags(Set<String> tags) {
            boolean any = false;
            for (AnalyzedToken t : readings.getReadings()) {
                String tag = t.getPOSTag();
                if (tag == null || tag.equals("SENT_END") || tag.equals("PARA_END")) {
                    continue;
                }
                if (!tags.contains(tag)) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        AnalyzedToken reading(String tag) {
            for (AnalyzedToken t : readings.getReadings()) {
                if (tag.equals(t.getPOSTag())) {
                    return t;
                }
            }
            return null;
        }

        boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0));
        }

        int end() {
            return start + text.length();
        }
    }

    /** The item in its forms, or null for a blank one (nothing but spaces, dashes or other marks). */
    public Phrase analyse(String typed) {
        return analyse(typed, null);
    }

    /**
     * An item offered to someone (an idea for a follow-up), whose noun form is the thing itself: "Send them my
     * portfolio link", "I could share the deck from my talk" and "drafting a one-page guide" all offer a thing a
     * note can name ("my portfolio link"). Other shapes read as {@link #analyse(String)} reads them.
     */
    public Phrase analyseOffer(String typed) {
        Phrase p = analyse(typed);
        if (p == null || p.shape().equals("long")) {
            return p;
        }
        String key = "offer\u0000" + typed;
        synchronized (cache) {
            Phrase known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        Phrase offer = offer(typed, p);
        synchronized (cache) {
            cache.put(key, offer);
        }
        return offer;
    }

    private Phrase offer(String typed, Phrase p) {
        String body = TRAILING.matcher(clean(typed)).replaceAll("");
        List<Tok> toks = tag(body);
        if (toks.isEmpty()) {
            return p;
        }
        int verbAt = FIRST_PERSON.contains(toks.get(0).lower().replace('’', '\'')) ? 1 : 0;
        if (verbAt == 1 && toks.size() > 2 && toks.get(1).has("MD")) {
            verbAt = 2;
        }
        String thing = offered(body, toks, verbAt);
        return thing == null ? p : new Phrase(p.asTyped(), p.shape(), thing, p.asClause(), p.asSentence(),
            p.words());
    }

    /**
     * The item in its forms, as said to {@code addressee}: "her", "his", "their" and the addressee's own name with
     * "'s" become "your", and "she is" becomes "you are". Null for a blank item.
     *
     * @param addressee the name of the person the note is written to ("" when unknown: only the pronouns change),
     *                  or null to leave the item as it is
     */
    public Phrase analyse(String typed, String addressee) {
        if (typed == null || typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        String key = (addressee == null ? "\u0001" : addressee) + '\u0000' + typed;
        synchronized (cache) {
            Phrase known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        Phrase phrase = read(clean(typed), addressee);
        synchronized (cache) {
            cache.put(key, phrase);
        }
        return phrase;
    }

    /** The typed text on one line, without a bullet marker. */
    static String clean(String typed) {
        String s = SPACE.matcher(typed.strip()).replaceAll(" ");
        String previous;
        do {
            previous = s;
            s = BULLET.matcher(s).replaceFirst("").strip();
        } while (!s.equals(previous) && !s.isEmpty());
        return s.isEmpty() ? typed.strip() : s;
    }

    private Phrase read(String text, String addressee) {
        int words = countWords(text);
        boolean question = text.endsWith("?");
        String body = TRAILING.matcher(question ? text.substring(0, text.length() - 1) : text).replaceAll("");
        if (body.isEmpty()) {
            return new Phrase(text, "noun", null, null, null, words);
        }
        List<Tok> toks = tag(body);
        if (addressee != null) {
            String turned = secondPerson(body, toks, addressee);
            if (!turned.equals(body)) {
                body = turned;
                toks = tag(body);
            }
        }
        if (words > LONG_WORDS || SENTENCE_BREAK.matcher(body).find()) {
            return new Phrase(text, "long", null, null, sentence(body, question), words);
        }
        if (toks.isEmpty()) {
            return new Phrase(text, "noun", body, null, null, words);
        }
        Tok first = toks.get(0);
        String firstLower = first.lower();
        if (AUX.contains(firstLower) && toks.size() > 2 && toks.get(1).has("PRP")) {
            // "Would I run a fieldwork trip?" → "whether I would run a fieldwork trip"
            String subject = toks.get(1).text;
            String rest = body.substring(toks.get(2).start);
            String embedded = "whether " + (subject.equals("I") ? "I" : subject.toLowerCase(Locale.ROOT)) + " "
                + firstLower + " " + rest;
            return new Phrase(text, "question", embedded, null, sentence(body, true), words);
        }
        if (question || WH.contains(firstLower) && toks.size() > 1) {
            String embedded = embeddedQuestion(body, toks);
            String shape = question ? "question" : "noun";
            return new Phrase(text, shape, embedded, null, question ? sentence(body, true) : null, words);
        }
        if (FIRST_PERSON.contains(firstLower.replace('’', '\''))) {
            return firstPerson(text, body, toks, words);
        }
        if ((SUBJECTS.contains(firstLower) || first.has("NNP") && Character.isUpperCase(first.text.charAt(0)))
            && toks.size() > 2 && isDiscussion(toks.get(1))) {
            String topic = afterDiscussion(body, toks, 1);
            return new Phrase(text, "sentence", topic, lowerFirst(body, first), sentence(body, false), words);
        }
        if ((SUBJECTS.contains(firstLower) || firstLower.equals("it")) && toks.size() > 1
            && (toks.get(1).hasPrefix("VB") || toks.get(1).has("MD"))) {
            return new Phrase(text, "sentence", null, lowerFirst(body, first), sentence(body, false), words);
        }
        if (isDiscussion(first) && toks.size() > 1 && (first.hasPrefix("VBD") || first.has("VBN"))
            && AFTER_DISCUSSION.contains(toks.get(1).lower())) {
            String topic = afterDiscussion(body, toks, 0);
            String clause = "we " + lowerFirst(body, first);
            return new Phrase(text, "past", topic, clause, sentence(clause, false), words);
        }
        if (first.hasPrefix("VBD") || first.has("VBN")) {
            if (pastVerbFirst(toks, text)) {
                String noun = ingForm(body, toks);
                String clause = "I " + lowerFirst(body, first);
                return new Phrase(text, "past", noun, clause, sentence(clause, false), words);
            }
        }
        if (first.has("VBG") && !first.has("NNP")) {
            return new Phrase(text, "ing", lowerFirst(body, first), null, null, words);
        }
        if (first.has("VB") && toks.size() > 1 && (!first.hasPrefix("NN") && !first.has("JJ")
            || OBJECT_START.stream().anyMatch(toks.get(1)::has) && !toks.get(1).has("IN"))) {
            String noun = ingForm(body, toks);
            String clause = "I " + lowerFirst(body, first);
            return new Phrase(text, "present", noun, clause, sentence(clause, false), words);
        }
        if (hasFiniteVerb(toks)) {
            String clause = lowerFirst(body, first);
            return new Phrase(text, "sentence", null, clause, sentence(body, false), words);
        }
        return new Phrase(text, "noun", lowerFirst(body, first), null, null, words);
    }

    /**
     * True when an item that starts with a past form is a résumé bullet ("Led a team", "Reduced costs by 60%.")
     * rather than a noun phrase that starts with a participle ("Distributed systems", "Embedded software").
     */
    private static boolean pastVerbFirst(List<Tok> toks, String typed) {
        if (toks.size() < 2) {
            return false;
        }
        Tok next = toks.get(1);
        if (OBJECT_START.stream().anyMatch(next::has) || next.lower().equals("and") || next.text.equals(",")) {
            return true;
        }
        if (typed.endsWith(".")) {
            return true;
        }
        return toks.stream().filter(Tok::isWord).count() >= 3;
    }

    private Phrase firstPerson(String text, String body, List<Tok> toks, int words) {
        Tok first = toks.get(0);
        String clause = lowerFirst(body, first);
        String noun = null;
        if (toks.size() > 2 && first.lower().startsWith("we") && isDiscussion(toks.get(1))) {
            noun = afterDiscussion(body, toks, 1);
            return new Phrase(text, "first-person", noun, clause, sentence(body, false), words);
        }
        if (toks.size() > 2 && (toks.get(1).has("MD") || first.lower().replace('’', '\'').endsWith("'d")
            || first.lower().replace('’', '\'').endsWith("'ll"))) {
            int verbAt = toks.get(1).has("MD") ? 2 : 1;
            noun = offered(body, toks, verbAt);
            return new Phrase(text, "first-person", noun, clause, sentence(body, false), words);
        }
        if (toks.size() > 1) {
            Tok verb = toks.get(1);
            String v = verb.lower().replace('’', '\'');
            String contracted = first.lower().replace('’', '\'');
            boolean hasAux = v.equals("have") || v.equals("'ve") || contracted.endsWith("'ve");
            boolean beAux = v.equals("am") || v.equals("'m") || v.equals("are") || v.equals("'re")
                || contracted.endsWith("'m") || contracted.endsWith("'re");
            int at = contracted.contains("'") ? 1 : 2;
            if ((hasAux || beAux) && toks.size() > at) {
                Tok main = toks.get(at);
                if (hasAux && main.has("VBN") || beAux && main.has("VBG")) {
                    noun = ingForm(body.substring(main.start), shift(toks.subList(at, toks.size()), main.start));
                }
            } else if (!contracted.contains("'") && (verb.hasPrefix("VBD") || verb.has("VBP")) && !v.equals("am")
                && !v.equals("was") && !v.equals("were") && !v.equals("had") && !v.equals("do")
                && !v.equals("did")) {
                noun = ingForm(body.substring(verb.start), shift(toks.subList(1, toks.size()), verb.start));
            }
        }
        if (first.lower().startsWith("we")) {
            noun = null;
        }
        return new Phrase(text, "first-person", noun, clause, sentence(body, false), words);
    }

    /**
     * What is offered in "Send them my portfolio link" or "I could share the deck from my talk": the thing
     * itself ("my portfolio link", "the deck from my talk"), or null when the item isn't an offer.
     */
    private static String offered(String body, List<Tok> toks, int verbAt) {
        if (verbAt >= toks.size() - 1) {
            return null;
        }
        Tok verb = toks.get(verbAt);
        AnalyzedToken base = null;
        for (String tag : List.of("VB", "VBG", "VBD", "VBN")) {
            if (base == null) {
                base = verb.reading(tag);
            }
        }
        if (base == null || base.getLemma() == null || !OFFER.contains(base.getLemma())) {
            return null;
        }
        int i = verbAt + 1;
        if (toks.get(i).lower().equals("together") || toks.get(i).lower().equals("along")
            || toks.get(i).lower().equals("over")) {
            i++;
        }
        while (i < toks.size() && RECEIVERS.contains(toks.get(i).lower())) {
            i++;
        }
        if (i + 2 < toks.size() && toks.get(i).lower().equals("the") && toks.get(i + 1).lower().equals("team")
            && (toks.get(i + 2).has("DT") || toks.get(i + 2).has("PRP$"))) {
            i += 2;
        }
        if (i >= toks.size() || !(toks.get(i).has("DT") || toks.get(i).has("PRP$") || toks.get(i).has("CD")
            || toks.get(i).hasPrefix("NN") || toks.get(i).has("JJ"))) {
            return null;
        }
        return body.substring(toks.get(i).start);
    }

    private static List<Tok> shift(List<Tok> toks, int by) {
        List<Tok> out = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            out.add(new Tok(t.text, t.start - by, t.readings));
        }
        return out;
    }

    private static boolean isDiscussion(Tok verb) {
        for (AnalyzedToken t : verb.readings.getReadings()) {
            String tag = t.getPOSTag();
            if (tag != null && (tag.equals("VBD") || tag.equals("VBN") || tag.equals("VBP") || tag.equals("VBZ"))
                && t.getLemma() != null && DISCUSSION.contains(t.getLemma())) {
                return true;
            }
        }
        return false;
    }

    /** "We talked about the AGV fleet" → "the AGV fleet"; "She explained how on-call works" → "how on-call works". */
    private static String afterDiscussion(String body, List<Tok> toks, int verbAt) {
        int i = verbAt + 1;
        while (i < toks.size() && AFTER_DISCUSSION.contains(toks.get(i).lower())) {
            i++;
        }
        while (i < toks.size() && (toks.get(i).lower().equals("about") || toks.get(i).lower().equals("through"))) {
            i++;
        }
        if (i >= toks.size()) {
            return null;
        }
        String rest = body.substring(toks.get(i).start).strip();
        return rest.isEmpty() ? null : rest;
    }

    /**
     * A question as it reads inside a sentence: "what success looks like" stays, "How will the team measure
     * success" becomes "how the team will measure success" and "What does success look like" becomes "what success
     * looks like". Null when the question can't be turned around safely (a yes-no question).
     */
    private String embeddedQuestion(String body, List<Tok> toks) {
        Tok first = toks.get(0);
        if (!WH.contains(first.lower())) {
            return null;
        }
        int whEnd = 1;
        if (toks.size() > 2 && (first.lower().equals("how") || first.lower().equals("which")
            || first.lower().equals("what")) && !AUX.contains(toks.get(1).lower())) {
            whEnd = toks.get(1).hasPrefix("NN") || toks.get(1).has("JJ") || toks.get(1).has("RB") ? 2 : 1;
        }
        if (whEnd >= toks.size() || !AUX.contains(toks.get(whEnd).lower())) {
            return lowerFirst(body, first);
        }
        Tok aux = toks.get(whEnd);
        String wh = lowerFirst(body.substring(0, aux.start), first);
        if (isBe(aux) && toks.size() > whEnd + 1) {
            // "What is the biggest challenge" → "what the biggest challenge is"; "Why is the role open" → "why the
            // role is open".
            Tok last = toks.get(toks.size() - 1);
            String be = aux.text.toLowerCase(Locale.ROOT);
            String subject = body.substring(toks.get(whEnd + 1).start);
            if (toks.size() > whEnd + 2 && last.has("JJ") && !last.hasPrefix("NN")) {
                return wh + body.substring(toks.get(whEnd + 1).start, last.start) + be + " " + last.text;
            }
            return wh + subject + " " + be;
        }
        int verbAt = -1;
        for (int i = whEnd + 2; i < toks.size(); i++) {
            Tok t = toks.get(i);
            Tok before = toks.get(i - 1);
            if ((t.has("VB") || t.has("VBN") || t.has("VBG"))
                && (before.hasPrefix("NN") || before.hasPrefix("PRP") || before.has("CD"))) {
                verbAt = i;
                break;
            }
        }
        if (verbAt < 0) {
            return null;
        }
        String subject = body.substring(toks.get(whEnd + 1).start, toks.get(verbAt).start);
        Tok verb = toks.get(verbAt);
        String rest = body.substring(verb.start);
        String a = aux.lower();
        if (a.equals("do") || a.equals("does") || a.equals("did")) {
            AnalyzedToken base = verb.reading("VB");
            if (base == null) {
                return null;
            }
            String form = a.equals("does") ? synth(base, "VBZ") : a.equals("did") ? synth(base, "VBD")
                : verb.text;
            if (form == null) {
                return null;
            }
            return wh + subject + form + rest.substring(verb.text.length());
        }
        return wh + subject + aux.text.toLowerCase(Locale.ROOT) + " " + rest;
    }

    private static boolean isBe(Tok aux) {
        return Set.of("is", "are", "was", "were").contains(aux.lower());
    }

    /** The item with its leading verbs (and verbs joined to them by "and" or a comma) in their -ing forms. */
    private String ingForm(String body, List<Tok> toks) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            String ing = ing(t);
            if (ing == null) {
                return null;
            }
            String word = matchCase(ing, t, i == 0);
            out.append(body, copied, t.start).append(word);
            copied = t.end();
            // Coordinated verbs: "Built and shipped", "Designed, built and ran".
            int j = i + 1;
            if (j < toks.size() && (toks.get(j).text.equals(",") || toks.get(j).lower().equals("and"))) {
                int k = j + 1;
                if (k < toks.size() && toks.get(k).lower().equals("and")) {
                    k++;
                }
                if (k < toks.size() && sameForm(t, toks.get(k)) && ing(toks.get(k)) != null
                    && (toks.get(j).lower().equals("and") || k + 1 < toks.size())) {
                    i = k;
                    continue;
                }
            }
            break;
        }
        out.append(body.substring(copied));
        return out.toString();
    }

    private static boolean sameForm(Tok a, Tok b) {
        return (a.hasPrefix("VBD") || a.has("VBN")) && (b.hasPrefix("VBD") || b.has("VBN"))
            || a.has("VB") && b.has("VB") && !b.hasPrefix("NN");
    }

    private String ing(Tok verb) {
        if (verb.has("VBG")) {
            return verb.text;
        }
        for (String tag : List.of("VBD", "VBN", "VB", "VBP")) {
            AnalyzedToken r = verb.reading(tag);
            if (r != null && r.getLemma() != null) {
                String form = synth(new AnalyzedToken(r.getLemma(), tag, r.getLemma()), "VBG");
                if (form != null) {
                    return form;
                }
            }
        }
        return null;
    }

    private String synth(AnalyzedToken token, String tag) {
        try {
            String[] forms = tools().synthesizer().synthesize(token, tag);
            return forms == null || forms.length == 0 ? null : forms[0];
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's English synthesizer could not be read", e);
        }
    }

    private static String matchCase(String form, Tok original, boolean first) {
        if (original.text.equals(original.text.toUpperCase(Locale.ROOT)) && original.text.length() > 1) {
            return first ? form : form.toUpperCase(Locale.ROOT);
        }
        return form;
    }

    /**
     * The text with its first letter in lower case when the first word is an ordinary word typed with a capital
     * because it started a line ("Rebuilding the dashboard" → "rebuilding the dashboard"); names, acronyms and
     * words with capitals inside ("Kafka", "SQL", "iOS", "I") keep theirs.
     */
    private static String lowerFirst(String body, Tok first) {
        String w = first.text;
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.equals("I") || w.startsWith("I'")
            || w.startsWith("I’")) {
            return body;
        }
        String rest = w.substring(1);
        if (!rest.equals(rest.toLowerCase(Locale.ROOT)) || w.length() == 1) {
            return body;
        }
        if (first.has("NNP") || first.has("NNPS")) {
            boolean ordinary = false;
            for (AnalyzedToken t : first.readings.getReadings()) {
                String tag = t.getPOSTag();
                if (tag != null && !tag.startsWith("NNP") && !tag.equals("SENT_END") && t.getLemma() != null
                    && Character.isLowerCase(t.getLemma().charAt(0))) {
                    ordinary = true;
                }
            }
            if (!ordinary || first.onlyTags(Set.of("NNP", "NNPS"))) {
                return body;
            }
            if (first.has("NNP") && !first.has("VBG") && !first.hasPrefix("VB") && !first.has("DT")
                && !first.has("WRB") && !first.has("WP") && !first.has("WDT") && !first.has("PRP")) {
                return body;
            }
        }
        if (first.readings.getReadings().stream().allMatch(r -> r.getPOSTag() == null)
            && !(w.indexOf('-') > 1 && rest.indexOf('-') == w.indexOf('-') - 1)) {
            return body;
        }
        return Character.toLowerCase(w.charAt(0)) + body.substring(1);
    }

    private static String sentence(String body, boolean question) {
        String s = body.strip();
        if (s.isEmpty()) {
            return null;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        if (question) {
            return s.endsWith("?") ? s : s + "?";
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' ? s : s + ".";
    }

    private static boolean hasFiniteVerb(List<Tok> toks) {
        for (int i = 1; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.onlyTags(Set.of("VBZ", "VBD", "VBP", "MD"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The item as said to the person it is about: their name with "'s" and "her", "his", "their" before a noun
     * become "your"; "she", "he" as a subject become "you", with the verb after it agreeing.
     */
    private String secondPerson(String body, List<Tok> toks, String addressee) {
        Set<String> names = nameWords(addressee);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            String l = t.lower();
            String replacement = null;
            int skipTo = i;
            Tok next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            if (names.contains(fold(t.text)) && next != null && (next.text.equals("'s") || next.text.equals("’s"))) {
                replacement = "your";
                skipTo = i + 1;
            } else if (l.equals("her") || l.equals("his") || l.equals("their")) {
                boolean possessive = l.equals("his") || l.equals("their") || next != null && (next.hasPrefix("NN")
                    || next.has("JJ") || next.has("CD") || next.has("VBG") || next.has("JJS"));
                replacement = possessive ? "your" : "you";
            } else if (l.equals("him") || l.equals("them")) {
                replacement = "you";
            } else if ((l.equals("she") || l.equals("he")) && next != null) {
                replacement = "you";
                String agreed = agree(next);
                if (agreed != null) {
                    out.append(body, copied, t.start).append(caseLike("you", t)).append(' ').append(agreed);
                    copied = next.end();
                    i = i + 1;
                    continue;
                }
            } else if (l.equals("herself") || l.equals("himself")) {
                replacement = "yourself";
            }
            if (replacement != null) {
                out.append(body, copied, t.start).append(caseLike(replacement, t));
                copied = toks.get(skipTo).end();
                i = skipTo;
            }
        }
        out.append(body.substring(copied));
        return out.toString();
    }

    private String agree(Tok verb) {
        String v = verb.lower().replace('’', '\'');
        switch (v) {
            case "is":
            case "'s":
                return "are";
            case "was":
                return "were";
            case "has":
                return "have";
            case "does":
                return "do";
            default:
                break;
        }
        AnalyzedToken r = verb.reading("VBZ");
        if (r != null && r.getLemma() != null) {
            return r.getLemma();
        }
        return null;
    }

    private static String caseLike(String word, Tok original) {
        return Character.isUpperCase(original.text.charAt(0)) && original.start == 0
            ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** The words of a name that can stand for the person ("omar", "haddad"), titles and suffixes left out. */
    private static Set<String> nameWords(String name) {
        Set<String> out = new HashSet<>();
        for (String part : name.strip().split("[\\s]+")) {
            String f = fold(part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
            if (f.length() > 1 && !PersonName.isHonorific(part) && !SUFFIXES.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static String fold(String s) {
        return Text.fold(s);
    }

    private List<Tok> tag(String body) {
        Tools t = tools();
        List<String> pieces = t.words().tokenize(body);
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (String p : pieces) {
            if (!p.isBlank()) {
                words.add(p);
                starts.add(at);
            }
            at += p.length();
        }
        List<AnalyzedTokenReadings> tagged;
        try {
            tagged = t.tagger().tag(words);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool's English tagger could not be read", e);
        }
        List<Tok> out = new ArrayList<>(tagged.size());
        for (int i = 0; i < tagged.size(); i++) {
            out.add(new Tok(words.get(i), starts.get(i), tagged.get(i)));
        }
        return out;
    }

    private Tools tools() {
        Tools t = tools;
        if (t == null) {
            synchronized (this) {
                t = tools;
                if (t == null) {
                    Language l = language.get();
                    t = new Tools(l.getTagger(), l.getSynthesizer(), l.getWordTokenizer());
                    tools = t;
                }
            }
        }
        return t;
    }

    /** Words as a reader counts them: runs of letters or digits, with joined marks such as "Tableau-to-Looker". */
    static int countWords(String text) {
        int n = 0;
        for (String w : SPACE.split(text.strip())) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
