// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind and medium the bundled templates draft comes in exactly the tones {@link ToneCoverage} declares, and
 * every tone left out has a reason: no combination falls back to another tone without saying why.
 */
class ToneCoverageTest {
    private final TemplateCatalog catalog = new TemplateCatalog(Fixtures.BUNDLED, null);

    @Test
    void everyKindAndMediumHasATemplateForEachDeclaredToneAndAReasonForEachOther() {
        List<String> problems = new ArrayList<>();
        int combinations = 0;
        for (NoteKind k : NoteKind.values()) {
            for (Medium m : catalog.media(k)) {
                combinations++;
                List<Tone> bundled = catalog.tones(k, m);
                if (!bundled.equals(ToneCoverage.tones(k, m))) {
                    problems.add(k.id() + " " + m.id() + ": templates in " + bundled + ", declared "
                        + ToneCoverage.tones(k, m));
                }
                for (Tone t : ToneCoverage.ORDER) {
                    boolean missing = !bundled.contains(t);
                    if (missing != ToneCoverage.gap(k, m, t).isPresent()) {
                        problems.add(k.id() + " " + m.id() + " " + t.id() + ": " + (missing ? "no template and no "
                            + "reason" : "a template, yet declared as not offered"));
                    }
                    if (missing != ToneCoverage.explain(k, m, t).isPresent()) {
                        problems.add(k.id() + " " + m.id() + " " + t.id() + ": explained wrongly");
                    }
                }
            }
        }
        assertThat(combinations).isGreaterThanOrEqualTo(NoteKind.values().length);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKindComesAsAnEmailInEveryToneThatMakesSense() throws DraftException {
        for (NoteKind k : NoteKind.values()) {
            assertThat(catalog.tones(k, Medium.EMAIL)).as(k.id()).contains(Tone.WARM, Tone.BRIEF);
            for (Tone t : ToneCoverage.tones(k, Medium.EMAIL)) {
                assertThat(catalog.choose(k, Medium.EMAIL, t).tone()).as(k.id() + " " + t.id()).isEqualTo(t);
            }
        }
        assertThat(ToneCoverage.tones(NoteKind.REFERRAL_THANKS, Medium.EMAIL)).containsExactly(Tone.WARM,
            Tone.BRIEF);
        assertThat(ToneCoverage.tones(NoteKind.DECLINE_OFFER, Medium.EMAIL)).containsExactly(Tone.WARM,
            Tone.FORMAL, Tone.BRIEF);
    }

    @Test
    void shortMediaHaveOneVoiceAndSaySo() {
        for (Medium m : List.of(Medium.CARD, Medium.LINKEDIN_NOTE, Medium.LINKEDIN_MESSAGE)) {
            assertThat(ToneCoverage.tones(NoteKind.THANK_YOU, m)).containsExactly(Tone.WARM);
        }
        assertThat(ToneCoverage.explain(NoteKind.THANK_YOU, Medium.CARD, Tone.BRIEF)).hasValue(
            "There is no brief handwritten card for a thank-you note: a handwritten card has one voice, a few warm "
                + "lines with a formal greeting.");
        assertThat(ToneCoverage.explain(NoteKind.REFERRAL_THANKS, Medium.EMAIL, Tone.FORMAL)).hasValue(
            "There is no formal e-mail for a thank-you to the person who referred you: the person who referred you "
                + "knows you, and a formal note would read as distant.");
        assertThat(ToneCoverage.explain(NoteKind.ACCEPT_OFFER, Medium.EMAIL, Tone.FORMAL)).isEmpty();
    }

    @Test
    void aMissingToneFallsBackToTheNearestOneWarmFirst() {
        assertThat(ToneCoverage.nearest(Tone.BRIEF, List.of(Tone.WARM))).hasValue(Tone.WARM);
        assertThat(ToneCoverage.nearest(Tone.FORMAL, List.of(Tone.WARM, Tone.BRIEF))).hasValue(Tone.WARM);
        assertThat(ToneCoverage.nearest(Tone.WARM, List.of(Tone.FORMAL, Tone.BRIEF))).hasValue(Tone.FORMAL);
        assertThat(ToneCoverage.nearest(Tone.BRIEF, List.of(Tone.WARM, Tone.BRIEF))).hasValue(Tone.BRIEF);
        assertThat(ToneCoverage.nearest(Tone.BRIEF, List.of())).isEmpty();
    }
}
