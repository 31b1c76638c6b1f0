// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every finding for one note, most serious first, with a plain summary ("2 things to fix, 1 suggestion"). There is
 * deliberately no score: a number invites polishing the number, a list says what to change.
 */
public record EtiquetteReport(List<Finding> findings) {

    private static final Comparator<Finding> ORDER = Comparator
        .comparing(Finding::severity)
        .thenComparing(f -> f.span() == null ? Integer.MAX_VALUE : f.span().part().ordinal())
        .thenComparingInt(f -> f.span() == null ? Integer.MAX_VALUE : f.span().start())
        .thenComparing(f -> f.rule().ordinal());

    /** Sorts the findings: errors first, then by position in the note. */
    public EtiquetteReport {
        List<Finding> sorted = new ArrayList<>(findings == null ? List.of() : findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when at least one finding is an error. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The rule ids that fired, in report order, without repeats. */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }

    /** True when a finding of this rule has this severity. */
    public boolean has(Rule rule, Severity severity) {
        return findings.stream().anyMatch(f -> f.rule() == rule && f.severity() == severity);
    }

    /** True when any finding is about this rule. */
    public boolean has(Rule rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }

    /**
     * One line for people: "2 things to fix, 1 to consider, 1 suggestion". Errors are things to fix, warnings are
     * things to consider, tips are suggestions; parts with nothing in them are left out.
     */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long tips = count(Severity.TIP);
        if (errors + warnings + tips == 0) {
            return "Nothing to fix.";
        }
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " thing to fix" : " things to fix"));
        }
        if (warnings > 0) {
            parts.add(warnings + " to consider");
        }
        if (tips > 0) {
            parts.add(tips + (tips == 1 ? " suggestion" : " suggestions"));
        }
        String joined = String.join(", ", parts);
        return errors == 0 && warnings == 0 ? "Nothing to fix; " + joined + "." : joined + ".";
    }
}
