// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.export.ClipContent;
import app.afterword.core.export.ClipboardPort;
import app.afterword.core.export.DesktopLauncher;
import app.afterword.core.store.SeededWorkspace;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {

    @TempDir
    Path tmp;
    private Workspace ws;
    private DirectTaskRunner runner;
    private DataViewModel vm;
    private final List<String> events = new ArrayList<>();
    private final List<URI> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private Optional<Path> chosen = Optional.empty();

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(tmp.resolve("data"));
        SeededWorkspace.seed(ws);
        runner = new DirectTaskRunner(Instant.parse("2026-11-20T14:02:00Z"), ZoneId.of("UTC"), e -> {
            throw new AssertionError(e);
        });
        DesktopLauncher launcher = uri -> {
            opened.add(uri);
            return new DesktopLauncher.LaunchOutcome(DesktopLauncher.Status.OPENED, "Opened.");
        };
        ClipboardPort clipboard = (ClipContent c) -> copied.add(c.plain());
        vm = new DataViewModel(new Messages(), runner, ws, (title, name, what, ext) -> {
            events.add("dialog " + name);
            return chosen;
        }, launcher, clipboard, new DataViewModel.DeletionHooks() {
            @Override
            public void beforeDelete() {
                events.add("before");
            }

            @Override
            public void afterDelete() {
                events.add("after");
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        ws.close();
    }

    @Test
    void listsWhatIsStoredByKind() {
        vm.refresh();
        assertThat(vm.rows()).extracting(DataViewModel.Row::kind).containsExactly("Interviews", "Edited notes",
            "Sent notes and follow-ups", "Your templates", "Settings and dictionary");
        assertThat(vm.rows().get(0).files()).isEqualTo("1 file (+ 1 backup)");
        assertThat(vm.summary()).startsWith("6 files, ");
    }

    @Test
    void exportAsksWhereThenWritesTheZip() throws Exception {
        chosen = Optional.of(tmp.resolve("mine.zip"));
        vm.exportEverything();
        assertThat(events).containsExactly("dialog afterword-data-2026-11-20.zip");
        assertThat(tmp.resolve("mine.zip")).exists();
        assertThat(vm.outcomeProperty().get().success()).isTrue();
        assertThat(vm.outcomeProperty().get().message()).contains("Exported 6 files").contains("mine.zip");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingTheDialogExportsNothing() {
        vm.exportEverything();
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedExportSaysWhy() {
        vm.exportTo(ws.directory().resolve("inside.zip"));
        assertThat(vm.outcomeProperty().get().success()).isFalse();
        assertThat(vm.outcomeProperty().get().message()).contains("outside the data folder");
    }

    @Test
    void deleteNeedsTheTypedWordThenEmptiesTheFolder() throws Exception {
        assertThat(vm.deleteEverything()).isFalse();
        vm.askDelete();
        assertThat(vm.confirmingProperty().get()).isTrue();
        vm.confirmTextProperty().set("delete");
        assertThat(vm.canDeleteProperty().get()).isFalse();
        assertThat(vm.deleteEverything()).isFalse();
        assertThat(events).isEmpty();
        vm.confirmTextProperty().set("DELETE");
        assertThat(vm.canDeleteProperty().get()).isTrue();

        assertThat(vm.deleteEverything()).isTrue();

        assertThat(events).containsExactly("before", "after");
        try (Stream<Path> s = Files.walk(ws.directory())) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactly(".lock");
        }
        assertThat(vm.confirmingProperty().get()).isFalse();
        assertThat(vm.outcomeProperty().get().message()).contains("Deleted 6 files");
        assertThat(vm.summary()).isEqualTo("Nothing is stored.");
        assertThat(ws.interviews().all()).isEmpty();
    }

    @Test
    void cancelKeepsEverything() {
        vm.askDelete();
        vm.confirmTextProperty().set("DELETE");
        vm.cancelDelete();
        assertThat(vm.deleteEverything()).isFalse();
        assertThat(ws.interviews().all()).hasSize(1);
    }

    @Test
    void openAndCopyUseTheFolder() {
        vm.openFolder();
        assertThat(opened).containsExactly(ws.directory().toUri());
        assertThat(vm.outcomeProperty().get().message()).isEqualTo("Opened the data folder.");
        vm.copyPath();
        assertThat(copied).containsExactly(ws.directory().toString());
    }
}
