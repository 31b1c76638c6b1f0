// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * Told when a variant's proofreader changes state. Called on the proofreading thread: hand the news to your own
 * thread (the UI uses {@code Platform.runLater}) and return quickly. Exceptions thrown here are ignored.
 */
@FunctionalInterface
public interface StateListener {

    /** The variant's proofreader is now in {@code state}. */
    void stateChanged(Variant variant, ProofreadState state);
}
