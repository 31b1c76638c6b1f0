// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A panel interview, a note that passes every rule, and a checker; tests change one thing at a time. */
final class Fixtures {
    static final PhraseBook PHRASES = PhraseBook.bundled(new Json());
    static final EtiquetteChecker CHECKER = new EtiquetteChecker(EtiquetteSettings.DEFAULTS, PHRASES);

    static final Interviewer MARIA = new Interviewer("María José Ortega", "Director of Design",
        "mj.ortega@brightline.example", null, List.of("the trip planner redesign for riders with low vision"),
        "we both cycle to work all winter");
    static final Interviewer DANIEL = new Interviewer("Daniel O'Brien", "Engineering Manager, Mobile",
        "daniel.obrien@brightline.example", null, List.of("sharing design tokens between the web and mobile teams"),
        null);
    static final Interviewer PRIYA = new Interviewer("Priya Raman-Iyer", "Lead UX Researcher",
        "priya.raman-iyer@brightline.example", null, List.of("the diary study with night-shift riders"),
        "her story about the last bus of the night");

    /** Tuesday 24 November 2026, 10:00 to 11:30 in Chicago. */
    static final Interview INTERVIEW = new Interview.Builder()
        .candidate(new Candidate("Sam Okafor", "sam.okafor@example.com", "+1 312 555 0147",
            "linkedin.com/in/samokafor", null))
        .company("Brightline Transit")
        .role("Senior Product Designer")
        .format(InterviewFormat.VIDEO)
        .start(OffsetDateTime.parse("2026-11-24T10:00:00-06:00"))
        .end(OffsetDateTime.parse("2026-11-24T11:30:00-06:00"))
        .timeZone(ZoneId.of("America/Chicago"))
        .interviewers(List.of(MARIA, DANIEL, PRIYA))
        .topics(List.of("the accessibility audit planned for the spring"))
        .skills(List.of("running WCAG 2.2 audits with real assistive-technology users",
            "turning research into design-system components"))
        .ideas(List.of("a one-page plan for a low-cost rider diary study"))
        .decisionBy(LocalDate.of(2026, 12, 4))
        .build();

    static final String SUBJECT = "Thank you: Senior Product Designer interview";

    static final String NOTE = """
        Dear María José,

        Thank you for talking with me this morning about the trip planner redesign for riders with low vision. \
        Your point that large type alone does not help people who plan their trips by voice has stayed with me.

        In my last role I ran WCAG 2.2 audits with real assistive-technology users, and I would bring that habit \
        of testing with riders to the accessibility audit you are planning for the spring. It was also good to \
        hear that you cycle to work all winter; so do I.

        I look forward to hearing about the next steps for the Senior Product Designer role.

        Best regards,
        Sam Okafor
        +1 312 555 0147
        """;

    /** Tuesday 15:00 in Chicago, three and a half hours after the interview. */
    static final OffsetDateTime SEND = OffsetDateTime.parse("2026-11-24T15:00:00-06:00");

    static final String FOLLOW_UP_SUBJECT = "Re: Thank you: Senior Product Designer interview";

    static final String FOLLOW_UP = """
        Dear María José,

        I interviewed with you for the Senior Product Designer role on 24 November, and I remain very keen on the \
        work your team is doing on the trip planner and the spring accessibility audit. Is there an update you can \
        share on your timeline for the decision?

        I am happy to send samples of my audit work or anything else that would help.

        Best regards,
        Sam Okafor
        +1 312 555 0147
        """;

    /** Monday 7 December, 10:00 in Chicago: the first business day after their decision date (Friday 4th). */
    static final OffsetDateTime FOLLOW_UP_SEND = OffsetDateTime.parse("2026-12-07T10:00:00-06:00");

    private Fixtures() {
    }

    /** A passing first status check to María after the decision date passed. */
    static NoteContext.Builder followUp() {
        return NoteContext.builder(INTERVIEW, FOLLOW_UP).subject(FOLLOW_UP_SUBJECT).kind(NoteKind.FOLLOW_UP)
            .medium(Medium.EMAIL).recipient(MARIA).sendAt(FOLLOW_UP_SEND).lastSentAt(SEND);
    }

    /** The passing thank-you to María, ready to change. */
    static NoteContext.Builder good() {
        return NoteContext.builder(INTERVIEW, NOTE).subject(SUBJECT).kind(NoteKind.THANK_YOU).medium(Medium.EMAIL)
            .recipient(MARIA).sendAt(SEND);
    }

    static EtiquetteReport check(NoteContext.Builder b) {
        return CHECKER.check(b.build());
    }

    static EtiquetteReport check(NoteContext.Builder b, EtiquetteSettings settings) {
        return new EtiquetteChecker(settings, PHRASES).check(b.build());
    }

    /** A context with the note's text replaced. */
    static NoteContext.Builder withText(String text) {
        return good().text(text);
    }

    /** The good note with one passage swapped for another. */
    static NoteContext.Builder replacing(String from, String to) {
        if (!NOTE.contains(from)) {
            throw new IllegalArgumentException("the fixture note has no '" + from + "'");
        }
        return good().text(NOTE.replace(from, to));
    }
}
