// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.draft.sandbox.TemplateException;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Text;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns one template into finished notes for an interview: one per receiver of its {@link Audience} (or for the one
 * person asked for), each checked for the fields it needs, rendered, tidied, split into subject and body, and refused
 * if any template markup is left in it. A length-limited note is rendered again in its shorter forms until it fits.
 */
final class NoteRenderer {

    /** The highest brevity level a template is asked for. */
    static final int MAX_BREVITY = 2;

    private static final Map<String, String> NEEDS = Map.ofEntries(
        Map.entry("interview.ideas", "an idea you can offer (`ideas` in the interview)"),
        Map.entry("interview.clarifications", "a point to clarify (`clarifications` in the interview)"),
        Map.entry("interview.skills", "a skill to restate (`skills` in the interview)"),
        Map.entry("interview.topics", "a topic you discussed (`topics` in the interview)"),
        Map.entry("interview.decisionBy", "the date they said they would decide (`decisionBy`)"),
        Map.entry("interview.format", "how the interview took place (`format`)"),
        Map.entry("interviewer.email", "the interviewer's e-mail address"),
        Map.entry("interviewer.title", "the interviewer's job title"),
        Map.entry("interviewer.topics", "a topic you discussed with this interviewer"),
        Map.entry("interviewer.topic", "a topic you discussed (`topics` in the interview)"),
        Map.entry("interviewer.rapport", "a personal connection with this interviewer (`rapport`)"),
        Map.entry("candidate.name", "your name (in the interview or in your profile)"),
        Map.entry("candidate.email", "your e-mail address (in the interview or in your profile)"),
        Map.entry("note.idea", "an idea you can offer (`ideas` in the interview)"),
        Map.entry("note.clarification", "a point to clarify (`clarifications` in the interview)"),
        Map.entry("note.skill", "a skill to restate (`skills` in the interview)"));

    /** Renders a template's text with a set of variables. */
    @FunctionalInterface
    interface Render {
        String render(Map<String, Object> variables) throws TemplateException, DraftException;
    }

    private NoteRenderer() {
    }

