// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.Renderable;

/** Counts every inserted value (including inside quoted strings) against the render's output budget. */
final class OutputBudget implements ReferenceInsertionEventHandler {
    private final RenderGuard guard;

    OutputBudget(RenderGuard guard) {
        this.guard = guard;
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value instanceof CharSequence cs) {
            guard.output(cs.length());
        } else if (value != null && !(value instanceof Renderable)) {
            guard.output(String.valueOf(value).length());
        } else {
            guard.tick();
        }
        return value;
    }
}
