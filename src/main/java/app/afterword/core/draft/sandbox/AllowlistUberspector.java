// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import app.afterword.core.draft.model.Recipient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Decides what a template may touch: the fields of the render-only records, a few read-only text and list helpers,
 * and the loop counter — nothing else. Velocity's own {@code SecureUberspector} is a denylist; this is an allowlist,
 * so a class or method nobody thought of is refused by default. Every call also checks the render's deadline.
 * Refusing means returning null, which strict mode turns into an error with the template's line and column.
 */
public final class AllowlistUberspector extends UberspectImpl {

    /** The package whose records templates may read. */
    static final String MODEL_PACKAGE = Recipient.class.getPackageName();

    private static final Set<String> TEXT_METHODS = Set.of("toUpperCase", "toLowerCase", "trim", "strip",
        "isEmpty", "isBlank", "length", "startsWith", "endsWith", "contains", "equals", "equalsIgnoreCase",
        "substring", "charAt", "indexOf", "toString");
    private static final Set<String> TEXT_PROPERTIES = Set.of("empty", "blank");
    private static final Set<String> VALUE_METHODS = Set.of("toString", "equals", "compareTo", "intValue");
    private static final Set<String> LIST_METHODS = Set.of("get", "size", "isEmpty", "contains", "indexOf");
    private static final Set<String> MAP_METHODS = Set.of("get", "size", "isEmpty", "containsKey");
    private static final Set<String> COLLECTION_PROPERTIES = Set.of("empty");
    private static final Set<String> LOOP_METHODS = Set.of("getIndex", "getCount", "hasNext", "getHasNext",
        "isFirst", "getFirst", "isLast", "getLast");
    private static final Set<String> LOOP_PROPERTIES = Set.of("index", "count", "hasNext", "first", "last");
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass", "wait",
        "notify", "notifyAll");

    private final ClassValue<Set<String>> fields = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                names.add(rc.getName());
            }
            return Set.copyOf(names);
        }
    };
    private final ClassValue<Set<String>> methods = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>(fields.get(type));
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && !OBJECT_METHODS.contains(m.getName())) {
                    names.add(m.getName());
                }
            }
            return Set.copyOf(names);
        }
    };
    private RenderGuard guard = new RenderGuard();

    /** Velocity creates the introspector by class name. */
    public AllowlistUberspector() {
        super();
    }

    @Override
    public void init() {
        super.init();
        Object g = rsvc == null ? null : rsvc.getApplicationAttribute(RenderGuard.ATTRIBUTE);
        if (g instanceof RenderGuard rg) {
            guard = rg;
        }
    }

    /** True for a record templates may read. */
    static boolean isModel(Class<?> type) {
        return type.isRecord() && MODEL_PACKAGE.equals(type.getPackageName());
    }

    /** The fields of a model record, for error messages. */
    Set<String> fieldsOf(Class<?> type) {
        return isModel(type) ? fields.get(type) : Set.of();
    }

    boolean methodAllowed(Object target, String name) {
        Class<?> type = target.getClass();
        if (isModel(type)) {
            return methods.get(type).contains(name);
        }
        if (target instanceof String) {
            return TEXT_METHODS.contains(name);
        }
        if (target instanceof Number || target instanceof Boolean || target instanceof Character) {
            return VALUE_METHODS.contains(name);
        }
        if (target instanceof ForeachScope) {
            return LOOP_METHODS.contains(name);
        }
        if (target instanceof List) {
            return LIST_METHODS.contains(name);
        }
        if (target instanceof Map) {
            return MAP_METHODS.contains(name);
        }
        return false;
    }

    boolean propertyAllowed(Object target, String name) {
        Class<?> type = target.getClass();
        if (isModel(type)) {
            return fields.get(type).contains(name);
        }
        if (target instanceof String) {
            return TEXT_PROPERTIES.contains(name);
        }
        if (target instanceof ForeachScope) {
            return LOOP_PROPERTIES.contains(name);
        }
        if (target instanceof Collection) {
            return COLLECTION_PROPERTIES.contains(name);
        }
        // A map a template wrote itself ({"a": 1}): reading its keys is harmless.
        return target instanceof Map && !(target instanceof org.apache.velocity.runtime.directive.Scope);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
        guard.tick();
        if (obj == null || methodName == null || !methodAllowed(obj, methodName)) {
            return null;
        }
        return super.getMethod(obj, methodName, args, i);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
        guard.tick();
        if (obj == null || identifier == null || !propertyAllowed(obj, identifier)) {
            return null;
        }
        return super.getPropertyGet(obj, identifier, i);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) {
        guard.tick();
        return null;
    }

    @Override
    public Iterator getIterator(Object obj, Info i) {
        guard.tick();
        if (obj instanceof Collection || obj instanceof Map && !(obj instanceof ForeachScope)) {
            return super.getIterator(obj, i);
        }
        return null;
    }
}
