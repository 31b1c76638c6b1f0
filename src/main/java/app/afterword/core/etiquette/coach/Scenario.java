// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette.coach;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.NoteContext;
import app.afterword.core.etiquette.Rule;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.util.List;

/**
 * A situation from the coach library: an interview, a weak note and a strong note for the same moment, and the rules
 * the contrast teaches. People learn etiquette faster from a before-and-after than from a list of rules, so each
 * scenario is judged by the same checks as the user's own notes.
 *
 * @param id        short name used on the command line ("panel-of-three")
 * @param title     one line for lists
 * @param situation what happened, in a few sentences
 * @param lesson    what the strong note does differently
 * @param teaches   the rules the weak note breaks on purpose
 * @param recipient who both notes are for
 */
public record Scenario(String id, String title, String situation, String lesson, List<Rule> teaches,
                       Interview interview, Interviewer recipient, ScenarioNote weak, ScenarioNote strong) {

    /** Requires every part. */
    public Scenario {
        if (id == null || title == null || situation == null || lesson == null || interview == null
            || recipient == null || weak == null || strong == null) {
            throw new IllegalArgumentException("a scenario needs an id, title, situation, lesson, interview, "
                + "recipient and both notes");
        }
        teaches = List.copyOf(teaches);
    }

    /** The context the checks judge one of the notes in; the other scenarios' interviews stand in for the workspace. */
    public NoteContext context(ScenarioNote note, List<Interview> workspace) {
        return NoteContext.builder(interview, note.text()).subject(note.subject()).kind(note.kind())
            .medium(note.medium()).recipient(recipient).sendAt(note.sendAt()).otherDrafts(note.otherDrafts())
            .otherInterviews(workspace).followUpsSent(note.followUpsSent()).lastSentAt(note.lastSentAt()).build();
    }

    /** Both notes judged side by side. */
    public Comparison compare(EtiquetteChecker checker, List<Interview> workspace) {
        return new Comparison(this, checker.check(context(weak, workspace)), checker.check(context(strong,
            workspace)));
    }

    /** The findings for the weak and the strong note. */
    public record Comparison(Scenario scenario, EtiquetteReport weak, EtiquetteReport strong) {
    }
}
