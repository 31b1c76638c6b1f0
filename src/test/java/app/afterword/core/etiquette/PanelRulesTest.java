// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.MARIA;
import static app.afterword.core.etiquette.Fixtures.NOTE;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.Fixtures.replacing;
import static app.afterword.core.etiquette.RuleCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.interview.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** P1 to P3: one different note per interviewer. */
class PanelRulesTest {

    /** The note to María with only the greeting changed: the classic copy. */
    static final Draft COPY_TO_DANIEL = new Draft("Daniel O'Brien", NoteKind.THANK_YOU, Medium.EMAIL, "formal",
        Fixtures.SUBJECT, NOTE.replace("Dear María José,", "Dear Daniel,"));

    static final Draft OWN_NOTE_TO_DANIEL = new Draft("Daniel O'Brien", NoteKind.THANK_YOU, Medium.EMAIL, "formal",
        Fixtures.SUBJECT, """
        Dear Daniel,

        Thank you for the conversation about sharing design tokens between the web and mobile teams. Your account \
        of the token pipeline breaking on the Android release was a useful warning.

        I have turned research into design-system components before and would enjoy working with your team on a \
        shared token source for the Senior Product Designer role.

        Best regards,
        Sam Okafor
        """);

    static Stream<RuleCase> cases() {
        Interviewer noEmail = new Interviewer(MARIA.name(), MARIA.title(), null, null, MARIA.topics(),
            MARIA.rapport());
        return Stream.of(
            of("one note greeting two people", Rule.P1, Severity.ERROR,
                () -> replacing("Dear María José,", "Dear María José and Daniel,"),
                Fixtures::good).span("Dear María José and Daniel,"),
            of("'Dear all'", Rule.P1, Severity.ERROR,
                () -> replacing("Dear María José,", "Dear all,"),
                () -> replacing("Dear María José,", "Dear María,")).span("Dear all"),
            of("the same note to Daniel with the name swapped", Rule.P1, Severity.WARNING,
                () -> good().otherDrafts(List.of(COPY_TO_DANIEL)),
                () -> good().otherDrafts(List.of(OWN_NOTE_TO_DANIEL))),
            of("nothing from María's part of the conversation", Rule.P2, Severity.WARNING,
                () -> replacing("the trip planner redesign for riders with low vision", "the spring accessibility "
                    + "audit"),
                Fixtures::good),
            of("no address for the interviewer", Rule.P3, Severity.TIP,
                () -> good().recipient(noEmail), Fixtures::good)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }

    @Test
    void anEarlierVersionOfTheSameNoteIsNotACopy() {
        Draft earlierToMaria = new Draft(MARIA.name(), NoteKind.THANK_YOU, Medium.EMAIL, "formal", null, NOTE);
        assertThat(Fixtures.check(good().otherDrafts(List.of(earlierToMaria))).has(Rule.P1)).isFalse();
    }

    @Test
    void theCopyWarningNamesTheOtherRecipientAndTheShare() {
        EtiquetteReport r = Fixtures.check(good().otherDrafts(List.of(COPY_TO_DANIEL)));
        assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.P1).singleElement()
            .satisfies(f -> assertThat(f.message()).contains("Daniel O'Brien").contains("100%"));
    }

    /** The fixture panel with María as hiring manager, a recruiter with an address and a host. */
    private static Interview partsPanel(Interviewer maria) {
        List<Interviewer> people = new ArrayList<>(List.of(maria, Fixtures.DANIEL, Fixtures.PRIYA));
        people.add(new Interviewer("Tomás Ibáñez", "Talent Partner", "tomas@brightline.example", null, List.of(),
            null, null, Part.RECRUITER, Map.of()));
        people.add(new Interviewer("Lena Kowalski", "Office Manager", null, null, List.of(), null, null, Part.HOST,
            Map.of()));
        return Fixtures.INTERVIEW.toBuilder().interviewers(people).build();
    }

    @Test
    void aThankYouToTheHostIsNotAskedForTheirPartOfThePanelConversation() {
        Interview i = partsPanel(MARIA.withPart(Part.HIRING_MANAGER));
        Interviewer lena = i.interviewer("Lena Kowalski").orElseThrow();
        EtiquetteReport r = Fixtures.check(NoteContext.builder(i, NOTE.replace("Dear María José,", "Dear Lena,"))
            .subject(Fixtures.SUBJECT).kind(NoteKind.THANK_YOU).medium(Medium.EMAIL).recipient(lena)
            .sendAt(Fixtures.SEND));
        assertThat(r.has(Rule.P2)).isFalse();
    }

    @Test
    void aFollowUpToTheContactIsNotFaultedForThePanelMembersItLeavesOut() {
        Interview i = partsPanel(MARIA.withPart(Part.HIRING_MANAGER));
        EtiquetteReport r = Fixtures.check(NoteContext.builder(i, Fixtures.FOLLOW_UP)
            .subject(Fixtures.FOLLOW_UP_SUBJECT).kind(NoteKind.FOLLOW_UP).medium(Medium.EMAIL)
            .recipient(i.contactPerson()).sendAt(Fixtures.FOLLOW_UP_SEND).lastSentAt(Fixtures.SEND));
        assertThat(i.contactPerson().name()).isEqualTo(MARIA.name());
        assertThat(r.findings()).noneMatch(f -> f.rule() == Rule.P1 || f.rule() == Rule.P2);
    }

    @Test
    void withoutAnAddressTheNoteIsSentThroughTheRecruiterByName() {
        Interviewer noEmail = new Interviewer(MARIA.name(), MARIA.title(), null, null, MARIA.topics(),
            MARIA.rapport());
        EtiquetteReport r = Fixtures.check(NoteContext.builder(partsPanel(noEmail), NOTE).subject(Fixtures.SUBJECT)
            .kind(NoteKind.THANK_YOU).medium(Medium.EMAIL).recipient(noEmail).sendAt(Fixtures.SEND));
        assertThat(r.findings()).filteredOn(f -> f.rule() == Rule.P3).singleElement()
            .satisfies(f -> assertThat(f.suggestion()).isEqualTo("Send it to Tomás Ibáñez, the recruiter, and ask them "
                + "to forward it to María."));
    }
}
