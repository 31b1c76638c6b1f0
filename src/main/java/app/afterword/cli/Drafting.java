// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.BundledTemplates;
import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.TemplateCheck;
import app.afterword.core.draft.UserTemplates;
import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The drafting services for one command, wired here (the command line's composition root for drafting). The
 * workspace is used only when it already exists, so drafting from a file never creates a data folder; when another
 * Afterword holds it, drafting goes on with the bundled templates and no profile.
 */
final class Drafting {
    final TemplateEngine sandbox;
    final List<SampleInterviews.Sample> samples;
    final TemplateCheck check;
    final UserTemplates user;
    final TemplateCatalog catalog;
    final Drafter drafter;
    final Workspace workspace;

    private Drafting(CliContext c, boolean needWorkspace) {
        sandbox = TemplateEngine.sandbox(RenderLimits.DEFAULT);
        samples = SampleInterviews.load(c.json());
        check = new TemplateCheck(sandbox, samples);
        workspace = needWorkspace ? c.workspace() : existingWorkspace(c);
        try {
            user = workspace == null ? null : new UserTemplates(workspace, sandbox, check);
        } catch (IOException e) {
            throw new CliException("Can't read the templates folder in " + c.dataDirectory() + " ("
                + e.getClass().getSimpleName() + ").", Cli.USAGE);
        }
        catalog = new TemplateCatalog(BundledTemplates.load(), user);
        drafter = new Drafter(catalog, sandbox,
            () -> workspace == null ? ProfileSettings.EMPTY : workspace.settings().get(ProfileSettings.SECTION),
            () -> workspace == null ? DraftSettings.DEFAULTS : workspace.settings().get(DraftSettings.SECTION));
    }

    /** The profile in the settings, or an empty one without a workspace. */
    ProfileSettings profile() {
        return workspace == null ? ProfileSettings.EMPTY : workspace.settings().get(ProfileSettings.SECTION);
    }

    /** Services that use the workspace when it exists. */
    static Drafting open(CliContext c) {
        return new Drafting(c, false);
    }

    /** Services for commands that change user templates: the workspace is opened (and created) if needed. */
    static Drafting withWorkspace(CliContext c) {
        return new Drafting(c, true);
    }

    private static Workspace existingWorkspace(CliContext c) {
        if (!Files.isDirectory(c.dataDirectory())) {
            return null;
        }
        try {
            return c.workspace();
        } catch (CliException e) {
            c.err().println("Note: " + e.getMessage() + " Drafting with the bundled templates and without your "
                + "profile.");
            return null;
        }
    }
}
