// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

/**
 * One piece of timing advice about a send time, with the etiquette rule it comes from, so a person can look up why
 * ("T2: sent 10 minutes after the interview reads as pre-written").
 *
 * @param rule    the rule id in the etiquette table (T1..T5, F1..F8)
 * @param level   how strongly to warn
 * @param message what is wrong and what to do, in plain words
 */
public record Advice(String rule, Level level, String message) {

    /** How strongly to warn: error (strongly advise against), warning, or tip. */
    public enum Level {
        ERROR("E"), WARNING("W"), TIP("I");

        private final String code;

        Level(String code) {
            this.code = code;
        }

        /** The one-letter code used in the etiquette table. */
        public String code() {
            return code;
        }
    }

    /** Requires every part. */
    public Advice {
        if (rule == null || level == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("rule, level and message are required");
        }
    }

    @Override
    public String toString() {
        return level.code() + " " + rule + ": " + message;
    }
}
