// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

/**
 * One row of a rule table: a note that must trigger the rule at a severity, and a close variant that must not. When
 * {@code spanText} is given, a finding of the rule must point at exactly that text.
 */
record RuleCase(String name, Rule rule, Severity severity, Supplier<NoteContext.Builder> trigger,
                Supplier<NoteContext.Builder> nearMiss, String spanText, EtiquetteSettings settings) {

    static RuleCase of(String name, Rule rule, Severity severity, Supplier<NoteContext.Builder> trigger,
                       Supplier<NoteContext.Builder> nearMiss) {
        return new RuleCase(name, rule, severity, trigger, nearMiss, null, EtiquetteSettings.DEFAULTS);
    }

    RuleCase span(String text) {
        return new RuleCase(name, rule, severity, trigger, nearMiss, text, settings);
    }

    RuleCase with(EtiquetteSettings s) {
        return new RuleCase(name, rule, severity, trigger, nearMiss, spanText, s);
    }

    void verify() {
        NoteContext hitContext = trigger.get().build();
        EtiquetteReport hit = new EtiquetteChecker(settings, Fixtures.PHRASES).check(hitContext);
        assertThat(hit.has(rule, severity))
            .as("%s: expected %s %s, got %s", name, rule, severity, describe(hit)).isTrue();
        if (spanText != null) {
            assertThat(hit.findings()).as("%s: span of %s", name, rule)
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(rule);
                    assertThat(f.span()).isNotNull();
                    String source = f.span().part() == Span.Part.SUBJECT ? hitContext.subject() : hitContext.text();
                    assertThat(f.span().of(source)).isEqualTo(spanText);
                });
        }
        EtiquetteReport miss = new EtiquetteChecker(settings, Fixtures.PHRASES).check(nearMiss.get().build());
        assertThat(miss.has(rule, severity))
            .as("%s: the close variant must not trigger %s %s, got %s", name, rule, severity, describe(miss))
            .isFalse();
    }

    static String describe(EtiquetteReport r) {
        StringBuilder sb = new StringBuilder();
        r.findings().forEach(f -> sb.append("\n  ").append(f.ruleId()).append(' ').append(f.severity()).append(' ')
            .append(f.message()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return rule + " " + severity.id() + ": " + name;
    }
}
