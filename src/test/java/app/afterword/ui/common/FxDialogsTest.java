// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FxDialogsTest {

    @TempDir
    Path home;

    @Test
    void theFirstSaveDialogOpensInTheDocumentsFolder() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertThat(FxDialogs.initialFolder(null, home)).isEqualTo(documents.toFile());
    }

    @Test
    void withoutADocumentsFolderItOpensInTheHomeFolder() {
        assertThat(FxDialogs.initialFolder(null, home)).isEqualTo(home.toFile());
    }

    @Test
    void laterDialogsOpenWhereTheLastFileWasSaved() throws Exception {
        Files.createDirectory(home.resolve("Documents"));
        Path last = Files.createDirectory(home.resolve("cards"));
        assertThat(FxDialogs.initialFolder(last.toFile(), home)).isEqualTo(last.toFile());
    }
}
