// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs a screen asks the person through. ViewModels call it on the UI thread; the app implements it with the
 * JavaFX file chooser, tests with a fake that answers at once.
 */
public interface DialogService {

    /**
     * Asks where to save a file; the dialog asks about replacing an existing file itself.
     *
     * @param title       the dialog's title
     * @param fileName    the suggested file name
     * @param description what the file is ("E-mail draft")
     * @param extension   the extension without the dot ("eml")
     * @return the chosen path, or empty when the person cancelled
     */
    Optional<Path> saveFile(String title, String fileName, String description, String extension);
}
