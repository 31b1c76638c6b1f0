// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

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
import app.afterword.core.export.ExportFiles;
import app.afterword.core.interview.Interview;
import app.afterword.core.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the templates screen works with: the catalog (bundled and own), the user's templates, the check every own
 * template passes, the drafter for previews, the sample interviews and the saved ones, and where exports go.
 * Built off the UI thread the first time the screen is shown, so opening the window never waits for it.
 *
 * @param user    the user's templates, or null when the templates folder can't be opened
 * @param samples the bundled sample interviews
 * @param saved   the saved interviews, read each time the screen is shown
 * @param files   writes an exported template to a file the person chose
 */
record TemplateServices(TemplateCatalog catalog, UserTemplates user, TemplateCheck check, Drafter drafter,
                        List<SampleInterviews.Sample> samples, Supplier<List<Interview>> saved, FileSink files) {

    /** Writes bytes to a file the person chose. */
    @FunctionalInterface
    interface FileSink {
        /** Writes {@code bytes} to {@code file}, replacing it (the save dialog asked about that already). */
        void write(Path file, byte[] bytes) throws Exception;
    }

    /** The services over an open workspace, as the app runs them. Reads files: call it off the UI thread. */
    static TemplateServices open(Workspace workspace) {
        TemplateEngine sandbox = TemplateEngine.sandbox(RenderLimits.DEFAULT);
        List<SampleInterviews.Sample> samples = SampleInterviews.load(workspace.json());
        TemplateCheck check = new TemplateCheck(sandbox, samples);
        UserTemplates user;
        try {
            user = new UserTemplates(workspace, sandbox, check);
        } catch (IOException e) {
            user = null;
        }
        Drafter drafter = new Drafter(new TemplateCatalog(BundledTemplates.load(), user), sandbox,
            () -> workspace.settings().get(ProfileSettings.SECTION),
            () -> workspace.settings().get(DraftSettings.SECTION));
        ExportFiles exports = new ExportFiles(workspace.writer());
        return new TemplateServices(drafter.catalog(), user, check, drafter, samples,
            () -> new ArrayList<>(workspace.interviews().all().values()),
            (file, bytes) -> exports.write(file.toAbsolutePath().getParent(), file.getFileName().toString(), bytes,
                true));
    }
}
