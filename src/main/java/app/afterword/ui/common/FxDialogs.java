// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the desktop app, owned by the main window; remembers the last folder used. */
public final class FxDialogs implements DialogService {

    private final Supplier<Window> owner;
    private File lastFolder;

    /** Dialogs owned by the window {@code owner} gives. */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /**
     * Where a file dialog opens: the folder used last, else the person's Documents folder, else their home folder;
     * never the folder the app happened to be started from.
     *
     * @return the folder, or null when none of them exists (the dialog then picks its own)
     */
    public static File initialFolder(File lastFolder, Path home) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            return lastFolder;
        }
        if (home == null) {
            return null;
        }
        File documents = home.resolve("Documents").toFile();
        if (documents.isDirectory()) {
            return documents;
        }
        return home.toFile().isDirectory() ? home.toFile() : null;
    }

    @Override
    public Optional<Path> saveFile(String title, String fileName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialDirectory(initialFolder(lastFolder, Path.of(System.getProperty("user.home"))));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
