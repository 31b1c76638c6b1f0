// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.util.introspection.Info;

/**
 * Turns a failing helper call ({@code $name.substring(0, 500)} on a short name) back into an error with its place.
 * Without it, a render with event handlers attached would quietly treat the failure as a missing value.
 */
final class MethodFailures implements MethodExceptionEventHandler {
    @Override
    public Object methodException(Context context, Class<?> claz, String method, Exception e, Info info) {
        if (e instanceof TemplateBudgetException budget) {
            throw budget;
        }
        throw new MethodInvocationException("Invocation of method '" + method + "' threw exception", e, method,
            info == null ? null : info.getTemplateName(), info == null ? 0 : info.getLine(),
            info == null ? 0 : info.getColumn());
    }
}
