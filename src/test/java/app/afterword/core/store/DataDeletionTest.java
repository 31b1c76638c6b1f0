// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.interview.Interview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDeletionTest {

    @TempDir
    Path tmp;

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void deleteLeavesOnlyTheLockAndTheAppCarriesOnEmpty() throws Exception {
        Path data = tmp.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            String id = SeededWorkspace.seed(ws);
            ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Ada", null, null, null, null));
            Files.createDirectories(data.resolve("quarantine"));
            Files.writeString(data.resolve("quarantine/old-bad.json"), "{");
            assertThat(filesIn(data)).hasSizeGreaterThan(8);

            DataInventory before = new DataDeletion(ws).deleteEverything();

            assertThat(before.kind("interviews").files()).isEqualTo(1);
            assertThat(filesIn(data)).containsExactly(".lock");
            assertThat(ws.interviews().all()).isEmpty();
            assertThat(ws.interviews().get(id)).isEmpty();
            assertThat(ws.settings().get(ProfileSettings.SECTION)).isEqualTo(ProfileSettings.EMPTY);
            assertThat(DataInventory.of(data).isEmpty()).isTrue();

            Interview again = FirstRun.sample(ws.json());
            ws.interviews().save("new-one", again.withId("new-one"));
            ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Grace", null, null, null, null));
            assertThat(filesIn(data)).containsExactly(".lock", "interviews/new-one.json", "settings.json");
        }
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.interviews().ids()).containsExactly("new-one");
            assertThat(ws.recoveryNotices()).isEmpty();
        }
    }

    @Test
    void refusesAFolderHoldingFilesAfterwordDidNotMake() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("Documents"));
        Files.writeString(home.resolve("Documents/cv.docx"), "mine");
        Files.writeString(home.resolve("photo.jpg"), "mine");
        try (Workspace ws = Workspace.open(home)) {
            SeededWorkspace.seed(ws);
            assertThatThrownBy(() -> new DataDeletion(ws).deleteEverything())
                .isInstanceOf(DataException.class)
                .hasMessageContaining("does not look like an Afterword data folder")
                .hasMessageContaining("Documents").hasMessageContaining("photo.jpg")
                .hasMessageContaining("Nothing was deleted");
            assertThat(ws.interviews().all()).hasSize(1);
        }
        assertThat(home.resolve("Documents/cv.docx")).hasContent("mine");
        assertThat(home.resolve("photo.jpg")).hasContent("mine");
        assertThat(home.resolve("settings.json")).exists();
    }

    @Test
    void refusesAFolderWithoutTheLock() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("settings.json"), "{}");
        assertThatThrownBy(() -> DataDeletion.check(other)).isInstanceOf(DataException.class)
            .hasMessageContaining("not an Afterword data folder");
        assertThat(other.resolve("settings.json")).exists();
    }

    @Test
    void refusesAStoreFolderHoldingForeignFiles() throws Exception {
        Path data = tmp.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            SeededWorkspace.seed(ws);
            Files.writeString(data.resolve("templates/holiday.png"), "x");
            assertThatThrownBy(() -> new DataDeletion(ws).deleteEverything()).isInstanceOf(DataException.class)
                .hasMessageContaining("templates");
            assertThat(data.resolve("templates/holiday.png")).exists();
        }
    }
}
