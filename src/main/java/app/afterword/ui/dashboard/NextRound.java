// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WorkingCopies;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * "Same company, next round": a new interview that keeps who and where (company, role, the people with their
 * contact details, rapport and part, the contact follow-ups go to and who they copy, the time zone) and clears what
 * belongs to one meeting (date, times, format, decision date, topics, skills, points to clarify, ideas), so nothing
 * from the last round leaks into the next round's notes.
 */
final class NextRound {

    private NextRound() {
    }

    /** The working copy the wizard opens for the next round of {@code interview}; it has no id yet. */
    static InterviewWorkingCopy of(Interview interview, DateTimeInput input, ZoneId userZone) {
        InterviewWorkingCopy from = WorkingCopies.fromInterview(interview, input, userZone);
        List<InterviewWorkingCopy.Person> people = from.people().stream()
            .map(p -> new InterviewWorkingCopy.Person(p.name(), p.title(), p.email(), p.linkedin(), List.of(),
                p.rapport(), p.addressAs(), p.part(), p.interviewerExtra()))
            .toList();
        return new InterviewWorkingCopy(InterviewWorkingCopy.SCHEMA_VERSION, null, WizardStep.INTERVIEW.key(), null,
            from.company(), from.role(), "", "", "", from.timeZone(), from.timesIn(), "", "",
            people, List.of(), List.of(),
            List.of(), List.of(), from.contact(), from.cc(), Map.of());
    }
}
