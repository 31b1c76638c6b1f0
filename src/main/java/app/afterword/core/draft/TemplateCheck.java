// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.draft.sandbox.TemplateSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries a user's template before it is trusted: reads its header, parses it, and drafts it in the sandbox for every
 * interviewer of every sample interview — full, minimal and panel — so a typo, a missing {@code #if} around an
 * optional field or leftover markup is reported with its line and column before any real note depends on it.
 */
public final class TemplateCheck {
    private static final int MAX_ERRORS = 10;

    private final TemplateEngine sandbox;
    private final List<SampleInterviews.Sample> samples;
    private final PhraseAnalyser phrases = new PhraseAnalyser();

    /** A check that renders in {@code sandbox} against {@code samples}. */
    public TemplateCheck(TemplateEngine sandbox, List<SampleInterviews.Sample> samples) {
        if (sandbox == null || samples == null || samples.isEmpty()) {
            throw new IllegalArgumentException("a sandbox and at least one sample are required");
        }
        this.sandbox = sandbox;
        this.samples = List.copyOf(samples);
    }

    /** The result: the problems found, and how many notes were drafted without a problem. */
    public record Result(List<TemplateError> errors, int notesDrafted, int samplesSkipped) {
        /** Copies the list. */
        public Result {
            errors = List.copyOf(errors);
        }

        /** True when the template drafted notes and nothing is wrong. */
        public boolean ok() {
            return errors.isEmpty() && notesDrafted > 0;
        }
    }

    /**
     * Checks a template's text.
     *
     * @param name     the template's name for messages (its file name, or its title)
     * @param text     the whole template, header included, so line numbers match the file
     * @param defaults kind, medium and tone to assume when the header does not say (may be null)
     */
    public Result check(String name, String text, TemplateHeader defaults) {
        TemplateHeader h = TemplateHeader.parse(text);
        List<TemplateError> errors = new ArrayList<>();
        h.problems().forEach(p -> errors.add(new TemplateError(name, 0, 0, 0, p)));
        NoteKind kind = h.kind() != null ? h.kind() : defaults == null ? null : defaults.kind();
        Medium medium = h.medium() != null ? h.medium() : defaults == null ? null : defaults.medium();
        Tone tone = h.tone() != null ? h.tone() : defaults == null || defaults.tone() == null ? Tone.WARM
            : defaults.tone();
        if (kind == null) {
            errors.add(new TemplateError(name, 0, 0, 0, "Say what kind of note this template drafts: add a first "
                + "line such as `## kind: thank-you` (one of " + NoteKind.choices() + ")."));
        }
        if (medium == null) {
            errors.add(new TemplateError(name, 0, 0, 0, "Say where the note goes: add a line such as "
                + "`## medium: email` (one of " + Medium.choices() + ")."));
        }
        TemplateSource source = new TemplateSource.Text(name, text);
        errors.addAll(sandbox.check(source));
        if (!errors.isEmpty() || kind == null || medium == null) {
            return new Result(errors, 0, 0);
        }
        TemplateInfo info = new TemplateInfo(name, kind, medium, tone, h.title(), h.description(), List.of(),
            h.requires(), TemplateInfo.Origin.USER, true);
        Map<String, TemplateError> found = new LinkedHashMap<>();
        int drafted = 0;
        int skipped = 0;
        for (SampleInterviews.Sample s : samples) {
            try {
                drafted += NoteRenderer.draft(info, vars -> sandbox.render(source, vars), s.interview(),
                    ProfileSettings.EMPTY, DraftSettings.DEFAULTS, null, null, null, phrases).size();
            } catch (DraftException e) {
                if (e.errors().isEmpty()) {
                    skipped++;
                    if (skipped == samples.size()) {
                        found.putIfAbsent(e.getMessage(), new TemplateError(name, 0, 0, 0, "No sample interview "
                            + "could be drafted: " + e.getMessage()));
                    }
                }
                for (TemplateError err : e.errors()) {
                    if (found.size() < MAX_ERRORS) {
                        found.putIfAbsent(err.toString(), err);
                    }
                }
            }
        }
        return new Result(new ArrayList<>(found.values()), drafted, skipped);
    }
}
