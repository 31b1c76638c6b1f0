// SPDX-License-Identifier: Apache-2.0
package app.afterword.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedMapTest {

    @Test
    void theLeastRecentlyUsedEntryGoesFirst() {
        Map<String, Integer> map = BoundedMap.leastRecentlyUsed(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);
        assertThat(map).containsOnlyKeys("a", "c");
    }

    @Test
    void theFirstEntryPutInGoesFirstHoweverOftenItIsRead() {
        Map<String, Integer> map = BoundedMap.firstInFirstOut(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a");
        map.put("c", 3);
        assertThat(map).containsOnlyKeys("b", "c");
    }

    @Test
    void aCapacityOfNoneKeepsNothingAndANegativeOneIsRefused() {
        Map<String, Integer> none = BoundedMap.leastRecentlyUsed(0);
        none.put("a", 1);
        assertThat(none).isEmpty();
        assertThatThrownBy(() -> BoundedMap.firstInFirstOut(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
