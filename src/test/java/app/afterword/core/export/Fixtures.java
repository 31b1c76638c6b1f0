// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.InterviewFiles;
import app.afterword.core.store.Json;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Interviews and drafts shared by the export tests. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T19:30:00Z"), ZoneOffset.UTC);

    static final String BODY = "Dear María José,\n\nThank you for the conversation about the trip planner redesign "
        + "for riders with low vision. I enjoyed hearing how the team works.\n\nBest regards,\nSam Okafor";

    private Fixtures() {
    }

    /** The bundled three-person panel. */
    static Interview sample() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            return new InterviewFiles(new Json()).read(in, "sample").interview();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An interview with one interviewer, for hostile names and addresses. */
    static Interview withInterviewer(String name, String title, String email) {
        return new Interview.Builder()
            .candidate(new Candidate("Sam Okafor", "sam.okafor@example.com", null, null, null))
            .company("Brightline Transit")
            .role("Designer")
            .start(OffsetDateTime.parse("2026-11-24T10:00:00-06:00"))
            .interviewers(List.of(new Interviewer(name, title, email, null, List.of(), null)))
            .build();
    }

    static Draft email(String recipient, String subject, String body) {
        return new Draft(recipient, NoteKind.THANK_YOU, Medium.EMAIL, "thank-you-formal", subject, body);
    }

    static Draft card(String recipient, String body) {
        return new Draft(recipient, NoteKind.THANK_YOU, Medium.CARD, "card", null, body);
    }

    static Draft linkedIn(String recipient, String body) {
        return new Draft(recipient, NoteKind.NETWORK, Medium.LINKEDIN_NOTE, "linkedin", null, body);
    }

    /** One thank-you e-mail per person on the sample panel. */
    static List<Draft> panelEmails(Interview interview) {
        return interview.interviewers().stream()
            .map(i -> email(i.name(), "Thank you, " + i.firstName(), "Dear " + i.name() + ",\n\nThank you.\n\nSam"))
            .toList();
    }
}
