// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * The word classes a dictionary gives one English word out of context, as Penn tags with LanguageTool's refinements
 * ("led" → VBD, VBN; "we" → PRP, PRP_S1P; "will" → MD, NN:UN, VB, VBP; an unknown word → nothing). Rule A11 asks it
 * whether the word after "about" or "with" is a verb or a subject pronoun, rather than keeping a list of verbs of its
 * own.
 */
interface WordClasses {

    /** A dictionary that knows no word: checks that need word classes stay quiet. */
    WordClasses NONE = word -> Set.of();

    /** The tags of {@code word}; empty when the dictionary doesn't know it. */
    Set<String> of(String word);

    /**
     * LanguageTool's English dictionary lookup. It is the tagger every English variant of LanguageTool shares, so
     * when proofreading has started it is already loaded; otherwise the first lookup loads it (about half a second,
     * on the thread that checks, never the FX thread). Lookups are thread-safe and take microseconds. A dictionary
     * that can't be read answers nothing, so the rule stays quiet rather than failing the check.
     */
    static WordClasses english() {
        return word -> {
            try {
                List<AnalyzedTokenReadings> readings = EnglishTagger.INSTANCE.tag(List.of(word));
                Set<String> tags = new LinkedHashSet<>();
                for (AnalyzedTokenReadings r : readings) {
                    for (AnalyzedToken t : r.getReadings()) {
                        if (t.getPOSTag() != null) {
                            tags.add(t.getPOSTag());
                        }
                    }
                }
                return tags;
            } catch (RuntimeException e) {
                return Set.of();
            }
        };
    }
}
