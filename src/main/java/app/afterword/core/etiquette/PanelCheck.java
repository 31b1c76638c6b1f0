// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.Similarity;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import app.afterword.core.interview.Text;
import java.util.List;

/**
 * P1 (notes that read as copies), P2 (something from this interviewer) and P3 (no address). Only a thank-you goes to
 * each panel member, so only a thank-you to someone who interviewed the candidate is held to P2; a follow-up that goes
 * to the one contact is never faulted for the panel members it rightly leaves out.
 */
final class PanelCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        Interviewer recipient = note.recipient();
        List<String> names = note.interview().interviewers().stream().map(Interviewer::name).toList();
        for (Draft d : note.ctx.otherDrafts()) {
            if (d.kind() != note.kind() || recipient != null && Text.sameName(d.recipient(), recipient.name())) {
                continue;
            }
            double sim = Similarity.of(note.body, d.body(), names);
            if (sim > note.settings.panelSimilarity()) {
                out.add(Rule.P1, Severity.WARNING, null, "This note is " + percent(sim) + " the same, word for word, "
                    + "as the one to " + d.recipient() + ".",
                    "Panel members talk to each other after the interview; notes that match apart from the name "
                        + "are noticed and read as a mail merge, cancelling the personal touch.",
                    note.fill("Rewrite the middle around what {first} discussed with you, e.g. {topic}."));
            }
        }
        if (recipient == null) {
            return;
        }
        List<Interviewer> panel = note.interview().interviewedBy();
        if (note.kind().thanksForInterview() && panel.size() >= 2 && panel.contains(recipient)) {
            if (recipient.topics().isEmpty()) {
                out.add(Rule.P2, Severity.TIP, null, "No topics are recorded for " + recipient.name() + ".",
                    "In a panel each person asked about something different; notes that show it are what make "
                        + "them different from each other.",
                    "Add what " + recipient.firstName() + " asked or talked about to the interview, and mention it.");
            } else if (!note.mentions.mentionsAny(recipient.topics())) {
                out.add(Rule.P2, Severity.WARNING, null, "Nothing in the note is specific to " + recipient.name()
                    + ".",
                    "Each panel member wants to see that you remember their part of the conversation, not only what "
                        + "everyone discussed.",
                    note.fill("Mention what {first} raised with you: {topic}."));
            }
        }
        if (note.medium() == Medium.EMAIL && recipient.email() == null) {
            Interviewer via = note.interview().withPart(Part.RECRUITER).stream()
                .filter(r -> r.email() != null && r != recipient).findFirst().orElse(null);
            out.add(Rule.P3, Severity.TIP, null, "There is no e-mail address for " + recipient.name() + ".",
                "A note that reaches the coordinator with a request to pass it on still arrives; a guessed address "
                    + "may not.",
                (via == null ? "Send it to the recruiter or coordinator" : "Send it to " + via.name() + ", the "
                    + Part.RECRUITER.label() + ",") + " and ask them to forward it to " + recipient.firstName()
                    + ".");
        }
    }

    static String percent(double sim) {
        return Math.round(sim * 100) + "%";
    }
}
