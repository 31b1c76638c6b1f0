// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {

    @TempDir
    Path dir;

    @Test
    void firstStartAddsTheSampleOnceAndNeverAgainAfterItIsDeleted() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            String id = FirstRun.seed(ws).orElseThrow();
            assertThat(ws.interviews().get(id)).hasValueSatisfying(i -> {
                assertThat(i.company()).isEqualTo("Brightline Transit");
                assertThat(i.id()).isEqualTo(id);
            });
            ws.interviews().remove(id);
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(FirstRun.seed(ws)).isEmpty();
            assertThat(ws.interviews().ids()).isEmpty();
        }
    }

    @Test
    void anExistingWorkspaceIsNotGivenTheSample() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.interviews().save("mine", WorkspaceRecoveryTest.interview("Mine"));
            assertThat(FirstRun.seed(ws)).isEmpty();
            assertThat(ws.interviews().ids()).containsExactly("mine");
        }
    }
}
