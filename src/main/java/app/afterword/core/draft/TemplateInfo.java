// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import java.util.List;

/**
 * What the catalog knows about a template without rendering it: what it drafts, what it is called, and which
 * interview fields it uses (read from the template itself, so it never goes stale) and needs.
 *
 * @param id          the template's id ("thank-you-email-warm", "user-my-note")
 * @param kind        the kind of note it drafts
 * @param medium      where the note goes
 * @param tone        its voice
 * @param title       a short name for lists
 * @param description one line on when to use it
 * @param fields      the model fields it refers to ("interviewer.topic"), sorted
 * @param requires    fields that must have a value for it to draft a note ("interview.ideas")
 * @param origin      bundled with the app, or written by the user
 * @param valid       false for a user template saved with errors; it can't draft until fixed
 */
public record TemplateInfo(String id, NoteKind kind, Medium medium, Tone tone, String title, String description,
                           List<String> fields, List<String> requires, Origin origin, boolean valid) {

    /** Where a template comes from. */
    public enum Origin {
        /** Shipped with the app, read from the class path. */
        BUNDLED,
        /** Written or imported by the user, kept in the workspace, rendered in the sandbox. */
        USER
    }

    /** Requires the identifying parts; copies the lists. */
    public TemplateInfo {
        if (id == null || id.isBlank() || kind == null || medium == null || tone == null || origin == null) {
            throw new IllegalArgumentException("id, kind, medium, tone and origin are required");
        }
        title = title == null || title.isBlank() ? id : title.strip();
        description = description == null ? "" : description.strip();
        fields = List.copyOf(fields == null ? List.of() : fields);
        requires = List.copyOf(requires == null ? List.of() : requires);
    }

    /** True when the template drafts this kind and medium. */
    public boolean drafts(NoteKind k, Medium m) {
        return kind == k && medium == m;
    }
}
