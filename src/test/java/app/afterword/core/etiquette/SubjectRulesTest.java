// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static app.afterword.core.etiquette.Fixtures.followUp;
import static app.afterword.core.etiquette.Fixtures.good;
import static app.afterword.core.etiquette.RuleCase.of;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** S1 to S4: what the subject line says and how long it is. */
class SubjectRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
            of("no subject", Rule.S1, Severity.WARNING,
                () -> good().subject(null), () -> good().subject("Thank you: Senior Product Designer interview")),
            of("subject without thanks", Rule.S1, Severity.WARNING,
                () -> good().subject("Senior Product Designer interview"),
                () -> good().subject("Thanks: Senior Product Designer interview")),
            of("thanks but neither role nor name", Rule.S1, Severity.WARNING,
                () -> good().subject("Thank you for today"), () -> good().subject("Thank you from Sam Okafor")),
            of("bare 'Checking in'", Rule.S2, Severity.WARNING,
                () -> followUp().subject("Checking in!"),
                () -> followUp().subject("Checking in: Senior Product Designer interview")).span("Checking in!"),
            of("follow-up in a new thread", Rule.S3, Severity.TIP,
                () -> followUp().subject("Senior Product Designer interview: status follow-up"),
                () -> followUp().subject("RE: Thank you: Senior Product Designer interview")),
            of("subject cut off on a phone", Rule.S4, Severity.TIP,
                () -> good().subject("Thank you so much for the Senior Product Designer interview this morning"),
                () -> good().subject("Thank you: Senior Product Designer interview"))
                .span("this morning")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnTheNoteAndNotOnTheCloseVariant(RuleCase c) {
        c.verify();
    }
}
