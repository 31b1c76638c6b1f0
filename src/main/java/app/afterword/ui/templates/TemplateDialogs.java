// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file dialogs of the templates screen: which file to import, and where to export. The app shows the JavaFX
 * file chooser; tests answer at once.
 */
public interface TemplateDialogs {

    /** Asks for a template file to import; empty when the person cancelled. */
    Optional<Path> openTemplate(String title);

    /** Asks where to export a template, suggesting {@code fileName}; empty when the person cancelled. */
    Optional<Path> saveTemplate(String title, String fileName);
}
