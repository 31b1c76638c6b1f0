// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.model.Meeting;
import app.afterword.core.draft.model.NoteInfo;
import app.afterword.core.draft.model.Phrase;
import app.afterword.core.draft.model.Recipient;
import app.afterword.core.draft.model.Sender;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the render-only records a template sees for one note. This is where a panel's notes are made different
 * from each other before any wording is chosen: each interviewer gets their own topic (their own first, else a
 * shared topic nobody else was given), skills are spread across the panel, and each note gets its own variant.
 */
final class NoteModels {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private NoteModels() {
    }

    /** The variables for the note to interviewer number {@code index} of {@code interview}. */
    static Map<String, Object> variables(Interview interview, ProfileSettings profile, int index, TemplateInfo template,
                                         int brevity, DraftSettings settings, PhraseAnalyser phrases) {
        Map<String, Object> vars = new LinkedHashMap<>();
        boolean formal = template.tone() == Tone.FORMAL || template.medium() == Medium.CARD;
        vars.put("interviewer", recipient(interview, index, formal, phrases));
        vars.put("candidate", sender(interview.candidate().orElse(profile.toCandidate()), profile.signOff()));
        vars.put("interview", meeting(interview, index, settings.dayFirstDates(), phrases));
        vars.put("note", note(interview, index, template, brevity, settings, phrases));
        return vars;
    }

    static Recipient recipient(Interview interview, int index, boolean formal, PhraseAnalyser phrases) {
        Interviewer p = interview.interviewers().get(index);
        List<Phrase> own = p.topics().stream().map(t -> phrases.analyse(t, p.name())).toList();
        String topic = topicFor(interview, index);
        Phrase recalled = topic == null ? null : p.topics().isEmpty() ? phrases.analyse(topic)
            : phrases.analyse(topic, p.name());
        return new Recipient(p.name(), p.greetingName(formal), p.firstName(), p.title(), p.email(), p.linkedin(),
            own, recalled, saidByThem(recalled, p), phrases.analyse(p.rapport(), p.name()));
    }

    /**
     * True when the recalled topic is the person's own and something they said rather than a question they asked
     * ("whether I would run a fieldwork trip"), so a note may credit it to them ("what you said about …").
     */
    private static boolean saidByThem(Phrase recalled, Interviewer p) {
        return recalled != null && !p.topics().isEmpty() && !recalled.shape().equals("question");
    }

    /** The person's own first topic; else a shared topic, handed out so that no two people get the same one. */
    static String topicFor(Interview interview, int index) {
        List<Interviewer> people = interview.interviewers();
        Interviewer p = people.get(index);
        if (!p.topics().isEmpty()) {
            return p.topics().get(0);
        }
        List<String> shared = interview.topics();
        if (shared.isEmpty()) {
            return null;
        }
        int turn = 0;
        for (int i = 0; i < index; i++) {
            if (people.get(i).topics().isEmpty()) {
                turn++;
            }
        }
        return shared.get(turn % shared.size());
    }

    static Sender sender(Candidate c, String signOff) {
        List<String> contact = new ArrayList<>();
        if (c.phone() != null) {
            contact.add(c.phone());
        }
        if (c.email() != null) {
            contact.add(c.email());
        }
        if (c.linkedin() != null) {
            contact.add(c.linkedin());
        }
        String first = c.name() == null ? null : c.name().split("\\s+")[0];
        return new Sender(c.name(), first, c.email(), c.phone(), c.linkedin(), c.signature(), signOff, contact);
    }

    static Meeting meeting(Interview interview, int index, boolean dayFirst, PhraseAnalyser phrases) {
        DateTimeFormatter dates = dayFirst ? DAY_MONTH : MONTH_DAY;
        LocalDate day = interview.start().toLocalDate();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < interview.interviewers().size(); i++) {
            if (i != index) {
                others.add(interview.interviewers().get(i).name());
            }
        }
        return new Meeting(interview.company(), interview.role(),
            interview.format() == null ? null : interview.format().jsonName(),
            day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), day.format(dates),
            interview.decisionBy() == null ? null : interview.decisionBy().format(dates),
            all(interview.topics(), phrases), all(interview.skills(), phrases),
            all(interview.clarifications(), phrases), all(interview.ideas(), phrases), others,
            interview.interviewers().size());
    }

    static NoteInfo note(Interview interview, int index, TemplateInfo template, int brevity,
                         DraftSettings settings, PhraseAnalyser phrases) {
        int limit = template.medium() == Medium.LINKEDIN_NOTE ? settings.linkedinNoteLimit() : 0;
        return new NoteInfo(template.kind().id(), template.medium().id(), template.tone().id(), index, brevity, limit,
            phrases.analyse(pick(interview.skills(), index)), phrases.analyseOffer(first(interview.ideas())),
            phrases.analyse(first(interview.clarifications())));
    }

    private static List<Phrase> all(List<String> items, PhraseAnalyser phrases) {
        return items.stream().map(phrases::analyse).toList();
    }

    private static String pick(List<String> items, int index) {
        return items.isEmpty() ? null : items.get(index % items.size());
    }

    private static String first(List<String> items) {
        return items.isEmpty() ? null : items.get(0);
    }
}
