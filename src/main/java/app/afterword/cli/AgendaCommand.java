// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.interview.Interview;
import app.afterword.core.schedule.Agenda;
import app.afterword.core.schedule.CalendarExport;
import app.afterword.core.schedule.Plan;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.ScheduleSettings;
import app.afterword.core.schedule.Timeline;
import app.afterword.core.store.Workspace;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code afterword agenda [--now ISO] [--zone ZONE] [--format text|json] [--ics FILE]}. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
    description = {"What to do next across all interviews: overdue, due today, upcoming.",
        "Each item says what to do, why now, and which template fits."})
public final class AgendaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ClockOptions clockOptions;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    private OutputFormat format;

    @Option(names = "--ics", paramLabel = "FILE",
        description = "Also write every interview's steps to this calendar file, with reminders.")
    private String ics;

    @Option(names = "--overwrite", description = "Replace the --ics file when it exists (the old one is kept as .bak).")
    private boolean overwrite;

    @Override
    public Integer call() {
        CliContext c = AfterwordCommand.context(spec);
        Workspace ws = c.workspace();
        Clock clock = clockOptions.clock();
        ProgressBook book = PlanCommand.book(ws, clock);
        ScheduleSettings schedule = ws.settings().get(ScheduleSettings.SECTION);
        Collection<Interview> interviews = plannable(c, ws.interviews().all().values(), schedule, book, clock);
        Agenda agenda = book.agenda(interviews);
        if (format == OutputFormat.JSON) {
            PlanCommand.print(c, TimelineOutput.agendaJson(c, agenda));
        } else if (interviews.isEmpty()) {
            c.out().println("No interviews yet. Add one with: afterword interview add FILE");
        } else {
            TimelineOutput.agendaText(c.out(), agenda);
        }
        if (ics != null) {
            ScheduleSettings settings = ws.settings().get(ScheduleSettings.SECTION);
            Timeline timeline = new Timeline(settings);
            List<Plan> plans = interviews.stream().map(i -> timeline.plan(i, book.of(Timeline.idOf(i)), clock))
                .toList();
            TimelineOutput.writeIcs(c, ics, overwrite, plans, settings, clock);
        }
        return Cli.OK;
    }

    /**
     * The interviews whose timeline can be computed; one whose dates can't be (a record saved before dates were
     * bounded) is named on standard error and left out, so it never breaks the agenda of all the others.
     */
    private static List<Interview> plannable(CliContext c, Collection<Interview> all, ScheduleSettings schedule,
                                             ProgressBook book, Clock clock) {
        Timeline timeline = new Timeline(schedule);
        List<Interview> out = new java.util.ArrayList<>();
        for (Interview i : all) {
            try {
                Plan plan = timeline.plan(i, book.of(Timeline.idOf(i)), clock);
                new CalendarExport(schedule).bytes(List.of(plan), clock);
                book.agenda(List.of(i));
                out.add(i);
            } catch (DateTimeException | ArithmeticException e) {
                c.err().println("afterword: left out " + Timeline.idOf(i) + " (" + i.company() + "): its dates ("
                    + i.start().toLocalDate() + ") can't be planned. Fix them with: afterword interview show "
                    + Timeline.idOf(i));
            }
        }
        return out;
    }
}
