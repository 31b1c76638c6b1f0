// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Workspace;
import app.afterword.ui.common.Page;
import app.afterword.ui.theme.AppearanceSettings;
import app.afterword.ui.theme.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceOpeningTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Dublin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZONE);

    @TempDir
    Path dir;

    @Test
    void aFirstStartSeedsTheSampleAndStartsOnTheInterview() {
        WorkspaceOpening opened = WorkspaceOpening.open(dir, Locale.UK, ZONE, CLOCK);
        try {
            assertThat(opened.problem()).isNull();
            assertThat(opened.startPage()).isEqualTo(Page.INTERVIEW);
            assertThat(opened.session().copy().company()).isEqualTo("Brightline Transit");
            assertThat(opened.input()).isNotNull();
            assertThat(opened.choice()).isEqualTo(ThemeChoice.SYSTEM);
        } finally {
            opened.close();
        }
    }

    @Test
    void theStoredThemeComesWithTheOpening() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(AppearanceSettings.SECTION, new AppearanceSettings("dark"));
        }
        WorkspaceOpening opened = WorkspaceOpening.open(dir, Locale.UK, ZONE, CLOCK);
        try {
            assertThat(opened.choice()).isEqualTo(ThemeChoice.DARK);
        } finally {
            opened.close();
        }
    }

    @Test
    void aFolderInUseGivesAReasonInsteadOfThrowing() throws Exception {
        try (Workspace holder = Workspace.open(dir)) {
            WorkspaceOpening opened = WorkspaceOpening.open(dir, Locale.UK, ZONE, CLOCK);
            assertThat(opened.workspace()).isNull();
            assertThat(opened.problem()).contains(dir.toString()).contains("--data-dir");
        }
    }

    @Test
    void aDataFolderThatIsAFileGivesTheReason() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        WorkspaceOpening opened = WorkspaceOpening.open(file, Locale.UK, ZONE, CLOCK);
        assertThat(opened.workspace()).isNull();
        assertThat(opened.problem()).contains(file.toString()).contains("--data-dir");
    }

    @Test
    void theLookBegunByTheLauncherIsTakenOnceForTheSameFolder() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.settings().put(AppearanceSettings.SECTION, new AppearanceSettings("dark"));
        }
        WorkspaceOpening.begin(dir.toString());
        WorkspaceOpening.Start first = WorkspaceOpening.take(dir.toString());
        assertThat(first.look().get().choice()).isEqualTo(ThemeChoice.DARK);
        assertThat(first.option()).isEqualTo(dir.toString());
        WorkspaceOpening.Start again = WorkspaceOpening.take(dir.toString());
        assertThat(again).isNotSameAs(first);
        assertThat(again.look().get().choice()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void aLookBegunForAnotherFolderIsNotUsed() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        WorkspaceOpening.begin(other.toString());
        WorkspaceOpening.Start taken = WorkspaceOpening.take(dir.toString());
        assertThat(taken.option()).isEqualTo(dir.toString());
        assertThat(taken.dir().endsWith(dir.getFileName())).isTrue();
    }
}
