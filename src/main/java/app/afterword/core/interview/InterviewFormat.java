// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the interview took place; it shapes the wording of a note ("on the call", "in the office"). */
public enum InterviewFormat {
    ONSITE, VIDEO, PHONE;

    /** The spelling used in interview files. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a file value, ignoring case and surrounding spaces. */
    public static Optional<InterviewFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.jsonName().equals(wanted)).findFirst();
    }

    /** "onsite, video, phone", for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(InterviewFormat::jsonName).collect(Collectors.joining(", "));
    }
}
