// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.AustralianEnglish;
import org.languagetool.language.BritishEnglish;
import org.languagetool.language.CanadianEnglish;
import org.languagetool.language.NewZealandEnglish;
import org.languagetool.language.SouthAfricanEnglish;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool for one variant. Built with input logging off, so an error inside LanguageTool never writes the
 * user's text to a log or an exception message, and with no remote rules, so nothing leaves the machine. Not
 * thread-safe, like LanguageTool itself: the proofreading service confines it to one thread.
 */
final class LanguageToolChecker implements Checker {
    private static final String GENERIC_SPELLING = "Possible spelling mistake found.";

    private final JLanguageTool tool;
    private final ResultCache sentences;
    private final boolean remembering;

    LanguageToolChecker(Variant variant, int sentenceCache) {
        Language language = ownLanguage(variant);
        this.remembering = RememberingChunker.install(language);
        this.sentences = sentenceCache > 0 ? new ResultCache(sentenceCache, 30, TimeUnit.MINUTES) : null;
        // (language, alternative languages, mother tongue, cache, global config, user config, inputLogging)
        this.tool = new JLanguageTool(language, List.of(), null, sentences, null, null, false);
    }

    @Override
    public List<Finding> check(String text, BooleanSupplier cancelled) throws IOException {
        tool.setCheckCancelledCallback(cancelled::getAsBoolean);
        boolean trusted = false;
        try {
            List<RuleMatch> matches = tool.check(text);
            List<Finding> out = new ArrayList<>(matches.size());
            for (RuleMatch m : matches) {
                Finding f = finding(text, m);
                if (f != null) {
                    out.add(f);
                }
            }
            trusted = !cancelled.getAsBoolean();
            return out;
        } finally {
            tool.setCheckCancelledCallback(null);
            if (!trusted && sentences != null) {
                // a cancelled or failed check may have cached partial results
                sentences.getMatchesCache().invalidateAll();
                sentences.getSentenceCache().invalidateAll();
            }
        }
    }

    /**
     * A {@link Language} object of this checker's own. LanguageTool keeps one per variant for the whole process and
     * hangs the chunker on it; this checker's chunker is a {@link RememberingChunker}, and nothing else in the
     * process (another checker, or a plain {@code JLanguageTool}) should get it by accident. LanguageTool allows one
     * public instance of some variants and offers subclasses a constructor of their own, so each object here is of
     * a subclass that changes nothing.
     */
    static Language ownLanguage(Variant variant) {
        switch (variant) {
            case EN_GB:
                return new BritishEnglish(true) { };
            case EN_CA:
                return new CanadianEnglish(true) { };
            case EN_AU:
                return new AustralianEnglish() { };
            case EN_NZ:
                return new NewZealandEnglish() { };
            case EN_ZA:
                return new SouthAfricanEnglish() { };
            case EN_US:
            default:
                return new AmericanEnglish(true) { };
        }
    }

    /** Whether the sentence analysis uses the {@link RememberingChunker}, for tests and diagnostics. */
    boolean remembering() {
        return remembering;
    }

    /** The ids of the rules that run, for tests and diagnostics. */
    List<Rule> activeRules() {
        return tool.getAllActiveRules();
    }

    private static Finding finding(String text, RuleMatch m) {
        int from = Math.max(0, Math.min(m.getFromPos(), text.length()));
        int to = Math.max(from, Math.min(m.getToPos(), text.length()));
        Rule rule = m.getRule();
        Category category = category(rule);
        String message = PlainText.message(m.getMessage());
        if (category == Category.SPELLING && to > from && GENERIC_SPELLING.equals(message)) {
            message = PlainText.spelling(text.substring(from, to));
        }
        if (message.isEmpty()) {
            message = PlainText.message(m.getShortMessage());
        }
        if (message.isEmpty()) {
            message = "Possible mistake.";
        }
        Set<String> suggestions = new LinkedHashSet<>();
        for (String s : m.getSuggestedReplacements()) {
            if (s != null) {
                suggestions.add(s);
            }
            if (suggestions.size() == Issue.MAX_SUGGESTIONS) {
                break;
            }
        }
        return new Finding(from, to - from, rule.getId(), category, message, List.copyOf(suggestions));
    }

    /** LanguageTool's many categories folded into the five people see. */
    static Category category(Rule rule) {
        if (rule.isDictionaryBasedSpellingRule()) {
            return Category.SPELLING;
        }
        String id = rule.getCategory() == null || rule.getCategory().getId() == null ? ""
            : rule.getCategory().getId().toString();
        switch (id) {
            case "TYPOGRAPHY":
                return Category.TYPOGRAPHY;
            case "PUNCTUATION":
                return Category.PUNCTUATION;
            case "COMPOUNDING":
            case "CASING":
            case "MULTITOKEN_SPELLING":
            case "PROPER_NOUNS":
            case "BRITISH_ENGLISH":
            case "AMERICAN_ENGLISH":
                return Category.SPELLING;
            case "STYLE":
            case "REDUNDANCY":
            case "PLAIN_ENGLISH":
            case "REPETITIONS_STYLE":
            case "COLLOQUIALISMS":
            case "REGIONALISMS":
            case "WIKIPEDIA":
            case "GENDER_NEUTRALITY":
            case "CREATIVE_WRITING":
            case "TEXT_ANALYSIS":
                return Category.STYLE;
            default:
                break;
        }
        ITSIssueType its = rule.getLocQualityIssueType();
        if (its == ITSIssueType.Whitespace || its == ITSIssueType.Typographical || its == ITSIssueType.Formatting) {
            return Category.TYPOGRAPHY;
        }
        if (its == ITSIssueType.Style || its == ITSIssueType.Register) {
            return Category.STYLE;
        }
        return Category.GRAMMAR;
    }
}