    /**
     * The notes for one template.
     *
     * @param audience  who receives it when no recipient is named; null for every person (a template check)
     * @param recipient one person's name, or null for the audience
     * @param cc        who a note to one person copies, or null for the interview's choice
     */
    static List<Draft> draft(TemplateInfo template, Render render, Interview interview, ProfileSettings profile,
                             DraftSettings settings, Audience audience, String recipient, List<String> cc,
                             PhraseAnalyser phrases) throws DraftException {
        List<Integer> people = receivers(interview, template.kind(), audience, recipient);
        for (int index : people) {
            Map<String, Object> vars = NoteModels.variables(interview, profile, index, template, 0, settings,
                phrases);
            for (String path : template.requires()) {
                if (isMissing(vars, path)) {
                    throw new DraftException("'" + template.title() + "' needs " + NEEDS.getOrDefault(path,
                        "a value for `" + path + "`") + ", and this interview has none. Add it and draft again.");
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (int index : people) {
            Draft d = one(template, render, interview, profile, settings, index, phrases);
            boolean copying = audience != null && audience.onePerson() && template.medium() == Medium.EMAIL;
            drafts.add(copying ? d.withCc(copies(interview, interview.interviewers().get(index),
                cc == null ? interview.cc() : cc, cc != null)) : d);
        }
        return drafts;
    }

    /** The people a note goes to, as indexes into the interviewers: the one named, else the audience's. */
    static List<Integer> receivers(Interview interview, NoteKind kind, Audience audience, String recipient)
        throws DraftException {
        if (recipient != null || audience == null) {
            return recipients(interview, recipient);
        }
        List<Interviewer> wanted = audience.receivers(interview, kind);
        List<Integer> out = new ArrayList<>();
        List<Interviewer> people = interview.interviewers();
        for (int i = 0; i < people.size(); i++) {
            Interviewer person = people.get(i);
            if (wanted.stream().anyMatch(w -> w == person)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The copies of a note to {@code to}: the chosen ones without the recipient, each once. A name is matched as
     * {@code --to} matches it and written in full; an e-mail address is kept as it is.
     *
     * @param asked true for names given with the request, which must match someone; the interview's own choice
     *              leaves out a name that no longer does (a person taken off the interview)
     * @throws DraftException when a name given with the request matches no one, or more than one person
     */
    static List<String> copies(Interview interview, Interviewer to, List<String> chosen, boolean asked)
        throws DraftException {
        List<String> out = new ArrayList<>();
        for (String c : chosen) {
            if (!asked && !c.contains("@") && interview.interviewer(c).isEmpty()) {
                continue;
            }
            String copy = c.contains("@") ? c : interview.interviewers().get(recipients(interview, c).get(0)).name();
            boolean recipient = Text.sameName(copy, to.name())
                || to.email() != null && to.email().equalsIgnoreCase(copy);
            if (!recipient && out.stream().noneMatch(o -> Text.sameName(o, copy))) {
                out.add(copy);
            }
        }
        return out;
    }

    private static Draft one(TemplateInfo template, Render render, Interview interview, ProfileSettings profile,
                             DraftSettings settings, int index, PhraseAnalyser phrases) throws DraftException {
        String name = interview.interviewers().get(index).name();
        NoteText.Parts parts = null;
        for (int brevity = 0; brevity <= MAX_BREVITY; brevity++) {
            Map<String, Object> vars = NoteModels.variables(interview, profile, index, template, brevity, settings,
                phrases);
            String rendered;
            try {
                rendered = render.render(vars);
            } catch (TemplateException e) {
                throw new DraftException("'" + template.title() + "' couldn't draft the note to " + name + ": "
                    + e.errors().get(0), e.errors());
            }
            parts = NoteText.split(rendered, names(interview, profile));
            if (template.medium() != Medium.LINKEDIN_NOTE || parts.body().length() <= settings.linkedinNoteLimit()) {
                break;
            }
        }
        String leftover = NoteText.leftoverMarkup((parts.subject() == null ? "" : parts.subject()) + "\n"
            + parts.body());
        if (leftover != null) {
            throw problem(template, "The note still contains template markup (`" + leftover + "`); check the "
                + "template for a reference that isn't closed or a directive without `#`.");
        }
        if (template.medium() == Medium.EMAIL && parts.subject() == null) {
            throw problem(template, "An e-mail template must start with a line `Subject: …`.");
        }
        if (template.medium() != Medium.EMAIL && parts.subject() != null) {
            throw problem(template, "Only e-mail templates have a `Subject:` line; "
                + template.medium().withArticle() + " has none. Remove that line.");
        }
        if (parts.body().isBlank()) {
            throw problem(template, "The template wrote nothing for at least one interviewer.");
        }
        return new Draft(name, template.kind(), template.medium(), template.id(), parts.subject(), parts.body());
    }

    private static List<String> names(Interview interview, ProfileSettings profile) {
        List<String> names = new ArrayList<>();
        interview.interviewers().forEach(p -> names.add(p.name()));
        Candidate c = interview.candidate().orElse(profile.toCandidate());
        if (c.name() != null) {
            names.add(c.name());
        }
        names.add(interview.company());
        return names;
    }

    private static DraftException problem(TemplateInfo template, String message) {
        TemplateError error = new TemplateError(template.id(), 0, 0, 0, message);
        return new DraftException("'" + template.title() + "': " + message, List.of(error));
    }

    /**
     * The interviewers a request is for: everyone, or the one whose name matches {@code recipient} — the full
     * name, or else one word of it or its beginning ("priya", "Maria" for "María José Ortega"), ignoring case and
     * accents, as long as only one person matches.
     */
    static List<Integer> recipients(Interview interview, String recipient) throws DraftException {
        List<Interviewer> people = interview.interviewers();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            all.add(i);
        }
        if (recipient == null) {
            return all;
        }
        String wanted = plain(recipient);
        List<Integer> exact = all.stream().filter(i -> plain(people.get(i).name()).equals(wanted)).toList();
        if (!exact.isEmpty()) {
            return List.of(exact.get(0));
        }
        List<Integer> partial = all.stream().filter(i -> {
            String name = plain(people.get(i).name());
            return name.startsWith(wanted) || List.of(name.split("[\\s-]+")).contains(wanted);
        }).toList();
        if (partial.size() == 1) {
            return partial;
        }
        String names = String.join(", ", (partial.isEmpty() ? all : partial).stream()
            .map(i -> people.get(i).name()).toList());
        if (partial.isEmpty()) {
            throw new DraftException(DraftException.Problem.REQUEST, "There is no interviewer named '" + recipient
                + "' in this interview; the interviewers are " + names + ".");
        }
        throw new DraftException(DraftException.Problem.REQUEST, "'" + recipient + "' matches more than one "
            + "interviewer (" + names + "); give the full name.");
    }

    private static String plain(String name) {
        return Text.fold(name.strip()).replaceAll("\\s+", " ");
    }

    /** True when the field at {@code path} ("interview.ideas") is null, blank or an empty list. */
    static boolean isMissing(Map<String, Object> vars, String path) throws DraftException {
        int dot = path.indexOf('.');
        Object root = dot < 0 ? null : vars.get(path.substring(0, dot));
        if (root == null || !root.getClass().isRecord()) {
            throw new DraftException("`" + path + "` in the template's `## requires:` line is not a field.");
        }
        String field = path.substring(dot + 1);
        for (RecordComponent rc : root.getClass().getRecordComponents()) {
            if (rc.getName().equals(field)) {
                try {
                    Object v = rc.getAccessor().invoke(root);
                    return v == null || v instanceof String s && s.isBlank()
                        || v instanceof Collection<?> c && c.isEmpty();
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("model field " + path + " can't be read", e);
                }
            }
        }
        throw new DraftException("`" + path + "` in the template's `## requires:` line is not a field.");
    }
}
