// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

/**
 * One explainable piece of advice about one note. It names the rule (so a person can look it up), says what is
 * wrong in one line, why a hiring manager cares, and what to write instead, rather than scoring the note.
 *
 * @param rule       the rule of the etiquette guide, e.g. {@link Rule#N3}
 * @param severity   how strongly the change is advised
 * @param span       the exact text it is about, or null when it is about the note as a whole
 * @param message    what was found, one line
 * @param why        the reason a reader on the hiring side cares, in a sentence or two
 * @param suggestion a rewrite, or what to add or change
 */
public record Finding(Rule rule, Severity severity, Span span, String message, String why, String suggestion) {

    /** Requires every part except the span. */
    public Finding {
        if (rule == null || severity == null) {
            throw new IllegalArgumentException("rule and severity are required");
        }
        if (message == null || message.isBlank() || why == null || why.isBlank() || suggestion == null
            || suggestion.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message, a why and a suggestion (" + rule + ")");
        }
    }

    /** The rule's id as users see it ("N3"). */
    public String ruleId() {
        return rule.name();
    }
}
