// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything the etiquette checks look at for one note. The text alone is not enough: whether a note is too late,
 * copied, addressed to the wrong person or leaking another application's name depends on the interview, the
 * recipient, the planned send time, the other notes and the user's other interviews.
 *
 * @param text            the note's body as the user will send it
 * @param subject         the subject line; null for media without one
 * @param kind            thank-you, follow-up, ...
 * @param medium          e-mail, card, LinkedIn
 * @param interview       the interview the note is about
 * @param recipient       who the note is for; null when unknown (then any interviewer's name counts)
 * @param sendAt          when the user plans to send it; null skips the timing rules
 * @param fallbackZone    the user's zone, used when the interview has no time zone
 * @param otherDrafts     the other notes drafted for this interview (other interviewers, earlier follow-ups)
 * @param otherInterviews the user's other interviews, for the copy-paste leak check (the current one may be included)
 * @param followUpsSent   follow-ups already sent after the thank-you
 * @param lastSentAt      when the previous note (thank-you or follow-up) went out; null when unknown or none
 * @param proofreadIssues open spelling and grammar issues reported by the proofreader; null when not proofread
 * @param attachments     names of files attached to the e-mail
 * @param senderEmail     the address the note goes out from; null means the candidate's address
 */
public record NoteContext(String text, String subject, NoteKind kind, Medium medium, Interview interview,
                          Interviewer recipient, OffsetDateTime sendAt, ZoneId fallbackZone, List<Draft> otherDrafts,
                          List<Interview> otherInterviews, int followUpsSent, OffsetDateTime lastSentAt,
                          Integer proofreadIssues, List<String> attachments, String senderEmail) {

    /** Longest note the checks accept; a thank-you is a few hundred words, so this leaves ample room. */
    public static final int MAX_CHARS = 50_000;

    /** Requires the text, kind, medium and interview; normalises the optional parts. */
    public NoteContext {
        if (text == null) {
            throw new IllegalArgumentException("text is missing");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the note is " + text.length() + " characters long; the checks take "
                + "notes up to " + MAX_CHARS);
        }
        if (kind == null || medium == null) {
            throw new IllegalArgumentException("kind and medium are required");
        }
        if (interview == null) {
            throw new IllegalArgumentException("interview is required");
        }
        if (subject != null && subject.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the subject is too long");
        }
        subject = subject == null || subject.isBlank() ? null : subject;
        fallbackZone = fallbackZone == null ? ZoneOffset.UTC : fallbackZone;
        otherDrafts = otherDrafts == null ? List.of() : List.copyOf(otherDrafts);
        otherInterviews = otherInterviews == null ? List.of() : List.copyOf(otherInterviews);
        if (followUpsSent < 0) {
            throw new IllegalArgumentException("followUpsSent can't be negative");
        }
        if (proofreadIssues != null && proofreadIssues < 0) {
            throw new IllegalArgumentException("proofreadIssues can't be negative");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        senderEmail = senderEmail == null || senderEmail.isBlank() ? null : senderEmail.strip();
    }

    /** The zone the recipient reads their mail in. */
    public ZoneId zone() {
        return interview.zoneOr(fallbackZone);
    }

    /** The address the note goes out from. */
    public String effectiveSender() {
        return senderEmail != null ? senderEmail : interview.candidate().email();
    }

    /** A builder for a note about this interview (kind thank-you, medium e-mail until set). */
    public static Builder builder(Interview interview, String text) {
        return new Builder(interview, text);
    }

    /** A builder starting from this context. */
    public Builder toBuilder() {
        Builder b = new Builder(interview, text);
        b.subject = subject;
        b.kind = kind;
        b.medium = medium;
        b.recipient = recipient;
        b.sendAt = sendAt;
        b.fallbackZone = fallbackZone;
        b.otherDrafts = otherDrafts;
        b.otherInterviews = otherInterviews;
        b.followUpsSent = followUpsSent;
        b.lastSentAt = lastSentAt;
        b.proofreadIssues = proofreadIssues;
        b.attachments = attachments;
        b.senderEmail = senderEmail;
        return b;
    }

    /** Collects the optional parts of a context. */
    public static final class Builder {
        private Interview interview;
        private String text;
        private String subject;
        private NoteKind kind = NoteKind.THANK_YOU;
        private Medium medium = Medium.EMAIL;
        private Interviewer recipient;
        private OffsetDateTime sendAt;
        private ZoneId fallbackZone;
        private List<Draft> otherDrafts = List.of();
        private List<Interview> otherInterviews = List.of();
        private int followUpsSent;
        private OffsetDateTime lastSentAt;
        private Integer proofreadIssues;
        private List<String> attachments = List.of();
        private String senderEmail;

        private Builder(Interview interview, String text) {
            this.interview = interview;
            this.text = text;
        }

        public Builder interview(Interview v) {
            interview = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder subject(String v) {
            subject = v;
            return this;
        }

        public Builder kind(NoteKind v) {
            kind = v;
            return this;
        }

        public Builder medium(Medium v) {
            medium = v;
            return this;
        }

        public Builder recipient(Interviewer v) {
            recipient = v;
            return this;
        }

        public Builder sendAt(OffsetDateTime v) {
            sendAt = v;
            return this;
        }

        public Builder fallbackZone(ZoneId v) {
            fallbackZone = v;
            return this;
        }

        public Builder otherDrafts(List<Draft> v) {
            otherDrafts = v;
            return this;
        }

        public Builder otherInterviews(List<Interview> v) {
            otherInterviews = v;
            return this;
        }

        public Builder followUpsSent(int v) {
            followUpsSent = v;
            return this;
        }

        public Builder lastSentAt(OffsetDateTime v) {
            lastSentAt = v;
            return this;
        }

        public Builder proofreadIssues(Integer v) {
            proofreadIssues = v;
            return this;
        }

        public Builder attachments(List<String> v) {
            attachments = v;
            return this;
        }

        public Builder senderEmail(String v) {
            senderEmail = v;
            return this;
        }

        /** The validated context. */
        public NoteContext build() {
            return new NoteContext(text, subject, kind, medium, interview, recipient, sendAt, fallbackZone,
                otherDrafts, otherInterviews, followUpsSent, lastSentAt, proofreadIssues, attachments, senderEmail);
        }
    }
}
