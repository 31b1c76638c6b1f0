// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The proofreading part of {@code settings.json}: the English to check in, the rules the user chose to ignore and the
 * user's own dictionary. Kept in the workspace so they travel with the user's data and apply to every note.
 *
 * <p>Reading is lenient on purpose: an entry that is not a valid word or rule id is dropped instead of failing the
 * whole section (which would reset the dictionary to empty), and fields from newer versions are kept and written
 * back. The {@code with...} methods, used when the user adds something, are strict and say what is wrong.
 *
 * @param language     the language tag ("en-GB"); an unknown tag is kept but proofreads as {@link Variant#DEFAULT}
 * @param ignoredRules rule ids never reported, sorted
 * @param dictionary   the user's words, sorted
 * @param extra        fields this version does not know, kept and written back
 */
public record ProofreadSettings(String language, List<String> ignoredRules, List<String> dictionary,
                                @JsonAnySetter Map<String, JsonNode> extra) {

    /** The section's key and defaults. */
    public static final SettingsSection<ProofreadSettings> SECTION = new SettingsSection<>("proofreading",
        ProofreadSettings.class, new ProofreadSettings(Variant.DEFAULT.tag(), List.of(), List.of(), Map.of()));

    /** Most words the dictionary holds. */
    public static final int MAX_WORDS = 10_000;
    /** Longest word the dictionary takes. */
    public static final int MAX_WORD_LENGTH = 64;

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");

    /** Normalises the values, dropping entries that cannot be valid. */
    public ProofreadSettings {
        language = language == null || language.isBlank() ? Variant.DEFAULT.tag() : language.strip();
        ignoredRules = sortedValid(ignoredRules, true);
        dictionary = sortedValid(dictionary, false);
        extra = extra == null ? Map.of() : new LinkedHashMap<>(extra);
    }

    /** The fields this version does not know, for writing back. */
    @JsonAnyGetter
    @Override
    public Map<String, JsonNode> extra() {
        return extra;
    }

    /** The English to proofread in; an unknown tag gives the default. */
    @JsonIgnore
    public Variant variant() {
        return Variant.fromTag(language).orElse(Variant.DEFAULT);
    }

    /** The user's words, ready to match flagged text against. */
    @JsonIgnore
    public AcceptedWords acceptedWords() {
        return AcceptedWords.of(dictionary);
    }

    /** These settings proofreading in another variant. */
    public ProofreadSettings withVariant(Variant variant) {
        if (variant == null) {
            throw new IllegalArgumentException("Choose a language to proofread in: " + Variant.tags() + ".");
        }
        return new ProofreadSettings(variant.tag(), ignoredRules, dictionary, extra);
    }

    /**
     * These settings with one more word in the dictionary.
     *
     * @throws IllegalArgumentException saying what is wrong with the word
     */
    public ProofreadSettings withWord(String word) {
        String w = checkWord(word);
        if (dictionary.contains(w)) {
            return this;
        }
        if (dictionary.size() >= MAX_WORDS) {
            throw new IllegalArgumentException("The dictionary is full (" + MAX_WORDS + " words). Remove words you no "
                + "longer need first.");
        }
        List<String> words = new ArrayList<>(dictionary);
        words.add(w);
        return new ProofreadSettings(language, ignoredRules, words, extra);
    }

    /** These settings without the word (no change when it is not there). */
    public ProofreadSettings withoutWord(String word) {
        String w = word == null ? "" : Normalizer.normalize(word.strip(), Normalizer.Form.NFC);
        List<String> words = new ArrayList<>(dictionary);
        words.remove(w);
        return new ProofreadSettings(language, ignoredRules, words, extra);
    }

    /**
     * These settings with a rule no longer reported.
     *
     * @throws IllegalArgumentException when the id cannot be a rule id
     */
    public ProofreadSettings withIgnoredRule(String ruleId) {
        String id = ruleId == null ? "" : ruleId.strip();
        if (!RULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a rule id. Rule ids look like EN_A_VS_AN; the "
                + "check command shows them beside each issue.");
        }
        List<String> rules = new ArrayList<>(ignoredRules);
        rules.add(id);
        return new ProofreadSettings(language, rules, dictionary, extra);
    }

    /** These settings reporting the rule again. */
    public ProofreadSettings withoutIgnoredRule(String ruleId) {
        List<String> rules = new ArrayList<>(ignoredRules);
        rules.remove(ruleId == null ? "" : ruleId.strip());
        return new ProofreadSettings(language, rules, dictionary, extra);
    }

    private static String checkWord(String word) {
        String w = word == null ? "" : Normalizer.normalize(word.strip(), Normalizer.Form.NFC);
        if (w.isEmpty()) {
            throw new IllegalArgumentException("Type the word to add to your dictionary.");
        }
        if (w.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A dictionary entry is one word; add each word of a name on its own.");
        }
        if (w.length() > MAX_WORD_LENGTH) {
            throw new IllegalArgumentException("That word is longer than " + MAX_WORD_LENGTH + " characters; a "
                + "dictionary word must be shorter.");
        }
        if (w.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("A dictionary word needs at least one letter.");
        }
        return w;
    }

    private static List<String> sortedValid(List<String> values, boolean ruleIds) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            if (ruleIds) {
                String id = v.strip();
                if (RULE_ID.matcher(id).matches()) {
                    out.add(id);
                }
            } else {
                try {
                    out.add(checkWord(v));
                } catch (IllegalArgumentException e) {
                    // a hand-edited entry that cannot be a word is left out rather than losing the whole section
                }
            }
            if (out.size() >= MAX_WORDS) {
                break;
            }
        }
        return List.copyOf(out);
    }
}
