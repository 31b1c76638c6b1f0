// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.TemplateException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every template the user can draft with: the bundled ones first, then the user's own. It chooses the template for
 * a kind, medium and tone, and sends each template to the engine it belongs to (class path or sandbox).
 */
public final class TemplateCatalog {
    private final BundledTemplates bundled;
    private final UserTemplates user;

    /**
     * A catalog of the bundled templates and, when a workspace is open, the user's.
     *
     * @param user the user's templates, or null when there is no workspace
     */
    public TemplateCatalog(BundledTemplates bundled, UserTemplates user) {
        if (bundled == null) {
            throw new IllegalArgumentException("the bundled templates are required");
        }
        this.bundled = bundled;
        this.user = user;
    }

    /** Bundled templates, then the user's, each in their own order. */
    public List<TemplateInfo> all() {
        List<TemplateInfo> out = new ArrayList<>(bundled.list());
        if (user != null) {
            out.addAll(user.list());
        }
        return out;
    }

    /** The template with this id. */
    public Optional<TemplateInfo> find(String id) {
        Optional<TemplateInfo> b = bundled.find(id);
        return b.isPresent() || user == null ? b : user.find(id);
    }

    /** A template's text, header included. */
    public Optional<String> text(String id) {
        if (bundled.find(id).isPresent()) {
            return bundled.text(id);
        }
        return user == null ? Optional.empty() : user.text(id);
    }

    /** The media the catalog has templates for, for one kind. */
    public List<Medium> media(NoteKind kind) {
        return all().stream().filter(t -> t.kind() == kind && t.valid()).map(TemplateInfo::medium).distinct()
            .sorted().toList();
    }

    /**
     * The tones there are valid templates for, for one kind and medium, in {@link ToneCoverage#ORDER}: the bundled
     * ones ({@link ToneCoverage#tones}) and any the user added.
     */
    public List<Tone> tones(NoteKind kind, Medium medium) {
        List<Tone> present = all().stream().filter(t -> t.valid() && t.drafts(kind, medium)).map(TemplateInfo::tone)
            .toList();
        return ToneCoverage.ORDER.stream().filter(present::contains).toList();
    }

    /**
     * The template for this kind, medium and tone: a bundled one with that tone, else the user's, else the nearest
     * tone (warm, then formal, then brief); {@link ToneCoverage#explain} says why a tone is missing.
     *
     * @throws DraftException when no template drafts that kind in that medium
     */
    public TemplateInfo choose(NoteKind kind, Medium medium, Tone tone) throws DraftException {
        List<TemplateInfo> fits = all().stream().filter(t -> t.valid() && t.drafts(kind, medium)).toList();
        if (fits.isEmpty()) {
            List<Medium> media = media(kind);
            throw new DraftException(DraftException.Problem.REQUEST, "There is no template for a " + kind.label()
                + " as " + medium.withArticle() + "; it comes as: "
                + String.join(", ", media.stream().map(Medium::id).toList()) + ".");
        }
        return fits.stream().filter(t -> t.tone() == tone).findFirst()
            .orElseGet(() -> fits.stream().min(Comparator.comparingInt(t -> ToneCoverage.ORDER.indexOf(t.tone())))
                .orElseThrow());
    }

    /** Renders a template of this catalog on its own engine. */
    String render(TemplateInfo template, Map<String, Object> variables) throws TemplateException, DraftException {
        if (template.origin() == TemplateInfo.Origin.BUNDLED) {
            return bundled.render(template.id(), variables);
        }
        if (user == null) {
            throw new DraftException("The template '" + template.id() + "' is in a workspace that isn't open.");
        }
        return user.render(template.id(), variables);
    }
}
