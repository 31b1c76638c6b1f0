// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.draft.sandbox.TemplateSource;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drafts the notes for an interview in the chosen kind, medium and tone, for the people that kind goes to (see
 * {@link Audience}): a thank-you to each interviewer, a follow-up to the one contact. Each note is built from that
 * person's own topics and rapport. Candidate details missing from the interview come from the profile settings.
 * Thread-safe; rendering takes milliseconds, but the UI still calls it off the FX thread.
 */
public final class Drafter {
    private final TemplateCatalog catalog;
    private final TemplateEngine sandbox;
    private final Supplier<ProfileSettings> profile;
    private final Supplier<DraftSettings> settings;
    private final PhraseAnalyser phrases = new PhraseAnalyser();

    /**
     * A drafter over a catalog.
     *
     * @param sandbox  the engine that renders user templates and previews
     * @param profile  the current profile (read at every draft, so edits apply at once)
     * @param settings the current drafting settings
     */
    public Drafter(TemplateCatalog catalog, TemplateEngine sandbox, Supplier<ProfileSettings> profile,
                   Supplier<DraftSettings> settings) {
        if (catalog == null || sandbox == null || profile == null || settings == null) {
            throw new IllegalArgumentException("catalog, sandbox, profile and settings are required");
        }
        this.catalog = catalog;
        this.sandbox = sandbox;
        this.profile = profile;
        this.settings = settings;
    }

    /** The analyser that reads the interview's items for this drafter's notes; its answers are remembered. */
    public PhraseAnalyser phrases() {
        return phrases;
    }

    /** The catalog this drafter chooses from. */
    public TemplateCatalog catalog() {
        return catalog;
    }

    /**
     * The template a request will use: the one named by id, else the best fit for its kind, medium and tone.
     *
     * @throws DraftException when the id is unknown, the template has errors, or nothing fits
     */
    public TemplateInfo choose(DraftRequest request) throws DraftException {
        if (request.templateId() != null) {
            TemplateInfo t = catalog.find(request.templateId()).orElseThrow(() -> new DraftException(
                DraftException.Problem.REQUEST, "There is no template with id '" + request.templateId()
                + "'. See the ids with: afterword templates list"));
            if (!t.valid()) {
                throw new DraftException(DraftException.Problem.TEMPLATE, "The template '" + t.title() + "' has "
                    + "errors; fix it before drafting with it.");
            }
            return t;
        }
        return catalog.choose(request.kindOrDefault(), request.mediumOrDefault(), request.toneOrDefault());
    }

    /**
     * Drafts the notes a request asks for, in interviewer order: to the named recipient, else to the people the
     * kind goes to ({@link Audience#of(NoteKind)}).
     *
     * @throws DraftException with a plain-words reason (and template errors with line and column, if any)
     */
    public List<Draft> draft(Interview interview, DraftRequest request) throws DraftException {
        return draft(interview, request, null);
    }

    /**
     * Drafts the notes a request asks for to the given audience instead of the kind's own, as when a thank-you
     * goes to the host as well (etiquette P4).
     *
     * @param audience who receives the notes, or null for the kind's audience
     * @throws DraftException with a plain-words reason, or naming the part to add when nobody fits the audience
     */
    public List<Draft> draft(Interview interview, DraftRequest request, Audience audience) throws DraftException {
        TemplateInfo template = choose(request);
        return NoteRenderer.draft(template, vars -> catalog.render(template, vars), interview, candidate(),
            currentSettings(), audience != null ? audience : Audience.of(template.kind()), request.recipient(),
            request.cc(), phrases);
    }

    /** {@link #preview(String, Interview, DraftRequest)} to the kind's audience, kind and medium from the header. */
    public List<Draft> preview(String templateText, Interview interview) throws DraftException {
        return preview(templateText, interview, DraftRequest.DEFAULT);
    }

    /**
     * Drafts with template text that is not saved yet (the template editor's preview), in the sandbox.
     *
     * @param request kind, medium and tone to assume when the text's header does not say, and the recipient
     */
    public List<Draft> preview(String templateText, Interview interview, DraftRequest request)
        throws DraftException {
        TemplateHeader h = TemplateHeader.parse(templateText);
        TemplateInfo info = new TemplateInfo("preview", h.kind() != null ? h.kind() : request.kindOrDefault(),
            h.medium() != null ? h.medium() : request.mediumOrDefault(), h.tone() != null ? h.tone()
            : request.toneOrDefault(), h.title() == null ? "Preview" : h.title(), h.description(), List.of(),
            h.requires(), TemplateInfo.Origin.USER, true);
        TemplateSource source = new TemplateSource.Text(info.title(), templateText);
        var syntax = sandbox.check(source);
        if (!syntax.isEmpty()) {
            throw new DraftException("'" + info.title() + "' can't be read: " + syntax.get(0), syntax);
        }
        return NoteRenderer.draft(info, vars -> sandbox.render(source, vars), interview, candidate(),
            currentSettings(), Audience.of(info.kind()), request.recipient(), request.cc(), phrases);
    }

    /**
     * The interviewer a name given by the user means, matched as drafting matches {@code --to}: the full name, or
     * else one word of it or its beginning ("priya", "Maria" for "María José Ortega"), ignoring case and accents, as
     * long as only one person matches. Checking a note then finds the same person its draft was for.
     *
     * @throws DraftException naming the interviewers when no one, or more than one, matches
     */
    public static Interviewer recipient(Interview interview, String name) throws DraftException {
        if (interview == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an interview and a name are required");
        }
        return interview.interviewers().get(NoteRenderer.recipients(interview, name).get(0));
    }

    /** The character limit of a medium under the current settings, or 0 for none. */
    public int limit(Medium medium) {
        return medium == Medium.LINKEDIN_NOTE ? currentSettings().linkedinNoteLimit() : 0;
    }

    /** True when a draft is longer than its medium allows. */
    public boolean overLimit(Draft draft) {
        int limit = limit(draft.medium());
        return limit > 0 && draft.body().length() > limit;
    }

    private ProfileSettings candidate() {
        ProfileSettings p = profile.get();
        return p == null ? ProfileSettings.EMPTY : p;
    }

    private DraftSettings currentSettings() {
        DraftSettings s = settings.get();
        return s == null ? DraftSettings.DEFAULTS : s;
    }
}
