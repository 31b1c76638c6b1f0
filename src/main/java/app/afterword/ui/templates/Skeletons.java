// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.templates;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.TemplateHeader;
import app.afterword.core.draft.Tone;
import java.util.List;

/**
 * The text a new template starts from: the metadata header, then a short note of its kind for its medium that
 * already drafts for every sample interview (each optional field inside {@code #if}), so the person edits a
 * working template instead of facing an empty page.
 */
final class Skeletons {

    private Skeletons() {
    }

    /** A new template of {@code kind} in {@code medium}, titled {@code title}. */
    static String of(NoteKind kind, Medium medium, String title, String description) {
        TemplateHeader header = new TemplateHeader(kind, medium, Tone.WARM, title, description, List.of(), List.of(),
            List.of());
        StringBuilder sb = new StringBuilder(header.format());
        sb.append("##\n## Lines starting with ## are comments. $interviewer.name, $interview.role\n")
            .append("## and $interview.company always have a value; put other fields inside #if.\n");
        if (medium == Medium.EMAIL) {
            sb.append("Subject: ").append(subject(kind)).append("\n\n");
        }
        if (medium == Medium.LINKEDIN_NOTE) {
            sb.append("Hi $interviewer.firstName, ").append(shortLine(kind)).append('\n');
            return sb.toString();
        }
        sb.append(medium == Medium.LINKEDIN_MESSAGE ? "Hi $interviewer.firstName,\n\n" : "Dear $interviewer.name,\n\n");
        sb.append(opening(kind)).append('\n');
        if (kind.onFollowUpPlan()) {
            sb.append("#if($interviewer.topic && $interviewer.topic.asNoun)\n")
                .append("I valued our conversation about $interviewer.topic.asNoun.\n")
                .append("#end\n");
        }
        sb.append('\n');
        sb.append(closing(kind)).append("\n\n");
        sb.append(medium == Medium.CARD ? "With thanks,\n" : "Best regards,\n");
        sb.append("#if($candidate.name)\n$candidate.name\n#end\n");
        return sb.toString();
    }

    private static String subject(NoteKind kind) {
        return switch (kind) {
            case THANK_YOU -> "Thank you — $interview.role interview";
            case FOLLOW_UP -> "Following up on the $interview.role role";
            case VALUE_ADD -> "An idea after our conversation";
            case CLARIFICATION -> "A note on our conversation";
            case CLOSE_LOOP -> "Thank you for considering me";
            case NETWORK -> "Staying in touch";
            case SECOND_ROUND -> "Thank you — second $interview.role interview";
            case RECRUITER_THANKS -> "Thank you for arranging my $interview.role interview";
            case REFERRAL_THANKS -> "Thank you for the referral — $interview.role at $interview.company";
            case REJECTION_REPLY -> "Re: the $interview.role role";
            case COMPETING_OFFER -> "The $interview.role role and your timeline";
            case TIME_TO_DECIDE -> "Your offer for the $interview.role role";
            case ACCEPT_OFFER -> "Accepting the $interview.role offer";
            case DECLINE_OFFER -> "The $interview.role offer";
            case WITHDRAW -> "Withdrawing from the $interview.role process";
        };
    }

    private static String opening(NoteKind kind) {
        return switch (kind) {
            case THANK_YOU -> "Thank you for talking with me about the $interview.role role at $interview.company.";
            case FOLLOW_UP -> "I hope you are well. I wanted to ask whether there is any news about the "
                + "$interview.role role at $interview.company.";
            case VALUE_ADD -> "Thank you again for our conversation about the $interview.role role at "
                + "$interview.company.";
            case CLARIFICATION -> "After our conversation about the $interview.role role at $interview.company, "
                + "I wanted to add to one of my answers.";
            case CLOSE_LOOP -> "Thank you for letting me know about the $interview.role role at $interview.company.";
            case NETWORK -> "I enjoyed meeting you during my interviews for the $interview.role role at "
                + "$interview.company.";
            case SECOND_ROUND -> "Thank you for meeting with me again about the $interview.role role at "
                + "$interview.company.";
            case RECRUITER_THANKS -> "Thank you for arranging my interview for the $interview.role role at "
                + "$interview.company.";
            case REFERRAL_THANKS -> "Thank you for referring me for the $interview.role role at $interview.company.";
            case REJECTION_REPLY -> "Thank you for letting me know your decision about the $interview.role role.";
            case COMPETING_OFFER -> "Thank you again for considering me for the $interview.role role at "
                + "$interview.company. I have received another offer, and I would like to know your timing "
                + "before I answer it.";
            case TIME_TO_DECIDE -> "Thank you for the offer of the $interview.role role at $interview.company. "
                + "I would like a little time to decide.";
            case ACCEPT_OFFER -> "Thank you for the offer of the $interview.role role at $interview.company; I am "
                + "glad to accept it.";
            case DECLINE_OFFER -> "Thank you for the offer of the $interview.role role at $interview.company. I "
                + "have decided not to accept it.";
            case WITHDRAW -> "Thank you for considering me for the $interview.role role at $interview.company. I "
                + "would like to withdraw from the process.";
        };
    }

    private static String closing(NoteKind kind) {
        return switch (kind) {
            case THANK_YOU -> "Thank you again for your time. I look forward to hearing about the next steps.";
            case FOLLOW_UP -> "I remain very interested in the role and would be glad to share anything that helps.";
            case VALUE_ADD, CLARIFICATION -> "I would be happy to talk it through if that would be useful.";
            case CLOSE_LOOP -> "I would be glad to be considered for future openings on the team.";
            case NETWORK, REFERRAL_THANKS -> "I would be glad to stay in touch.";
            case SECOND_ROUND -> "Thank you again. I would be glad to answer any further questions.";
            case RECRUITER_THANKS -> "Thank you again for your help throughout.";
            case REJECTION_REPLY, DECLINE_OFFER, WITHDRAW -> "I hope our paths cross again.";
            case COMPETING_OFFER, TIME_TO_DECIDE -> "Thank you for understanding.";
            case ACCEPT_OFFER -> "Please let me know what you need from me before I start.";
        };
    }

    private static String shortLine(NoteKind kind) {
        return switch (kind) {
            case THANK_YOU -> "thank you for our conversation about the $interview.role role. I would be glad to "
                + "stay in touch.";
            case FOLLOW_UP, VALUE_ADD, CLARIFICATION -> "it was good to talk about the $interview.role role. I "
                + "would be glad to stay in touch.";
            case CLOSE_LOOP, NETWORK, REJECTION_REPLY, DECLINE_OFFER, WITHDRAW -> "I enjoyed meeting you at "
                + "$interview.company and would be glad to stay in touch.";
            case SECOND_ROUND, RECRUITER_THANKS, REFERRAL_THANKS -> "thank you for your help with the "
                + "$interview.role role. I would be glad to stay in touch.";
            case COMPETING_OFFER, TIME_TO_DECIDE, ACCEPT_OFFER -> "thank you for the offer of the $interview.role "
                + "role. I will write to you by e-mail as well.";
        };
    }
}
