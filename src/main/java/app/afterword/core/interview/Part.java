// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part a person played in the application. It decides who a note goes to: every interviewer (the hiring manager
 * included) gets a thank-you of their own, while a follow-up goes to one contact, the hiring manager or a recruiter,
 * so a panel of five is not asked the same question five times.
 */
public enum Part {
    /** Sat on the panel or ran an interview; the default, and omitted from files. */
    INTERVIEWER("interviewer"),
    /** The person who decides on the hire; the first contact for follow-ups. */
    HIRING_MANAGER("hiring manager"),
    /** A recruiter or coordinator who runs the process; the contact when there is no hiring manager. */
    RECRUITER("recruiter"),
    /** The assistant or receptionist who hosted the visit (etiquette P4). */
    HOST("host"),
    /** The person who referred the candidate; not on the panel. */
    REFERRER("referrer");

    private final String label;

    Part(String label) {
        this.label = label;
    }

    /** The spelling used in interview files ("hiring-manager"). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the part reads in a sentence ("hiring manager"), without an article. */
    public String label() {
        return label;
    }

    /** True for the people who interviewed the candidate: they each get a thank-you of their own. */
    public boolean interviewed() {
        return this == INTERVIEWER || this == HIRING_MANAGER;
    }

    /** Parses a file value, ignoring case and surrounding spaces. */
    public static Optional<Part> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.jsonName().equals(wanted)).findFirst();
    }

    /** "interviewer, hiring-manager, recruiter, host, referrer", for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(Part::jsonName).collect(Collectors.joining(", "));
    }
}
