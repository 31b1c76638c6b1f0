// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.editor;

import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.proofread.ProofreadSettings;
import app.afterword.core.proofread.ProofreadState;
import app.afterword.core.proofread.Proofreader;
import app.afterword.core.proofread.StateListener;
import app.afterword.core.proofread.Variant;
import app.afterword.core.store.SaveException;
import app.afterword.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's one proofreading service as the editors see it. The {@link Proofreader} (and LanguageTool inside it) is
 * created after the window is shown, so until it is {@link #attach attached} every editor works and says that
 * proofreading is starting. It also keeps the user's proofreading settings and saves dictionary words and ignored
 * rules; every editor listens to {@link #settingsProperty()} and checks its note again when they change.
 *
 * <p>All properties are written on the UI thread; the proofreader's own thread only posts news through the runner.
 */
public final class Proofreading {

    private final TaskRunner runner;
    private final ProofreadPreferences preferences;
    private final ReadOnlyObjectWrapper<Proofreader> proofreader = new ReadOnlyObjectWrapper<>(this, "proofreader");
    private final ReadOnlyObjectWrapper<ProofreadState> state = new ReadOnlyObjectWrapper<>(this, "state",
        ProofreadState.STARTING);
    private final ReadOnlyObjectWrapper<ProofreadSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings",
        ProofreadSettings.SECTION.defaults());
    private final StateListener listener = (variant, now) -> postState();
    private boolean off;

    /**
     * Creates the service without a proofreader yet.
     *
     * @param preferences where the dictionary and the ignored rules are kept; null keeps them for this run only
     */
    public Proofreading(TaskRunner runner, ProofreadPreferences preferences) {
        this.runner = runner;
        this.preferences = preferences;
    }

    /** Reads the saved settings off the UI thread; editors check again once they are in. */
    public void loadSettings() {
        if (preferences == null) {
            return;
        }
        runner.run(TaskRunner.Lane.IO, preferences::current, settings::set, e -> { });
    }

    /** Hands over the proofreader once it exists, and starts its checker for the user's English in the background. */
    public void attach(Proofreader p) {
        if (p == null || proofreader.get() != null || off) {
            return;
        }
        p.addStateListener(listener);
        proofreader.set(p);
        p.start(variant());
        updateState();
    }

    /** Proofreading stays off for this session (the app was started with it turned off). */
    public void turnOff() {
        if (proofreader.get() == null) {
            off = true;
            state.set(ProofreadState.OFF);
        }
    }

    private void postState() {
        runner.onUi(this::updateState);
    }

    private void updateState() {
        if (off) {
            return;
        }
        Proofreader p = proofreader.get();
        ProofreadState s = p == null ? ProofreadState.STARTING : p.state(variant());
        state.set(s == ProofreadState.IDLE ? ProofreadState.STARTING : s);
    }

    /** The English notes are checked in. */
    public Variant variant() {
        return settings.get().variant();
    }

    /** Adds the word to the personal dictionary (saved at once); {@code onProblem} hears why it could not be. */
    public void addWord(String word, Consumer<String> onProblem) {
        change(() -> preferences != null ? preferences.addWord(word) : settings.get().withWord(word), onProblem);
    }

    /** Stops reporting the rule in every note (saved at once). */
    public void ignoreRule(String rule, Consumer<String> onProblem) {
        change(() -> preferences != null ? preferences.ignoreRule(rule) : settings.get().withIgnoredRule(rule),
            onProblem);
    }

    private void change(Callable<ProofreadSettings> work, Consumer<String> onProblem) {
        runner.run(TaskRunner.Lane.IO, work, changed -> {
            settings.set(changed);
            updateState();
        }, e -> {
            if (e instanceof IllegalArgumentException || e instanceof SaveException) {
                onProblem.accept(e.getMessage());
            } else {
                onProblem.accept(e.getClass().getSimpleName());
            }
        });
    }

    /** The proofreader, or null while it is being created. */
    public ReadOnlyObjectProperty<Proofreader> proofreaderProperty() {
        return proofreader.getReadOnlyProperty();
    }

    /** Where the checker for the user's English stands; STARTING until the proofreader is attached. */
    public ReadOnlyObjectProperty<ProofreadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The user's proofreading settings as last read or changed. */
    public ReadOnlyObjectProperty<ProofreadSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Stops the proofreader, if there is one (the app closes). */
    public void close() {
        Proofreader p = proofreader.get();
        if (p != null) {
            p.removeStateListener(listener);
            p.close();
        }
    }
}
