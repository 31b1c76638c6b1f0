// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday-to-Friday arithmetic for the follow-up rules (public holidays are not known, so they count as workdays). */
final class BusinessDays {
    private BusinessDays() {
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The date {@code n} business days after {@code d}. */
    static LocalDate plus(LocalDate d, int n) {
        LocalDate out = d;
        int left = n;
        while (left > 0) {
            out = out.plusDays(1);
            if (!isWeekend(out)) {
                left--;
            }
        }
        return out;
    }

    /** The first business day on or after {@code d}. */
    static LocalDate onOrAfter(LocalDate d) {
        LocalDate out = d;
        while (isWeekend(out)) {
            out = out.plusDays(1);
        }
        return out;
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    static int between(LocalDate from, LocalDate to) {
        int n = 0;
        LocalDate d = from;
        while (d.isBefore(to)) {
            d = d.plusDays(1);
            if (!isWeekend(d)) {
                n++;
            }
        }
        return n;
    }
}
