// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Test interviews cast for a template whose kind goes to someone in a particular part: a recruiter's thank-you needs
 * a recruiter and a referrer's a referrer, which few samples mark. When nobody in the interview has that part, the
 * last person takes it, so that every bundled template is drafted for every sample and corpus interview.
 */
public final class Casting {

    private Casting() {
    }

    /** {@code interview}, with its last person in the part {@code template}'s kind goes to when nobody is. */
    public static Interview fitFor(Interview interview, TemplateInfo template) {
        Part needed = switch (Audience.of(template.kind())) {
            case RECRUITERS -> Part.RECRUITER;
            case REFERRER -> Part.REFERRER;
            default -> null;
        };
        if (needed == null || !interview.withPart(needed).isEmpty()) {
            return interview;
        }
        List<Interviewer> people = new ArrayList<>(interview.interviewers());
        int last = people.size() - 1;
        people.set(last, people.get(last).withPart(needed));
        return interview.toBuilder().interviewers(people).build();
    }
}
