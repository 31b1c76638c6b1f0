// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.store.SaveException;
import app.afterword.core.store.SettingsStore;

/**
 * Reads and changes the proofreading settings in the workspace: the language, the personal dictionary and the
 * ignored rules. Each change is saved at once, so a word added in the editor is still there after a crash.
 */
public final class ProofreadPreferences {
    private final SettingsStore store;

    /** Preferences kept in this workspace's settings. */
    public ProofreadPreferences(SettingsStore store) {
        if (store == null) {
            throw new IllegalArgumentException("a settings store is required");
        }
        this.store = store;
    }

    /** The current settings (defaults when none were saved). */
    public ProofreadSettings current() {
        return store.get(ProofreadSettings.SECTION);
    }

    /**
     * Adds a word to the personal dictionary.
     *
     * @throws IllegalArgumentException when the word cannot be added, saying why
     * @throws SaveException            when the settings could not be written; the change stays in memory
     */
    public ProofreadSettings addWord(String word) throws SaveException {
        return save(current().withWord(word));
    }

    /** Removes a word from the personal dictionary. */
    public ProofreadSettings removeWord(String word) throws SaveException {
        return save(current().withoutWord(word));
    }

    /** Stops reporting a rule. */
    public ProofreadSettings ignoreRule(String ruleId) throws SaveException {
        return save(current().withIgnoredRule(ruleId));
    }

    /** Reports a rule again. */
    public ProofreadSettings restoreRule(String ruleId) throws SaveException {
        return save(current().withoutIgnoredRule(ruleId));
    }

    /** Chooses the English notes are proofread in by default. */
    public ProofreadSettings setVariant(Variant variant) throws SaveException {
        return save(current().withVariant(variant));
    }

    private ProofreadSettings save(ProofreadSettings settings) throws SaveException {
        store.put(ProofreadSettings.SECTION, settings);
        return settings;
    }
}
