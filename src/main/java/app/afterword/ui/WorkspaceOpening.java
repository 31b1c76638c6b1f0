// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.core.store.DataDirectory;
import app.afterword.core.store.FirstRun;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import app.afterword.core.store.WorkspaceLockedException;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.Page;
import app.afterword.ui.dashboard.HomeSettings;
import app.afterword.ui.theme.AppearanceSettings;
import app.afterword.ui.theme.SystemTheme;
import app.afterword.ui.theme.Theme;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.wizard.WorkingCopies;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the window needs from the data folder before it can show a screen: the open workspace, the interview
 * to resume and the screen to start on. Reading it is disk and CPU work (a lock, a first-run sample written with
 * fsync, the JSON mapper, the settings), done off the UI thread after the window's first frame: on two cores it
 * would otherwise slow that frame down. The first frame needs only its {@link Look}, which the launcher starts
 * reading before JavaFX starts.
 *
 * @param workspace the open workspace, or null when it could not be opened
 * @param input     how dates and times are read and shown in the user's locale (its formats take a moment to build)
 * @param copies    the wizard's working copies, or null with a problem
 * @param session   the interview the wizard resumes, or null with a problem
 * @param startPage the screen to show first
 * @param choice    the theme chosen in the settings
 * @param problem   what stops the app from opening the data folder, in the user's terms; null when it opened
 */
record WorkspaceOpening(Workspace workspace, DateTimeInput input, WorkingCopies copies, WorkingCopies.Session session,
                        Page startPage, ThemeChoice choice, String problem) {

    /**
     * The window before the data folder is open: its colours (the choice as the settings file states it and the
     * desktop's own look) and where it was last time.
     */
    record Look(ThemeChoice choice, Theme system, WindowSettings window) {

        /** A look with no window place recorded. */
        Look(ThemeChoice choice, Theme system) {
            this(choice, system, WindowSettings.SECTION.defaults());
        }
    }

    /**
     * The look of one data folder, being read.
     *
     * @param problem why no folder could be chosen (an empty {@code AFTERWORD_DATA_DIR}), with a null {@code dir};
     *                null when a folder was chosen
     */
    record Start(String option, Path dir, CompletableFuture<Look> look, String problem) {
    }

    private static final AtomicReference<Start> EARLY = new AtomicReference<>();

    /**
     * Starts reading the look of the data folder named by {@code dataDirOption} (null: the default) on a background
     * thread. The next {@link #take} for the same option gets it.
     */
    static void begin(String dataDirOption) {
        EARLY.set(start(dataDirOption));
    }

    /** What {@link #begin} started for {@code dataDirOption}, or, when nothing was, the same started now. */
    static Start take(String dataDirOption) {
        Start early = EARLY.getAndSet(null);
        return early != null && Objects.equals(early.option(), dataDirOption) ? early : start(dataDirOption);
    }

    private static Start start(String option) {
        Path chosen;
        String problem = null;
        try {
            chosen = DataDirectory.resolve(option);
        } catch (IllegalArgumentException e) {
            chosen = null;
            problem = e.getMessage();
        }
        Path dir = chosen;
        CompletableFuture<Look> look = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            look.complete(new Look(dir == null ? ThemeChoice.SYSTEM
                : AppearanceSettings.peek(dir.resolve(Workspace.SETTINGS_FILE)), SystemTheme.detect(),
                dir == null ? WindowSettings.SECTION.defaults() : WindowSettings.peek(dir.resolve(
                    Workspace.SETTINGS_FILE))));
            // the logging facade searches every jar for its provider on first use; that happens here, beside
            // JavaFX's start, rather than on the UI thread's way to the first frame
            log().debug("Window look read for {}", dir);
        }, "afterword-look");
        t.setDaemon(true);
        t.start();
        return new Start(option, dir, look, problem);
    }

    private static Logger log() {
        return LoggerFactory.getLogger(WorkspaceOpening.class);
    }

    /** Opens the data folder {@code start} chose now, or says why none was chosen. Never throws. */
    static WorkspaceOpening open(Start start, Locale locale, ZoneId zone, Clock clock) {
        if (start.problem() != null) {
            return failed(null, new DateTimeInput(locale), start.problem());
        }
        return open(start.dir(), locale, zone, clock);
    }

    /** Opens the data folder {@code dir} now. Never throws: what goes wrong becomes {@link #problem()}. */
    static WorkspaceOpening open(Path dir, Locale locale, ZoneId zone, Clock clock) {
        DateTimeInput input = new DateTimeInput(locale);
        Workspace workspace = null;
        try {
            workspace = Workspace.open(dir);
            Optional<String> seeded = FirstRun.seed(workspace, clock.instant(), zone);
            WorkingCopies copies = WorkingCopies.open(workspace);
            WorkingCopies.Session session = copies.start(seeded, input, zone, clock.instant());
            Page start = workspace.settings().get(HomeSettings.SECTION).startPage(seeded.isPresent(), session.copy());
            ThemeChoice choice = workspace.settings().get(AppearanceSettings.SECTION).choice();
            return new WorkspaceOpening(workspace, input, copies, session, start, choice, null);
        } catch (WorkspaceLockedException e) {
            return failed(workspace, input, e.getMessage());
        } catch (IOException e) {
            return failed(workspace, input, "Afterword can't open its data folder " + dir + ". Check that it is "
                + "writable, or start Afterword with --data-dir pointing to another folder.");
        } catch (SaveException e) {
            return failed(workspace, input, e.getMessage());
        } catch (RuntimeException e) {
            log().warn("The data folder could not be opened", e);
            return failed(workspace, input, "Afterword can't read its data folder " + dir + ". Your files are "
                + "untouched; start Afterword with --data-dir pointing to another folder to carry on.");
        }
    }

    private static WorkspaceOpening failed(Workspace opened, DateTimeInput input, String problem) {
        if (opened != null) {
            try {
                opened.close();
            } catch (IOException e) {
                // the lock goes with the process
            }
        }
        return new WorkspaceOpening(null, input, null, null, Page.INTERVIEW, ThemeChoice.SYSTEM, problem);
    }

    /** Releases the workspace of an opening nobody took up. */
    void close() {
        if (workspace != null) {
            try {
                workspace.close();
            } catch (IOException e) {
                // the lock goes with the process
            }
        }
    }
}
