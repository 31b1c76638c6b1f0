// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one run; checks that run later can see what earlier ones reported. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void add(Rule rule, Severity severity, Span span, String message, String why, String suggestion) {
        list.add(new Finding(rule, severity, span, message, why, suggestion));
    }

    /** True when a finding of this rule already covers part of the range. */
    boolean covers(Rule rule, Span.Part part, Range range) {
        return list.stream().anyMatch(f -> f.rule() == rule && f.span() != null && f.span().part() == part
            && f.span().start() < range.end() && range.start() < f.span().end());
    }

    /** True when a finding of any of these rules covers part of the range in the body. */
    boolean coversAny(Range range, Rule... rules) {
        for (Rule r : rules) {
            if (covers(r, Span.Part.BODY, range)) {
                return true;
            }
        }
        return false;
    }

    /** True when any of these rules has a finding already. */
    boolean hasAny(Rule... rules) {
        for (Rule r : rules) {
            if (list.stream().anyMatch(f -> f.rule() == r)) {
                return true;
            }
        }
        return false;
    }

    List<Finding> all() {
        return List.copyOf(list);
    }
}
