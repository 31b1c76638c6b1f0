// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.JsonFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundled template, drafted for every sample and every interview of the phrasing corpus, says only what the
 * user told it: a topic discussed with everyone is never put in the mouth of one person, an idea is never said to
 * follow from a topic, no note reports reading, following or thinking the user never mentioned, no note guesses
 * the hiring decision, the notes for the later stages claim no feeling, reason or rival offer, and every formal
 * template is plain rather than stock.
 */
class TruthfulWordingTest {

    /** Frames that say the reader said, shared or explained something: only for the person's own topic. */
    static final List<String> ATTRIBUTING = List.of(
        "what you said about", "what you shared about", "what you told me about", "your thoughts on",
        "your insights on", "your account of", "your explanation of", "your view of", "walking me through",
        "hearing your", "you described", "you mentioned");

    /** Frames that tie the idea or the skill to a topic as if one followed from the other. */
    static final List<String> CAUSAL = List.of(
        "gave me an idea", "got me thinking", "given what you shared", "grew out of our conversation",
        "since it connects to", "so i wanted to share", "so i prepared", "made me think of our conversation",
        "picks up on our conversation", "given our talk about", "thinking back to our talk about",
        "that sparked it");

    /** Activity or feelings the user never entered: a note goes out within a day and reports only what happened. */
    static final List<String> INVENTED = List.of(
        "i have been reading", "i have enjoyed following", "i have kept an eye on", "kept thinking about",
        "i have been thinking about", "i keep coming back to", "stayed with me",
        "since we spoke, i have", "since then, i have");

    /** Stock lines a coach strikes from a formal note: formal means plain, complete sentences. */
    static final List<String> STOCK = List.of(
        "i am writing to", "please accept my thanks", "please do not hesitate",
        "a most informative conversation", "i look forward to hearing from you",
        "should you need any additional information", "at your convenience",
        "i look forward to the possibility", "please find", "please advise", "per our conversation");

    /** A guess at the decision: the writer doesn't know it, and a guess reads as fishing or as giving up. */
    static final List<String> GUESSED = List.of(
        "another candidate", "other candidates", "may have moved", "have moved on", "has moved on",
        "moved ahead with", "moved forward with", "may already be made", "already made a decision",
        "filled the role", "filled the position", "went with someone", "chosen someone");

    /**
     * What the kinds added for the later stages never say on the person's behalf: a feeling they did not enter, a
     * reason they did not give, a preference or a rival offer they did not claim.
     */
    static final List<String> UNSAID = List.of(
        "disappointed", "sad to", "devastated", "heartbroken", "thrilled", "delighted", "excited", "honoured",
        "honored", "i loved", "i enjoyed", "difficult decision", "easy decision", "hard decision",
        "careful consideration", "much thought", "careful thought", "accepted another", "another position",
        "better fit", "better offer", "first choice", "top choice", "several offers", "multiple offers",
        "other offers");

    /** The kinds added for the stages after the first thank-you and its follow-ups. */
    static final Set<NoteKind> LATER_KINDS = EnumSet.of(NoteKind.SECOND_ROUND, NoteKind.RECRUITER_THANKS,
        NoteKind.REFERRAL_THANKS, NoteKind.REJECTION_REPLY, NoteKind.COMPETING_OFFER, NoteKind.TIME_TO_DECIDE,
        NoteKind.ACCEPT_OFFER, NoteKind.DECLINE_OFFER, NoteKind.WITHDRAW);

    private static final List<Case> CASES = new ArrayList<>();

    record Case(String where, Interview interview, Interviewer to, Draft draft) {
        String text() {
            String all = (draft.subject() == null ? "" : draft.subject() + "\n") + draft.body();
            return all.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        /** True when the note recalls a shared topic: this person has none of their own. */
        boolean sharedTopic() {
            return to.topics().isEmpty() && !interview.topics().isEmpty();
        }
    }

