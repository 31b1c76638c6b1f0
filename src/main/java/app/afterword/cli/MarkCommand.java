// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.Advice;
import app.afterword.core.schedule.Outcome;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Recorded;
import app.afterword.core.schedule.Step;
import app.afterword.core.schedule.TimelineException;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code afterword mark ID sent|replied|closed|drafted [--to NAME] [--at ISO] [--outcome O] [--step S]}. */
@Command(name = "mark", mixinStandardHelpOptions = true,
    description = {"Record what happened: a note sent, a reply, the end of the application (or a draft).",
        "Marking a note sent moves the plan on; a reply ends the follow-ups."})
public final class MarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The interview's id (see: afterword interview list).")
    private String id;

    @Parameters(index = "1", paramLabel = "WHAT", description = "sent, replied, closed or drafted.")
    private String what;

    @Option(names = "--to", paramLabel = "NAME",
        description = "Who the note went to (for sent and drafted) or who replied. Thank-you notes are tracked per "
            + "interviewer; without --to, \"sent\" counts for every interviewer still waiting.")
    private String to;

    @Option(names = "--at", paramLabel = "ISO",
        description = "When it happened, e.g. 2026-11-24T15:10 (your time zone) or 2026-11-24T15:10-06:00 "
            + "(default: now).")
    private String at;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "For closed: offer, rejected, no-answer or "
        + "withdrawn.")
    private String outcome;

    @Option(names = "--step", paramLabel = "STEP", description = "Which note: thank-you, follow-up-1, follow-up-2 or "
        + "close (default: the next one in the plan).")
    private String step;

    @Mixin
    private ClockOptions clockOptions;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        String action = what.strip().toLowerCase(Locale.ROOT);
        if (!Arrays.asList("sent", "replied", "closed", "drafted").contains(action)) {
            throw new CliException("WHAT must be sent, replied, closed or drafted, not '" + what + "'.", Cli.USAGE);
        }
        Step s = step == null ? null : Step.parse(step).orElseThrow(() -> new CliException("--step must be one of "
            + Arrays.stream(Step.values()).map(Step::id).collect(Collectors.joining(", ")) + ".", Cli.USAGE));
        Outcome o = outcome == null ? null : Outcome.parse(outcome).orElseThrow(() -> new CliException(
            "--outcome must be offer, rejected, no-answer or withdrawn.", Cli.USAGE));
        if (o != null && !"closed".equals(action)) {
            throw new CliException("--outcome belongs to 'closed'.", Cli.USAGE);
        }
        if ("closed".equals(action) && o == null) {
            throw new CliException("Say how it ended: add --outcome offer, rejected, no-answer or withdrawn.",
                Cli.USAGE);
        }
        Workspace ws = c.workspace();
        Interview interview = InterviewCommand.find(ws, id);
        if (ws.interviews().isReadOnly(id)) {
            throw new CliException(id + " was written by a newer version of Afterword, so it is open read-only and "
                + "its progress can't be marked here. Update Afterword to mark it.", Cli.PROBLEMS);
        }
        Clock clock = clockOptions.clock();
        OffsetDateTime when = at == null ? null : ClockOptions.parse(at, clock.getZone(), "--at").toOffsetDateTime();
        ProgressBook book = PlanCommand.book(ws, clock);
        Recorded r;
        try {
            r = switch (action) {
                case "sent" -> book.markSent(interview, s, to, when);
                case "replied" -> book.markReplied(interview, to, when);
                case "closed" -> book.markClosed(interview, o, when);
                default -> book.markDrafted(interview, s, to, when);
            };
        } catch (TimelineException e) {
            throw new CliException(e.getMessage(), Cli.PROBLEMS);
        } catch (SaveException e) {
            throw new CliException(e.getMessage(), Cli.USAGE);
        }
        report(c.out(), action, o, interview, r, book.plan(interview));
        return Cli.OK;
    }

    private static void report(PrintWriter out, String action, Outcome o, Interview interview, Recorded r,
                               Plan plan) {
        var events = r.progress().events();
        ZonedDateTime happened = events.get(events.size() - 1).at().atZoneSameInstant(plan.zone());
        String who = r.recipients().isEmpty() ? "" : (("replied".equals(action) ? " from " : " to ")
            + String.join(", ", r.recipients()));
        String what = switch (action) {
            case "sent" -> r.step().title() + " sent" + who;
            case "replied" -> "reply" + who;
            case "closed" -> "closed (" + o.id() + ")";
            default -> (r.step() == null ? "note" : r.step().title()) + " drafted" + who;
        };
        out.println("Recorded for " + interview.company() + ": " + what + ", " + TimelineOutput.when(happened) + " ("
            + plan.zone().getId() + ").");
        for (Advice a : r.advice()) {
            out.println("  " + a);
        }
        out.print("Status: " + plan.status().label() + ".");
        plan.next().ifPresentOrElse(next -> out.println(" Next: " + next.step().title() + ", "
                + TimelineOutput.window(next.earliest(), next.latest()) + " (" + plan.zone().getId() + "), template "
                + next.template() + "."),
            () -> out.println(plan.status().label().startsWith("closed") ? " Nothing more is planned."
                : " No follow-up is planned; record the outcome with: afterword mark " + plan.interviewId()
                + " closed --outcome ..."));
    }
}
