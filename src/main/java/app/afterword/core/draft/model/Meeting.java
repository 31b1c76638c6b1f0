// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.model;

import java.util.List;

/**
 * {@code $interview} in a template: the facts of the interview, with dates already written out in words so a
 * template never formats a date itself.
 *
 * @param company        the company's name
 * @param role           the job title applied for
 * @param format         "onsite", "video" or "phone", or null when not given
 * @param day            the weekday of the interview ("Tuesday")
 * @param date           the date in words ("November 24")
 * @param decisionBy     when they said they would decide, in words ("December 4"), or null
 * @param topics         topics discussed with everyone
 * @param skills         the candidate's qualifications to restate
 * @param clarifications points the candidate wants to clarify
 * @param ideas          value the candidate can offer in a follow-up
 * @param others         the names of the other interviewers, in interview order
 * @param panelSize      how many interviewers there were
 */
public record Meeting(String company, String role, String format, String day, String date, String decisionBy,
                      List<Phrase> topics, List<Phrase> skills, List<Phrase> clarifications, List<Phrase> ideas,
                      List<String> others, int panelSize) {

    /** Requires company and role; copies the lists. */
    public Meeting {
        if (company == null || role == null) {
            throw new IllegalArgumentException("company and role are required");
        }
        topics = copy(topics);
        skills = copy(skills);
        clarifications = copy(clarifications);
        ideas = copy(ideas);
        others = copy(others);
    }

    private static <T> List<T> copy(List<T> list) {
        return List.copyOf(list == null ? List.of() : list);
    }

    /** "the Senior Product Designer role at Brightline Transit", for a template that prints {@code $interview}. */
    @Override
    public String toString() {
        return "the " + role + " role at " + company;
    }
}
