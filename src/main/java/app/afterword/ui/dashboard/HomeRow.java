// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

/**
 * One interview in Home's list, as words ready to show.
 *
 * @param id         the interview's id, or for an unfinished interview the key of its working copy
 * @param company    the company
 * @param role       the role
 * @param date       the interview date, in the interviewers' zone (as typed, for an unfinished interview)
 * @param people     the interviewers' names
 * @param status     where the application stands ("Sent 2/3", "Closed: offer", "Draft — step 2 of 6")
 * @param next       the next step ("First follow-up"), or null when nothing is planned
 * @param due        when it is due ("overdue since Wed 25 Nov"), or null
 * @param overdue    true when the next step's window has passed
 * @param archived   true when the interview is archived
 * @param canReply   true when a reply can still be recorded
 * @param canClose   true when the application is not closed yet
 * @param sample     true for the sample interview a first start adds: labelled, with nothing planned
 * @param unfinished true for input that never made a valid interview: it resumes in the wizard where it was left
 */
public record HomeRow(String id, String company, String role, String date, String people, String status,
                      String next, String due, boolean overdue, boolean archived, boolean canReply,
                      boolean canClose, boolean sample, boolean unfinished) {
}
