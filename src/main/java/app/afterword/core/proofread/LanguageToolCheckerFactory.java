// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * Makes the real checkers: LanguageTool, in-process, offline. Each checker keeps LanguageTool's own per-sentence
 * cache, so re-checking a paragraph after a one-word edit analyses only the sentence that changed.
 */
public final class LanguageToolCheckerFactory implements CheckerFactory {
    /** Sentences remembered per variant by default. */
    public static final int DEFAULT_SENTENCE_CACHE = 2_000;

    private final int sentenceCache;

    /** A factory with the default sentence cache. */
    public LanguageToolCheckerFactory() {
        this(DEFAULT_SENTENCE_CACHE);
    }

    /** A factory whose checkers remember up to {@code sentenceCache} analysed sentences (0 turns it off). */
    public LanguageToolCheckerFactory(int sentenceCache) {
        if (sentenceCache < 0) {
            throw new IllegalArgumentException("sentenceCache must be 0 or more");
        }
        this.sentenceCache = sentenceCache;
    }

    @Override
    public Checker create(Variant variant) {
        return new LanguageToolChecker(variant, sentenceCache);
    }
}
