// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.core.draft.BundledTemplates;
import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.draft.ReadsAs;
import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.TemplateCheck;
import app.afterword.core.draft.UserTemplates;
import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.etiquette.PhraseBook;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.export.CardPdf;
import app.afterword.core.export.CoachHandout;
import app.afterword.core.export.Copier;
import app.afterword.core.export.DesktopOs;
import app.afterword.core.export.EmlWriter;
import app.afterword.core.export.ExportFiles;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.export.FontFile;
import app.afterword.core.export.MailHandoff;
import app.afterword.core.export.MailtoLink;
import app.afterword.core.export.ProcessLauncher;
import app.afterword.core.export.SystemProcessRunner;
import app.afterword.core.proofread.LanguageToolCheckerFactory;
import app.afterword.core.proofread.ProofreadLimits;
import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.proofread.Proofreader;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.store.Json;
import app.afterword.core.store.JsonRecordCodec;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.DeferredPage;
import app.afterword.ui.common.ErrorHandler;
import app.afterword.ui.common.FreezeWatchdog;
import app.afterword.ui.common.FxClipboard;
import app.afterword.ui.common.FxDialogs;
import app.afterword.ui.common.FxTaskRunner;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.Navigation;
import app.afterword.ui.common.NodeIds;
import app.afterword.ui.common.Page;
import app.afterword.ui.common.PageView;
import app.afterword.ui.coach.CoachView;
import app.afterword.ui.coach.CoachViewModel;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.SaveStatus;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.dashboard.HomePage;
import app.afterword.ui.dashboard.HomeSettings;
import app.afterword.ui.dashboard.HomeView;
import app.afterword.ui.editor.Proofreading;
import app.afterword.ui.notes.NoteEdits;
import app.afterword.ui.notes.NoteEditsStore;
import app.afterword.ui.notes.NoteSteps;
import app.afterword.ui.notes.PreparingStepView;
import app.afterword.ui.settings.DataView;
import app.afterword.ui.settings.DataViewModel;
import app.afterword.ui.settings.SettingsView;
import app.afterword.ui.settings.SettingsViewModel;
import app.afterword.ui.templates.TemplatesView;
import app.afterword.ui.theme.AppStyles;
import app.afterword.ui.theme.AppearanceSettings;
import app.afterword.ui.theme.Icons;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.theme.ThemeManager;
import app.afterword.ui.wizard.AboutYouViewModel;
import app.afterword.ui.wizard.ConversationStepViewModel;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WizardViewModel;
import app.afterword.ui.wizard.WorkingCopies;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app and its composition root: the only place that creates services. {@link #init()} opens the
 * workspace and decides what to show before the window exists (off the UI thread); {@link #start(Stage)} wires the
 * screens; {@link #stop()} saves what is unsaved and releases everything.
 */
public final class App extends Application {

    /** The window's size on first start, when the screen has room for it. */
    static final double WIDTH = 1100;
    static final double HEIGHT = 760;
    /** The smallest the window may be made, when the screen has room for it. */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 540;

    /** The workspace folder of the notes as edited in the review step. */
    static final String NOTE_EDITS = "notes";

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Clock clock = Clock.systemDefaultZone();
    private final ZoneId userZone = ZoneId.systemDefault();
    private DateTimeInput input;
    private WorkspaceOpening.Start opening;
    private WorkspaceOpening.Look look;
    private Workspace workspace;
    private WorkingCopies copies;
    private WorkingCopies.Session session;
    private boolean settled;
    private boolean closed;

    private TaskRunner runner;
    private ErrorHandler errors;
    private FreezeWatchdog watchdog;
    private WizardViewModel wizard;
    private NoteSteps notes;
    private SettingsViewModel settings;
    private SaveStatus saves;
    private Proofreading proofreading;
    private DeferredPage home;
    private ThemeManager theme;
    private Navigation navigation;
    private MainWindow window;
    private Stage stage;
    /** The window's place and size while it is neither maximised nor minimised. */
    private Rectangle2D normalBounds;
    /** The "reads as" previews of step 3, over the drafter's phrase analyser once the note services exist. */
    private volatile ReadsAs readsAs;
    private final Thread shutdownFlush = new Thread(this::flushOnShutdown, "afterword-shutdown");

    /**
     * Takes up the reading of the window's look (begun by {@link Desktop#open}, or begun now) and waits for it; loads
     * the icon font beside the UI thread's work on the first frame.
     */
    @Override
    public void init() {
        opening = WorkspaceOpening.take(getParameters().getNamed().get("data-dir"));
        Thread icons = new Thread(Icons::preload, "afterword-icons");
        icons.setDaemon(true);
        icons.start();
        look = opening.look().join();
    }

    /**
     * Shows the window's frame (header, rail, the user's theme) at once. After its first frame the data folder is
     * opened off the UI thread and the screens are built; if it can't be opened, the window says why instead.
     */
    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Messages messages = new Messages();
        errors = new ErrorHandler(FxTaskRunner.uiExecutor(), clock, messages, Duration.ofSeconds(20));
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        runner = new FxTaskRunner(errors::report, clock);
        theme = new ThemeManager(look.choice(), look.system(), this::rememberTheme);
        theme.applyDefault();

        stage.titleProperty().unbind();
        stage.setTitle(messages.get("app.name"));
        navigation = new Navigation(Page.INTERVIEW);
        window = new MainWindow(navigation, theme, errors, messages);
        Scene scene = new Scene(window);
        theme.install(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        place(look.window());
        stage.show();
        afterFirstFrame(scene, () -> runner.run(TaskRunner.Lane.IO, () -> WorkspaceOpening.open(opening,
            Locale.getDefault(Locale.Category.FORMAT), userZone, clock), opened -> opened(opened, messages, scene),
            errors::report));
        Runtime.getRuntime().addShutdownHook(shutdownFlush);
        watchdog = FreezeWatchdog.onFxThread(Duration.ofSeconds(2), stall ->
            LOG.warn("The window did not respond for {} ms. The UI thread was at:\n{}", stall.length().toMillis(),
                stall.uiThreadStack())).start();
    }

    /**
     * Sizes and places the window from the screens' usable areas: where it was last time if that still fits a
     * screen, else as large as it likes to be but never larger than the primary screen, centred on it.
     */
    private void place(WindowSettings saved) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement at = WindowPlacement.of(saved, screens, primary);
        stage.setMinWidth(Math.min(MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, primary.getHeight()));
        stage.setX(at.bounds().getMinX());
        stage.setY(at.bounds().getMinY());
        stage.setWidth(at.bounds().getWidth());
        stage.setHeight(at.bounds().getHeight());
        stage.setMaximized(at.maximized());
        normalBounds = at.bounds();
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((o, was, now) -> track.run());
        stage.yProperty().addListener((o, was, now) -> track.run());
        stage.widthProperty().addListener((o, was, now) -> track.run());
        stage.heightProperty().addListener((o, was, now) -> track.run());
    }

    /** Records where the window is, for the next start. */
    private void rememberWindow() {
        if (stage == null || normalBounds == null) {
            return;
        }
        WindowSettings now = new WindowSettings(normalBounds.getMinX(), normalBounds.getMinY(),
            normalBounds.getWidth(), normalBounds.getHeight(), stage.isMaximized());
        try {
            if (!now.equals(workspace.settings().get(WindowSettings.SECTION))) {
                workspace.settings().put(WindowSettings.SECTION, now);
            }
        } catch (SaveException | RuntimeException e) {
            LOG.debug("The window's place was not remembered", e);
        }
    }

    /** The data folder is open (or can't be): shows the screens, or the reason in place of them. */
    private void opened(WorkspaceOpening opened, Messages messages, Scene scene) {
        if (closed) {
            opened.close();
            return;
        }
        if (opened.problem() != null) {
            window = null;
            scene.setRoot(problemPage(messages, opened.problem()));
            settled = true;
            return;
        }
        workspace = opened.workspace();
        input = opened.input();
        copies = opened.copies();
        session = opened.session();
        if (theme.choiceProperty().get() == look.choice()) {
            theme.choiceProperty().set(opened.choice());
        }
        navigation.show(opened.startPage());
        openScreens(messages, scene);
        settled = true;
    }

    /**
     * Builds the wizard and the other screens into the window, then, after the frame that shows them, the services
     * of steps 4 to 6 (off the UI thread) and LanguageTool.
     */
    private void openScreens(Messages messages, Scene scene) {
        settings = new SettingsViewModel(messages, runner, workspace.settings(), workspace.json(),
            theme.choiceProperty(), errors::report);
        settings.load();
        AboutYouViewModel.Profile profile = new AboutYouViewModel.Profile(settings.name(), settings.signOff(),
            settings.email(), settings.phone(), settings.signature().textProperty(), settings.loadedProperty(),
            settings.signOffChoices());
        ConversationStepViewModel.Phrasing phrasing = (slot, typed) -> {
            ReadsAs previews = readsAs;
            return previews == null ? null : previews.preview(slot, typed);
        };
        wizard = new WizardViewModel(messages, runner, copies, input, userZone, profile, phrasing, errors::report);
        wizard.open(session);
        wizard.stepProperty().addListener((o, was, now) -> {
            if (was == WizardStep.INTERVIEW) {
                // a name typed in "About you" is on disk before the notes are drafted with it
                settings.flush();
            }
        });
        errors.setEmergencySave(wizard::save);
        proofreading = new Proofreading(runner, new ProofreadPreferences(workspace.settings()));
        proofreading.loadSettings();
        home = new DeferredPage(messages.get("nav.preparing"));
        EnumMap<Page, PageView> screens = pages(messages);
        screens.put(Page.HOME, home);
        screens.put(Page.TEMPLATES, TemplatesView.open(workspace, messages, runner, () -> stage));
        screens.put(Page.COACH, coachPage(messages));
        window.open(wizard, PreparingStepView.pages(messages), screens, saves);
        window.wizard().installShortcuts(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
            () -> messages.get("app.windowTitle", wizard.titleProperty().get()), wizard.titleProperty()));
        window.page(navigation.current()).focusFirst();
        afterFirstFrame(scene, () -> runner.run(TaskRunner.Lane.COMPUTE, this::noteServices,
            services -> plugInNotes(services, messages, scene), errors::report));
        if ("off".equals(getParameters().getNamed().get("proofreading"))) {
            proofreading.turnOff();
        } else {
            afterFirstFrame(scene, () -> proofreading.attach(new Proofreader(new LanguageToolCheckerFactory(),
                ProofreadLimits.INTERACTIVE)));
        }
        afterFirstFrame(scene, () -> window.warmUpWizard(runner::onUi));
        theme.effectiveProperty().addListener((o, was, now) -> window.warmUpWizard(runner::onUi));
    }

    /**
     * The screens of the rail besides the wizard, and the header's save state fed by every screen that saves. Only
     * cheap objects are made here: each screen builds its nodes on first view and reads its data on the IO lane.
     */
    private EnumMap<Page, PageView> pages(Messages messages) {
        saves = new SaveStatus(messages, userZone);
        saves.track(wizard.saveStateProperty(), wizard::save);
        saves.track(settings.saveStateProperty(), settings::save);
        errors.setEmergencySave(() -> {
            wizard.save();
            settings.flush();
        });
        EnumMap<Page, PageView> pages = new EnumMap<>(Page.class);
        pages.put(Page.SETTINGS, new SettingsView(settings, messages));
        pages.put(Page.DATA, new DataView(new DataViewModel(messages, runner, workspace, new FxDialogs(() -> stage),
            new ProcessLauncher(new SystemProcessRunner(), DesktopOs.current(), ProcessLauncher.DEFAULT_TIMEOUT),
            new FxClipboard(), new DataViewModel.DeletionHooks() {
                @Override
                public void beforeDelete() {
                    settings.flush();
                    if (notes != null) {
                        notes.flush();
                    }
                    wizard.open(WorkingCopies.fresh(input, userZone, clock.instant()));
                }

                @Override
                public void afterDelete() {
                    settings.load();
                    navigation.show(Page.HOME);
                }
            }), messages));
        return pages;
    }

    /** Builds steps 4 to 6 on their services (made off the UI thread after the first frame) and shows them. */
    private void plugInNotes(NoteSteps.Services services, Messages messages, Scene scene) {
        notes = new NoteSteps(wizard, messages, runner, services, userZone, errors::report);
        wizard.conversationStep().refreshReadsAs();
        wizard.peopleStep().refreshReadsAs();
        notes.proofreadWith(proofreading);
        window.wizard().plugIn(notes.views(messages));
        notes.installShortcuts(scene);
        settings.saveStateProperty().addListener((o, was, now) -> {
            if (now.kind() == SaveState.Kind.SAVED) {
                // the preview drafts with the profile as saved: a new name or sign-off shows at once
                notes.note().refreshPreview();
            }
        });
        saves.track(notes.review().saveStateProperty(), notes.review()::flush);
        // a note marked as sent, a reply, an archive mark: the header's "Saved" follows every record written
        workspace.onRecordWritten(() -> runner.onUi(() -> saves.written(clock.instant())));
        Optional<HomeView> homeView = HomePage.create(new HomePage.Parts(workspace, NOTE_EDITS, services.book(),
            wizard, notes, copies, input, userZone, runner, navigation, messages, services.dialogs(),
            services.files()));
        homeView.ifPresent(h -> wizard.onRemoveSample(id -> {
            navigation.show(Page.HOME);
            h.viewModel().delete(id);
        }));
        home.supply(homeView.orElse(null), messages.get("nav.unavailable"));
    }

    /**
     * Runs {@code action} once the first frame is laid out and drawn, so heavy start-up work (LanguageTool) never
     * competes with the window's first paint.
     */
    private void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        boolean[] done = {false};
        once[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                runner.onUi(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The drafting, etiquette, export and timeline services of steps 4 to 6, on the open workspace. */
    private NoteSteps.Services noteServices() {
        Json json = workspace.json();
        TemplateEngine sandbox = TemplateEngine.sandbox(RenderLimits.DEFAULT);
        UserTemplates user = null;
        try {
            user = new UserTemplates(workspace, sandbox, new TemplateCheck(sandbox, SampleInterviews.load(json)));
        } catch (IOException e) {
            LOG.warn("The templates folder can't be read; drafting with the bundled templates", e);
        }
        Drafter drafter = new Drafter(new TemplateCatalog(BundledTemplates.load(), user), sandbox,
            () -> workspace.settings().get(ProfileSettings.SECTION),
            () -> workspace.settings().get(DraftSettings.SECTION));
        readsAs = new ReadsAs(drafter.phrases());
        EtiquetteChecker checker = new EtiquetteChecker(workspace.settings().get(EtiquetteSettings.SECTION),
            PhraseBook.bundled(json));
        ProgressBook book = null;
        NoteEditsStore edits;
        try {
            book = ProgressBook.open(workspace, clock);
            RecordStore<NoteEdits> store = workspace.records(NOTE_EDITS,
                new JsonRecordCodec<>(json, NoteEdits.class, 1, e -> "edited notes"));
            edits = new NoteEditsStore() {
                @Override
                public Optional<NoteEdits> load(String interviewId) {
                    return RecordStore.isValidId(interviewId) ? store.get(interviewId) : Optional.empty();
                }

                @Override
                public void save(String interviewId, NoteEdits value) throws SaveException {
                    if (RecordStore.isValidId(interviewId)) {
                        store.save(interviewId, value);
                    }
                }
            };
        } catch (IOException e) {
            LOG.warn("The progress or notes folder can't be opened; edits are kept until the window closes", e);
            edits = new NoteEditsStore() {
                private final java.util.Map<String, NoteEdits> kept = new java.util.concurrent.ConcurrentHashMap<>();

                @Override
                public Optional<NoteEdits> load(String interviewId) {
                    return Optional.ofNullable(kept.get(interviewId));
                }

                @Override
                public void save(String interviewId, NoteEdits value) {
                    kept.put(interviewId, value);
                }
            };
        }
        ExportFiles files = new ExportFiles(workspace.writer());
        return new NoteSteps.Services(drafter, checker, book, edits, new Copier(new FxClipboard()),
            new MailHandoff(new ProcessLauncher(new SystemProcessRunner(), DesktopOs.current(),
                ProcessLauncher.DEFAULT_TIMEOUT), MailtoLink.DEFAULT_LIMIT), new EmlWriter(clock),
            new CardPdf(FontFile.bundled()), () -> workspace.settings().get(ExportSettings.SECTION),
            new FxDialogs(() -> stage), (path, bytes) -> files.write(path.toAbsolutePath().getParent(),
                path.getFileName().toString(), bytes, true));
    }

    /** The coach screen; its library, checker and handout font are made when it is first shown, off the UI thread. */
    private PageView coachPage(Messages messages) {
        Json json = workspace.json();
        ExportFiles files = new ExportFiles(workspace.writer());
        return new CoachView(new CoachViewModel(messages, runner, new CoachViewModel.Services(
            () -> ScenarioLibrary.bundled(json), () -> new EtiquetteChecker(workspace.settings().get(
                EtiquetteSettings.SECTION), PhraseBook.bundled(json)), () -> new CoachHandout(FontFile.bundled()),
            CoachHandout.Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT)), new FxDialogs(() -> stage),
            (path, bytes) -> files.write(path.toAbsolutePath().getParent(), path.getFileName().toString(), bytes,
                true))), messages, runner);
    }

    private Parent problemPage(Messages messages, String reason) {
        Label title = new Label(messages.get("startup.title"));
        title.getStyleClass().add(AppStyles.PLACEHOLDER_TITLE);
        Label problem = new Label(reason);
        problem.setId(NodeIds.STARTUP_PROBLEM);
        problem.getStyleClass().add(AppStyles.PLACEHOLDER_TEXT);
        problem.setWrapText(true);
        problem.setFocusTraversable(true);
        problem.setAccessibleText(reason);
        VBox card = new VBox(Icons.of(Feather.ALERT_CIRCLE, AppStyles.PLACEHOLDER_ICON), title, problem);
        card.getStyleClass().addAll(AppStyles.PLACEHOLDER, AppStyles.STARTUP_PROBLEM);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        page.getStyleClass().addAll(AppStyles.SHELL, AppStyles.STARTUP_PAGE);
        return page;
    }

    private void rememberTheme(ThemeChoice choice) {
        if (workspace == null) {
            return;
        }
        runner.run(TaskRunner.Lane.IO, () -> {
            workspace.settings().put(AppearanceSettings.SECTION, new AppearanceSettings(choice.key()));
            return choice;
        }, saved -> { }, null);
    }

    /**
     * On SIGTERM or logout the JVM ends without {@link #stop()}: take what is typed on the UI thread, if it still
     * answers, and let the writes finish, within a few seconds.
     */
    private void flushOnShutdown() {
        CountDownLatch taken = new CountDownLatch(1);
        runner.onUi(() -> {
            try {
                if (notes != null) {
                    notes.flush();
                }
                if (wizard != null) {
                    wizard.flush();
                }
                if (settings != null) {
                    settings.flush();
                }
            } finally {
                taken.countDown();
            }
        });
        try {
            taken.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner.shutdown(Duration.ofSeconds(2));
    }

    /** Records the screen showing at close, so the next start knows whether the wizard was left mid-way. */
    private void rememberPage() {
        if (navigation == null) {
            return;
        }
        HomeSettings shown = new HomeSettings(navigation.current().key());
        try {
            if (!shown.equals(workspace.settings().get(HomeSettings.SECTION))) {
                workspace.settings().put(HomeSettings.SECTION, shown);
            }
        } catch (SaveException | RuntimeException e) {
            LOG.debug("The page shown at close was not remembered", e);
        }
    }

    @Override
    public void stop() throws IOException {
        closed = true;
        if (stage != null) {
            stage.titleProperty().unbind();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownFlush);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Already shutting down, or never registered: the hook does the flushing then.
            LOG.debug("Shutdown hook not removed");
        }
        if (notes != null) {
            notes.flush();
        }
        if (wizard != null) {
            wizard.flush();
        }
        if (settings != null) {
            settings.flush();
        }
        if (window != null) {
            window.closing();
        }
        if (runner != null) {
            runner.shutdown(Duration.ofSeconds(3));
        }
        if (proofreading != null) {
            proofreading.close();
        }
        if (watchdog != null) {
            watchdog.close();
        }
        if (workspace != null) {
            rememberPage();
            rememberWindow();
            workspace.close();
        }
    }

    /** Whether the screens (or the reason they can't open) have taken the place of the first frame, for UI tests. */
    boolean settled() {
        return settled;
    }

    /** The wizard, for UI tests. */
    WizardViewModel wizard() {
        return wizard;
    }

    /** Steps 4 to 6, for UI tests. */
    NoteSteps notes() {
        return notes;
    }

    /** Which screen shows, for UI tests. */
    Navigation navigation() {
        return navigation;
    }

    /** The main window, for UI tests. */
    MainWindow window() {
        return window;
    }

    /** The proofreading service, for UI tests. */
    Proofreading proofreading() {
        return proofreading;
    }

    /** The theme, for UI tests. */
    ThemeManager theme() {
        return theme;
    }

    /** The task runner, for UI tests. */
    TaskRunner runner() {
        return runner;
    }

    /** Where the app started, for UI tests that go back to it. */
    WorkingCopies.Session wizardStart() {
        return session;
    }

    /** The settings screen's ViewModel, for UI tests. */
    SettingsViewModel settings() {
        return settings;
    }

    /** The header's save state, for UI tests. */
    SaveStatus saves() {
        return saves;
    }

    /** The error handler, for UI tests. */
    ErrorHandler errors() {
        return errors;
    }
}
