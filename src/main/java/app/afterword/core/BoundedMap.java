// SPDX-License-Identifier: Apache-2.0
package app.afterword.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that holds at most a given number of entries and lets the eldest go first: the least recently used one, or
 * the first put in. Not thread-safe, like {@link LinkedHashMap}; callers that share one lock around it.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class BoundedMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    private final int capacity;

    private BoundedMap(int capacity, boolean accessOrder) {
        super(16, 0.75f, accessOrder);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more");
        }
        this.capacity = capacity;
    }

    /** A map that drops the entry least recently read or written once it holds more than {@code capacity}. */
    public static <K, V> BoundedMap<K, V> leastRecentlyUsed(int capacity) {
        return new BoundedMap<>(capacity, true);
    }

    /** A map that drops the entry put in first once it holds more than {@code capacity}. */
    public static <K, V> BoundedMap<K, V> firstInFirstOut(int capacity) {
        return new BoundedMap<>(capacity, false);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
