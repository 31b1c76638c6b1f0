// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.SendBy;
import app.afterword.core.schedule.Step;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * When a note goes out, in the one wording the note, review and send steps share: "Send by Tue 8 Dec, 09:00
 * (America/Chicago): 14 hours left.", "Sent Mon 7 Dec 16:55." The moment comes from the timeline
 * ({@link ProgressBook#sendBy}), never from a rule of thumb of the screen's own, so no two steps name different
 * deadlines. It also knows which timeline step a note counts for, the one "Mark as sent" records it for: the
 * thank-you and the closing note by their kind, any other by the agenda item the wizard was opened from, else the
 * step the timeline takes next. Plan reads are in memory; the lines can be made on any thread.
 */
public final class SendTiming {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Messages messages;
    private final ProgressBook book;
    private final TaskRunner runner;
    private volatile Step planned;

    /**
     * Timing over {@code book}, with "now" and the user's zone from the runner's clock.
     *
     * @param book the follow-up timeline; null makes every line empty
     */
    public SendTiming(Messages messages, ProgressBook book, TaskRunner runner) {
        this.messages = messages;
        this.book = book;
        this.runner = runner;
    }

    /** The timeline step the notes are drafted for (an agenda item, or a follow-up just marked sent), or null. */
    public void planStep(Step step) {
        planned = step;
    }

    /** The step set by {@link #planStep}, or null. */
    public Step planned() {
        return planned;
    }

    /**
     * The timeline step the {@code kind} note to {@code recipient} counts for (as "Mark as sent" records it), or
     * empty when the timeline has none for it: a networking note, a note that answers an offer or a rejection or
     * thanks someone outside the panel, or a follow-up once the follow-ups ended.
     */
    public Optional<Step> stepFor(Interview interview, NoteKind kind, String recipient) {
        if (book == null || interview == null || kind == null) {
            return Optional.empty();
        }
        Step chosen = planned;
        if (kind.thanksForInterview()) {
            return Optional.of(Step.THANK_YOU);
        }
        return switch (kind) {
            case CLOSE_LOOP -> Optional.of(Step.CLOSE);
            case FOLLOW_UP, VALUE_ADD, CLARIFICATION -> chosen != null ? Optional.of(chosen)
                : book.nextStep(interview, recipient);
            default -> Optional.empty();
        };
    }

    /** When the {@code kind} note to {@code recipient} goes out, or went out; empty when no step applies. */
    public Optional<SendBy> sendBy(Interview interview, NoteKind kind, String recipient) {
        return stepFor(interview, kind, recipient).map(step -> book.sendBy(interview, step, recipient));
    }

    /** The line for the {@code kind} note to {@code recipient}; "" without a timeline or an interview. */
    public String line(Interview interview, NoteKind kind, String recipient) {
        if (book == null || interview == null || kind == null) {
            return "";
        }
        return sendBy(interview, kind, recipient).map(this::line).orElseGet(() -> kind == NoteKind.NETWORK ? ""
            : messages.get(kind.onFollowUpPlan() ? "due.none" : "due.unplanned"));
    }

    /** True when the note this answer is about was recorded as sent. */
    public static boolean sent(Optional<SendBy> due) {
        return due.map(SendBy::sent).orElse(false);
    }

    /** The line for one answer: when to send by and how long is left, that it is overdue, or when it went out. */
    public String line(SendBy s) {
        if (s.sent()) {
            return messages.get("due.sent", SENT.format(s.sentAt().atZoneSameInstant(zone())));
        }
        String zone = s.by().getZone().getId();
        String by = WHEN.format(s.by());
        return switch (s.state()) {
            case DONE -> messages.get("due.done", s.step().title());
            case SKIPPED, WAITING -> messages.get("due.skipped", s.step().title());
            case OVERDUE -> messages.get("due.passed", by, zone);
            default -> {
                Instant now = runner.clock().instant();
                String sendBy = messages.get("due.sendBy", by, zone);
                if (now.isBefore(s.opens().toInstant())) {
                    boolean sameDay = s.opens().toLocalDate().equals(s.by().toLocalDate());
                    yield messages.get("due.notYet", sendBy, (sameDay ? TIME : WHEN).format(s.opens()));
                }
                yield now.isBefore(s.by().toInstant())
                    ? messages.get("due.open", sendBy, left(Duration.between(now, s.by().toInstant())))
                    : messages.get("due.passed", by, zone);
            }
        };
    }

    /** Why that window, from the timeline's rules; "" for a note already sent. */
    public static String why(SendBy s) {
        return s.sent() ? "" : s.reason();
    }

    private ZoneId zone() {
        return runner.clock().getZone();
    }

    private String left(Duration d) {
        long hours = d.toHours();
        if (hours >= 48) {
            return messages.get("time.days", hours / 24);
        }
        if (hours >= 1) {
            return messages.get("time.hours", hours);
        }
        return messages.get("time.minutes", Math.max(1, d.toMinutes()));
    }
}
