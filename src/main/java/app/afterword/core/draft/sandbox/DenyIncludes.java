// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.context.Context;

/**
 * Refuses every {@code #include} and {@code #parse}. The directives are removed from both engines already; this is
 * the second lock, in case a future Velocity version brings them back by another name.
 */
public final class DenyIncludes implements IncludeEventHandler {

    /** Velocity creates the handler by class name. */
    public DenyIncludes() {
        super();
    }

    @Override
    public String includeEvent(Context context, String includeResourcePath, String currentResourcePath,
                               String directiveName) {
        throw new TemplateBudgetException(TemplateBudgetException.Kind.INCLUDE, "Templates can't include files or "
            + "other templates (#" + directiveName + ").");
    }
}
