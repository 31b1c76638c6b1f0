// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.schedule.AgendaItem;

/**
 * One item of Home's agenda, as words ready to show, with the agenda item it came from (for "Draft").
 *
 * @param item   the agenda item: interview, step, window, template, recipients
 * @param title  the step and the company ("First follow-up · Brightline Transit")
 * @param when   when it is due ("Overdue since Wed 25 Nov")
 * @param reason why now, from the timeline rules
 * @param action the primary button's label ("Draft follow-up")
 */
public record AgendaCard(AgendaItem item, String title, String when, String reason, String action) {

    /** The interview's id. */
    public String interviewId() {
        return item.interviewId();
    }
}
