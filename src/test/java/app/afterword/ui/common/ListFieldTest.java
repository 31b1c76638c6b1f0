// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFieldTest {

    private int changes;
    private final ListField list = new ListField("topics", () -> changes++);

    @Test
    void alwaysKeepsOneRowSoTheExampleStaysVisible() {
        assertThat(list.items()).hasSize(1);
        list.items().get(0).textProperty().set("roadmap");
        list.remove(list.items().get(0));
        assertThat(list.items()).singleElement().satisfies(i -> assertThat(i.text()).isEmpty());
        list.load(List.of(" ", ""));
        assertThat(list.items()).hasSize(1);
    }

    @Test
    void blankRowsAreNeitherSavedNorUsed() {
        list.load(List.of(" pricing ", "roadmap"));
        list.insert(1).textProperty().set("   ");
        assertThat(list.typed()).containsExactly(" pricing ", "roadmap");
        assertThat(list.values()).containsExactly("pricing", "roadmap");
    }

    @Test
    void stopsAtTheMostAListMayHold() {
        list.load(Collections.nCopies(ListField.MAX_ITEMS + 5, "x"));
        assertThat(list.items()).hasSize(ListField.MAX_ITEMS);
        assertThat(list.canAdd()).isFalse();
        assertThat(list.add()).isNull();
    }

    @Test
    void everyEditAddAndRemoveIsReported() {
        int before = changes;
        ListField.Item row = list.add();
        row.textProperty().set("a");
        list.remove(row);
        assertThat(changes).isEqualTo(before + 3);
    }
}