    @BeforeAll
    static void draftEverything() throws IOException, JsonFileException {
        List<String> names = new ArrayList<>();
        List<Interview> interviews = new ArrayList<>();
        for (SampleInterviews.Sample s : Fixtures.SAMPLES) {
            names.add(s.name());
            interviews.add(s.interview());
        }
        for (Fixtures.Typed t : Fixtures.phrasingCorpus()) {
            names.add(t.file());
            interviews.add(t.interview());
        }
        Drafter drafter = Fixtures.drafter(PhrasingCorpusTest.PROFILE, DraftSettings.DEFAULTS);
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            for (int i = 0; i < interviews.size(); i++) {
                Interview interview = Casting.fitFor(interviews.get(i), t);
                List<Draft> drafts;
                try {
                    drafts = drafter.draft(interview, DraftRequest.DEFAULT.withTemplate(t.id()));
                } catch (DraftException e) {
                    // A template that needs an idea or a clarification the interview lacks drafts nothing.
                    continue;
                }
                for (Draft d : drafts) {
                    CASES.add(new Case(t.id() + " × " + names.get(i) + " → " + d.recipient(), interview,
                        interview.interviewer(d.recipient()).orElseThrow(), d));
                }
            }
        }
    }

    @Test
    void everyTemplateIsDraftedForManyPeopleWithSharedAndOwnTopics() {
        assertThat(CASES).hasSizeGreaterThan(1_000);
        assertThat(CASES).anyMatch(Case::sharedTopic).anyMatch(c -> !c.to().topics().isEmpty());
        assertThat(CASES.stream().map(c -> c.draft().templateId()).distinct())
            .hasSameSizeAs(Fixtures.BUNDLED.list());
    }

    @Test
    void aSharedTopicIsNeverAttributedToOnePerson() {
        assertThat(found(Case::sharedTopic, ATTRIBUTING)).isEmpty();
    }

    @Test
    void theIdeaAndTheSkillAreNeverSaidToFollowFromATopic() {
        assertThat(found(c -> true, CAUSAL)).isEmpty();
    }

    @Test
    void noNoteReportsActivityOrFeelingsTheUserNeverEntered() {
        assertThat(found(c -> true, INVENTED)).isEmpty();
    }

    @Test
    void theFormalThankYouIsPlainNotStock() {
        assertThat(CASES).anyMatch(c -> c.draft().templateId().equals("thank-you-email-formal"));
        assertThat(found(c -> c.draft().templateId().equals("thank-you-email-formal"), STOCK)).isEmpty();
    }

    /** Every formal template, as written and as drafted for every interview, is free of the stock lines. */
    @Test
    void everyFormalTemplateIsPlainNotStock() throws IOException {
        List<TemplateInfo> formal = Fixtures.BUNDLED.list().stream().filter(t -> t.tone() == Tone.FORMAL).toList();
        assertThat(formal).hasSizeGreaterThanOrEqualTo(13);
        List<String> out = new ArrayList<>();
        for (TemplateInfo t : formal) {
            String text = Files.readString(Fixtures.basedir().resolve("templates").resolve(t.id() + ".vtl"),
                StandardCharsets.UTF_8).replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            STOCK.stream().filter(text::contains).forEach(p -> out.add(t.id() + ".vtl: \"" + p + "\""));
        }
        out.addAll(found(c -> formal.stream().anyMatch(t -> t.id().equals(c.draft().templateId())), STOCK));
        assertThat(out).isEmpty();
    }

    @Test
    void noNoteGuessesTheOutcome() {
        assertThat(found(c -> true, GUESSED)).isEmpty();
    }

    @Test
    void theLaterKindsSayNothingThePersonDidNotEnter() {
        assertThat(CASES.stream().map(c -> c.draft().kind()).distinct()).containsAll(LATER_KINDS);
        assertThat(found(c -> LATER_KINDS.contains(c.draft().kind()), UNSAID)).isEmpty();
    }

    /** Each frame found in the notes {@code which} selects, with the note it is in; one line per frame and note. */
    private static List<String> found(Predicate<Case> which, List<String> frames) {
        List<String> out = new ArrayList<>();
        for (Case c : CASES) {
            if (!which.test(c)) {
                continue;
            }
            String text = c.text();
            for (String frame : frames) {
                int at = text.indexOf(frame);
                if (at >= 0) {
                    out.add(c.where() + ": \"" + frame + "\" in \"…"
                        + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + frame.length() + 60))
                        + "…\"");
                }
            }
        }
        return out;
    }
}
