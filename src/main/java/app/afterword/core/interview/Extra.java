// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a newer app version (or a person) added to a record that this version does not know. They are kept in
 * their original order and written back unchanged, so opening and saving a file never drops someone's data.
 */
public final class Extra {
    private Extra() {
    }

    /** An unmodifiable, order-preserving deep copy. */
    public static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        extra.forEach((k, v) -> out.put(k, v == null ? null : v.deepCopy()));
        return Collections.unmodifiableMap(out);
    }
}
