// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The metadata of one user template as saved in the workspace ({@code templates/ID.json}); the template text is
 * saved beside it ({@code templates/ID.vtl}). The title is only metadata: the file names come from a generated id,
 * so a title such as {@code ../../.bashrc} or {@code CON} is harmless.
 *
 * @param schemaVersion the record's format version
 * @param id            the generated id, equal to the file name
 * @param kind          the kind's id ("thank-you")
 * @param medium        the medium's id ("email")
 * @param tone          the tone's id ("warm")
 * @param title         the name the user gave it
 * @param description   one line on when to use it
 * @param requires      fields that must have a value
 * @param valid         false when it was saved with errors; it can't draft until fixed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredTemplate(int schemaVersion, String id, String kind, String medium, String tone, String title,
                             String description, List<String> requires, boolean valid) {

    /** The format version this app writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Requires an id, kind and medium; copies the list. */
    public StoredTemplate {
        if (id == null || id.isBlank() || kind == null || medium == null) {
            throw new IllegalArgumentException("id, kind and medium are required");
        }
        requires = List.copyOf(requires == null ? List.of() : requires);
    }
}
