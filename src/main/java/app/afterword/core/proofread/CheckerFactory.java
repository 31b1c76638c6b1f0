// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * Makes one {@link Checker} per variant. Called on the proofreading thread only, because making a real checker takes
 * seconds and much memory and must never hold up the window.
 */
@FunctionalInterface
public interface CheckerFactory {

    /**
     * Creates a checker for the variant.
     *
     * @throws Exception anything; the variant is then reported as failed to start
     */
    Checker create(Variant variant) throws Exception;
}
