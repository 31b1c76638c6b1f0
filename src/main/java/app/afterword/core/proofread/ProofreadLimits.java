// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.time.Duration;

/**
 * The caps and deadlines that keep proofreading from ever stalling the app. LanguageTool can spend tens of seconds on
 * a short text that forms one endless "sentence" (thousands of "!" or words without punctuation), and its own cancel
 * hook does not bound that; so text is screened before it reaches the checker, and every check runs against a clock.
 *
 * @param maxNoteChars     text past this many chars is not proofread
 * @param maxUnitChars     most chars sent to the checker at once; longer paragraphs are split between sentences
 * @param maxSentenceChars longer sentences are not proofread
 * @param maxSentenceWords sentences with more whitespace-separated words are not proofread
 * @param maxRun           runs of one character are cut to this length before checking
 * @param maxSymbolShare   sentences with a larger share of symbols and emoji are not proofread
 * @param softDeadline     after this the checker is asked to stop and its answer is thrown away
 * @param hardDeadline     after this the worker is abandoned and replaced
 * @param coldDeadline     allowance for creating a checker and for its first, slow check
 * @param cacheEntries     checked paragraphs kept for reuse
 */
public record ProofreadLimits(int maxNoteChars, int maxUnitChars, int maxSentenceChars, int maxSentenceWords,
                              int maxRun, double maxSymbolShare, Duration softDeadline, Duration hardDeadline,
                              Duration coldDeadline, int cacheEntries) {

    /** For checking while the user types: a stuck check is given up on after three seconds. */
    public static final ProofreadLimits INTERACTIVE = new ProofreadLimits(20_000, 3_000, 600, 120, 20, 0.30,
        Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(180), 512);

    /** Validates the values. */
    public ProofreadLimits {
        if (maxNoteChars < 1 || maxUnitChars < 1 || maxSentenceChars < 1 || maxSentenceWords < 1 || maxRun < 1
            || cacheEntries < 0) {
            throw new IllegalArgumentException("proofreading caps must be positive");
        }
        if (!(maxSymbolShare > 0 && maxSymbolShare <= 1)) {
            throw new IllegalArgumentException("maxSymbolShare must be in (0, 1]");
        }
        if (softDeadline == null || hardDeadline == null || coldDeadline == null || softDeadline.isNegative()
            || softDeadline.isZero() || hardDeadline.compareTo(softDeadline) < 0 || coldDeadline.isNegative()) {
            throw new IllegalArgumentException("deadlines must be positive, the hard one no shorter than the soft one");
        }
    }

    /** The same caps with other deadlines (a command-line check, where nobody is typing, can wait longer). */
    public ProofreadLimits withDeadlines(Duration soft, Duration hard) {
        return new ProofreadLimits(maxNoteChars, maxUnitChars, maxSentenceChars, maxSentenceWords, maxRun,
            maxSymbolShare, soft, hard, coldDeadline, cacheEntries);
    }

    /** The same limits with another allowance for start-up. */
    public ProofreadLimits withColdDeadline(Duration cold) {
        return new ProofreadLimits(maxNoteChars, maxUnitChars, maxSentenceChars, maxSentenceWords, maxRun,
            maxSymbolShare, softDeadline, hardDeadline, cold, cacheEntries);
    }
}
