// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCheck;
import app.afterword.core.draft.UserTemplates;
import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.interview.Interview;
import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.schedule.ProgressBook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

/** A workspace holding one of everything a person can store: the sample, a note, progress, a template, a word. */
public final class SeededWorkspace {

    /** A note as the review step keeps it (the same shape as the app's edited notes). */
    public record EditedNote(String templateId, Map<String, String> bodies) {
    }

    /** The own template's text. */
    public static final String TEMPLATE = "## kind: thank-you\n## medium: card\n## title: Short card\n"
        + "Dear $interviewer.name,\n\nThank you for the $interview.role interview.\n\n$!candidate.name\n";

    private SeededWorkspace() {
    }

    /**
     * Seeds an open workspace.
     *
     * @return the sample interview's id
     */
    public static String seed(Workspace ws) throws Exception {
        String id = FirstRun.seed(ws).orElseThrow();
        Interview sample = ws.interviews().get(id).orElseThrow();
        ProgressBook.open(ws, Clock.fixed(sample.end().plusHours(2).toInstant(), ZoneOffset.UTC))
            .markSent(sample, null, sample.interviewers().get(0).name(), null);
        ws.records("notes", new JsonRecordCodec<>(ws.json(), EditedNote.class, 1, n -> "the edited notes"))
            .save(id, new EditedNote("thank-you-email", Map.of("p1", "Dear Maria, thank you.")));
        TemplateEngine sandbox = TemplateEngine.sandbox(RenderLimits.DEFAULT);
        new UserTemplates(ws, sandbox, new TemplateCheck(sandbox, SampleInterviews.load(ws.json())))
            .importFile(TEMPLATE.getBytes(StandardCharsets.UTF_8), "card.vtl", null);
        new ProofreadPreferences(ws.settings()).addWord("Brontë");
        ws.interviews().save(id, sample);
        return id;
    }
}
