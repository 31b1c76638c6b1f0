// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.concurrent.CompletableFuture;

/**
 * Proofreading for one editor, where the text keeps changing: the latest submission wins. A newer submission cancels
 * the older one (if it has not run yet it never will), and a result is delivered only if it is still for the latest
 * submission, so marks computed for old text are never painted on new text. The editor should still compare
 * {@link ProofreadResult#revision()} with its own text revision (or call {@link #isCurrent}) on its own thread
 * before applying a result, because the text may change between delivery and painting.
 */
public final class ProofreadSession {
    private final Proofreader proofreader;
    private long latestRevision = Long.MIN_VALUE;
    private long sequence;
    private CompletableFuture<ProofreadResult> pendingSource;
    private CompletableFuture<ProofreadResult> pendingResult;

    ProofreadSession(Proofreader proofreader) {
        this.proofreader = proofreader;
    }

    /**
     * Submits a snapshot of the text. Revisions must not go backwards; a submission with an older revision than one
     * already submitted comes back cancelled. Submitting the same revision again (after the user added a word to the
     * dictionary, say) replaces the earlier submission.
     *
     * @return completes with the result if it is still the latest; cancelled if it was superseded
     */
    public synchronized CompletableFuture<ProofreadResult> submit(String text, long revision, CheckOptions options) {
        if (revision < latestRevision) {
            CompletableFuture<ProofreadResult> stale = new CompletableFuture<>();
            stale.cancel(false);
            return stale;
        }
        supersede();
        latestRevision = revision;
        long seq = ++sequence;
        CompletableFuture<ProofreadResult> out = new CompletableFuture<>();
        CompletableFuture<ProofreadResult> source = proofreader.check(text, revision, options);
        pendingSource = source;
        pendingResult = out;
        source.whenComplete((result, error) -> deliver(seq, out, result, error));
        return out;
    }

    /** True when the result is for the latest submitted revision. */
    public synchronized boolean isCurrent(ProofreadResult result) {
        return result != null && result.revision() == latestRevision;
    }

    /** The latest submitted revision. */
    public synchronized long latestRevision() {
        return latestRevision;
    }

    /** Cancels the pending submission (when the editor closes). */
    public synchronized void cancel() {
        supersede();
        sequence++;
    }

    private void supersede() {
        if (pendingSource != null) {
            pendingSource.cancel(false);
            pendingResult.cancel(false);
            pendingSource = null;
            pendingResult = null;
        }
    }

    private void deliver(long seq, CompletableFuture<ProofreadResult> out, ProofreadResult result, Throwable error) {
        boolean current;
        synchronized (this) {
            current = seq == sequence;
        }
        if (!current) {
            out.cancel(false);
        } else if (error != null) {
            out.completeExceptionally(error);
        } else {
            out.complete(result);
        }
    }
}
