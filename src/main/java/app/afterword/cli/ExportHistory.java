// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.PlannedStep;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.TimelineException;
import app.afterword.core.store.SaveException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes "exported" lines into an interview's history, for every way a note leaves the app (a file, the clipboard).
 * Only interviews in the workspace have a history; a note drafted from a loose file is not tracked.
 */
final class ExportHistory {
    private ExportHistory() {
    }

    /**
     * Records one export per recipient.
     *
     * @param format "eml", "pdf", "txt", "md", "linkedin" or "clipboard"
     * @return true when every line was saved (or there was nothing to record); false when the disk refused
     */
    static boolean record(CliContext c, Interview interview, NoteKind kind, List<String> recipients, String format,
                          Clock clock) {
        if (recipients.isEmpty()) {
            return true;
        }
        ProgressBook book = PlanCommand.book(c.workspace(), clock);
        Step step = step(book, interview, kind);
        OffsetDateTime now = OffsetDateTime.now(clock);
        PrintWriter err = c.err();
        for (String recipient : recipients) {
            try {
                book.recordExport(interview, step, recipient, format, now);
            } catch (TimelineException e) {
                err.println("Note: the export to " + recipient + " is not in the history: " + e.getMessage());
                return true;
            } catch (SaveException e) {
                err.println("afterword: the export to " + recipient + " could not be added to the history: "
                    + e.getMessage());
                return false;
            }
        }
        return true;
    }

    /** The timeline step a note of this kind belongs to; a follow-up is the plan's next follow-up, if any. */
    static Step step(ProgressBook book, Interview interview, NoteKind kind) {
        return switch (kind) {
            case THANK_YOU, SECOND_ROUND -> Step.THANK_YOU;
            case CLOSE_LOOP -> Step.CLOSE;
            case FOLLOW_UP, VALUE_ADD -> book.plan(interview).next().map(PlannedStep::step).filter(Step::isFollowUp)
                .orElse(null);
            default -> null;
        };
    }
}
