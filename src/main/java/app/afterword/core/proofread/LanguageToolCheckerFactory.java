// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * Makes the real checkers: LanguageTool, in-process, offline. Each checker keeps LanguageTool's own per-sentence
 * cache, so re-checking a paragraph after a one-word edit analyses only the sentence that changed, and a
 * {@link RememberingChunker}, so most of that sentence's phrase tagging is remembered from before the edit.
 */
public final class LanguageToolCheckerFactory implements CheckerFactory {
    /**
     * LanguageTool's cache budget per variant by default. LanguageTool splits it between its cache of analysed
     * sentences and its cache of their findings, and weighs a sentence at 1 plus 1 per 75 chars, so this keeps about
     * 500 sentences of ordinary length: the notes of many interviews.
     */
    public static final int DEFAULT_SENTENCE_CACHE = 2_000;

    private final int sentenceCache;

    /** A factory with the default sentence cache. */
    public LanguageToolCheckerFactory() {
        this(DEFAULT_SENTENCE_CACHE);
    }

    /** A factory whose checkers give LanguageTool a cache budget of {@code sentenceCache} (0 turns it off). */
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
