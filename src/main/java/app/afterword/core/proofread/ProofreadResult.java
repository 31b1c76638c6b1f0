// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.List;

/**
 * The issues found in one version of a note. The revision is the editor's number for that version: a result is shown
 * only while its revision is still the text on screen, so a slow check never paints marks onto newer text.
 *
 * @param revision     the text revision this result was computed for
 * @param variant      the English it was checked as
 * @param issues       the issues, in text order
 * @param notProofread the stretches that were skipped, in text order
 */
public record ProofreadResult(long revision, Variant variant, List<Issue> issues, List<NotProofread> notProofread) {

    /** Copies the lists. */
    public ProofreadResult {
        if (variant == null) {
            throw new IllegalArgumentException("a result needs its variant");
        }
        issues = issues == null ? List.of() : List.copyOf(issues);
        notProofread = notProofread == null ? List.of() : List.copyOf(notProofread);
    }

    /** True when every part was checked and nothing was found. */
    public boolean clean() {
        return issues.isEmpty() && notProofread.isEmpty();
    }

    /** True when every part of the note was checked. */
    public boolean complete() {
        return notProofread.isEmpty();
    }
}
