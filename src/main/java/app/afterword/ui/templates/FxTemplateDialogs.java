// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import app.afterword.ui.common.FxDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The template file dialogs with the JavaFX file chooser; remembers the last folder used. */
public final class FxTemplateDialogs implements TemplateDialogs {

    private final Supplier<Window> owner;
    private final String description;
    private File lastFolder;

    /**
     * Dialogs owned by the window {@code owner} gives.
     *
     * @param description what the files are, for the chooser's filter ("Templates")
     */
    public FxTemplateDialogs(Supplier<Window> owner, String description) {
        this.owner = owner;
        this.description = description;
    }

    @Override
    public Optional<Path> openTemplate(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*.*", "*.*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveTemplate(String title, String fileName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(fileName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*.vtl", "*.txt"));
        chooser.setInitialDirectory(FxDialogs.initialFolder(lastFolder, Path.of(System.getProperty("user.home"))));
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
