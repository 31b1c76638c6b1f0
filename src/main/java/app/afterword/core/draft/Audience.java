// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import java.util.List;

/**
 * Who receives a kind of note. Career advice is plain about it: every interviewer gets a thank-you of their own, but
 * a question about the decision goes to one person (the hiring manager or the recruiter), never to the whole panel
 * at once. Each kind is mapped with one line in {@link #of(NoteKind)}.
 */
public enum Audience {
    /**
     * One note to each person who interviewed the candidate (interviewers and the hiring manager; the recruiters when
     * no one else did). Recruiters, hosts and referrers are not thanked as panel members.
     */
    EACH_INTERVIEWER,
    /**
     * One note to the interview's contact (see {@link Interview#contactPerson()}); as an e-mail it copies whoever was
     * chosen.
     */
    CONTACT,
    /**
     * One note to each person the candidate talked with about the role (the interviewers, the hiring manager and the
     * recruiters): staying in touch is personal, so each is written for that person and sent only if wanted.
     */
    EACH_PERSON_MET,
    /** One note to each recruiter or coordinator. */
    RECRUITERS,
    /** One note to the person who referred the candidate. */
    REFERRER;

    /** Who a kind of note goes to; a kind not listed goes to the contact. */
    public static Audience of(NoteKind kind) {
        return switch (kind) {
            case THANK_YOU, SECOND_ROUND -> EACH_INTERVIEWER;
            case RECRUITER_THANKS -> RECRUITERS;
            case REFERRAL_THANKS -> REFERRER;
            case NETWORK -> EACH_PERSON_MET;
            default -> CONTACT;
        };
    }

    /** True when the audience is one person (the contact), so the note may copy others. */
    public boolean onePerson() {
        return this == CONTACT;
    }

    /**
     * The people who receive the note, in interview order.
     *
     * @param kind the kind being drafted, named in the message when nobody fits
     * @throws DraftException naming the part to add when the interview has nobody in it
     */
    public List<Interviewer> receivers(Interview interview, NoteKind kind) throws DraftException {
        List<Interviewer> people = switch (this) {
            case EACH_INTERVIEWER -> interview.interviewedBy();
            case CONTACT -> List.of(interview.contactPerson());
            case EACH_PERSON_MET -> interview.interviewers().stream()
                .filter(i -> i.part().interviewed() || i.part() == Part.RECRUITER).toList();
            case RECRUITERS -> interview.withPart(Part.RECRUITER);
            case REFERRER -> interview.withPart(Part.REFERRER);
        };
        if (!people.isEmpty()) {
            return people;
        }
        String what = kind.thanksForInterview() ? "thank-you" : "note";
        throw new DraftException("This " + what + " goes to " + wanted() + ", and no one in this interview is "
            + "marked as " + marked() + ". On the People step, set that person's part to " + marked()
            + " (in the interview file: " + example() + ") and draft again.");
    }

    private String wanted() {
        return switch (this) {
            case RECRUITERS -> "the recruiter or coordinator";
            case REFERRER -> "the person who referred you";
            case EACH_PERSON_MET -> "the people you talked with about the role";
            default -> "the people who interviewed you";
        };
    }

    private String marked() {
        return switch (this) {
            case RECRUITERS -> Part.RECRUITER.label();
            case REFERRER -> Part.REFERRER.label();
            default -> Part.INTERVIEWER.label() + " or " + Part.HIRING_MANAGER.label();
        };
    }

    private String example() {
        return switch (this) {
            case RECRUITERS -> "\"part\": \"recruiter\"";
            case REFERRER -> "\"part\": \"referrer\", with their name";
            default -> "\"part\": \"interviewer\", or leave part out";
        };
    }
}
