// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The seam between the proofreading service and the engine that finds mistakes. The service confines each checker to
 * its one worker thread, so an implementation need not be thread-safe (LanguageTool is not); tests plug in a fake.
 */
public interface Checker {

    /**
     * Finds issues in one piece of text (one paragraph, or part of one).
     *
     * @param text      the text; never longer than the service's unit cap
     * @param cancelled polled by the engine where it can; true once the deadline has passed, after which whatever is
     *                  returned is thrown away
     * @return findings with offsets into {@code text}
     * @throws Exception anything; the service reports the text as not proofread and carries on
     */
    List<Finding> check(String text, BooleanSupplier cancelled) throws Exception;
}
