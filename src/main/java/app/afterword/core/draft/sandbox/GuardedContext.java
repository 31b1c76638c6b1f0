// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import org.apache.velocity.VelocityContext;

/**
 * The variables of one render. Every {@code #set}, loop variable and macro argument passes through here, so a
 * template that doubles a string ({@code "$s$s"} or {@code $s + $s}) or loops forever is stopped by the guard.
 */
final class GuardedContext extends VelocityContext {
    private final transient RenderGuard guard;

    GuardedContext(RenderGuard guard) {
        this.guard = guard;
    }

    @Override
    public Object internalPut(String key, Object value) {
        guard.value(key, value);
        return super.internalPut(key, value);
    }

    @Override
    public Object internalGet(String key) {
        guard.tick();
        return super.internalGet(key);
    }
}
