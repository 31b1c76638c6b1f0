// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import java.util.Locale;

/** The steps from interview to sent note, in order. */
public enum WizardStep {
    INTERVIEW, PEOPLE, CONVERSATION, NOTE, REVIEW, SEND;

    /** The lower-case name used in saved working copies and message keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 1 for the first step. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step after this one, or this one when it is the last. */
    public WizardStep next() {
        return this == SEND ? this : values()[ordinal() + 1];
    }

    /** The step before this one, or this one when it is the first. */
    public WizardStep previous() {
        return this == INTERVIEW ? this : values()[ordinal() - 1];
    }

    /** Reads a saved step name; anything unknown is the first step. */
    public static WizardStep parse(String key) {
        for (WizardStep s : values()) {
            if (s.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return s;
            }
        }
        return INTERVIEW;
    }
}
