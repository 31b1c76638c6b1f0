// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * Where the proofreader for one variant stands. The editor shows "Proofreading starting…" while it is
 * {@link #STARTING}, instead of waiting for it.
 */
public enum ProofreadState {
    /** Not asked for yet. */
    IDLE,
    /** Being created or warmed up in the background. */
    STARTING,
    /** Warm: checks come back in milliseconds. */
    READY,
    /** Could not be created; asking to start it again retries. */
    FAILED,
    /** Turned off after repeated stalls, until the app restarts. */
    OFF
}
