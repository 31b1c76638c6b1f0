// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.BoundedMap;
import java.util.List;
import java.util.Map;

/**
 * Checked paragraphs, least recently used first out. The key is the exact text the checker saw plus the variant it
 * checked in; only the variant changes what the checker reports (ignored rules and accepted words are applied after
 * the cache). Thread-safe because a replaced worker may still be finishing while its successor reads.
 */
final class FindingCache {

    /**
     * What makes two checks give the same findings. Equality is written out rather than left to the record's
     * generated methods: it runs for every paragraph on every keystroke pause, often before the JIT has compiled
     * anything of it, and the generated methods go through method handles that are slow until then.
     */
    record Key(Variant variant, String text) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && variant == k.variant && text.equals(k.text);
        }

        @Override
        public int hashCode() {
            return 31 * variant.hashCode() + text.hashCode();
        }
    }

    private final Map<Key, List<Finding>> entries;
    private long hits;
    private long misses;

    FindingCache(int capacity) {
        this.entries = BoundedMap.leastRecentlyUsed(capacity);
    }

    synchronized List<Finding> get(Key key) {
        List<Finding> found = entries.get(key);
        if (found == null) {
            misses++;
        } else {
            hits++;
        }
        return found;
    }

    synchronized void put(Key key, List<Finding> findings) {
        entries.put(key, List.copyOf(findings));
    }

    synchronized boolean contains(Key key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
