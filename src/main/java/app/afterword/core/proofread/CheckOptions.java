// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.interview.Interview;
import java.util.Set;

/**
 * How one note is proofread: in which English, which rules are ignored, and which words are accepted (the
 * interview's names and topics and the user's dictionary). Only the variant changes what the checker itself reports;
 * the rest filters its findings, so adding a word or ignoring a rule takes effect at once, without checking again.
 *
 * @param variant      the English to check in
 * @param ignoredRules rule ids never reported
 * @param accepted     words never reported as misspelled
 */
public record CheckOptions(Variant variant, Set<String> ignoredRules, AcceptedWords accepted) {

    /** Requires a variant; copies the rest. */
    public CheckOptions {
        if (variant == null) {
            throw new IllegalArgumentException("choose the English to proofread in: " + Variant.tags());
        }
        ignoredRules = ignoredRules == null ? Set.of() : Set.copyOf(ignoredRules);
        accepted = accepted == null ? AcceptedWords.NONE : accepted;
    }

    /** Plain proofreading in the variant: nothing ignored, nothing extra accepted. */
    public static CheckOptions of(Variant variant) {
        return new CheckOptions(variant, Set.of(), AcceptedWords.NONE);
    }

    /**
     * The options for one note.
     *
     * @param settings    the user's proofreading settings
     * @param interview   the interview the note is about, or null
     * @param noteVariant the English chosen for this note, or null for the settings' choice
     */
    public static CheckOptions forNote(ProofreadSettings settings, Interview interview, Variant noteVariant) {
        ProofreadSettings s = settings == null ? ProofreadSettings.SECTION.defaults() : settings;
        return new CheckOptions(noteVariant != null ? noteVariant : s.variant(), Set.copyOf(s.ignoredRules()),
            s.acceptedWords().plus(AcceptedWords.fromInterview(interview)));
    }

    /** True when findings of this rule are reported. */
    public boolean reports(String ruleId) {
        return !ignoredRules.contains(ruleId);
    }
}
