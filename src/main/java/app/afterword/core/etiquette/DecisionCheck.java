// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.List;

/**
 * D2: a note that accepts or declines an offer, or withdraws from the process, says what was decided in its first
 * paragraph. The reader opens it to learn one thing; a decision that comes after the thanks and the pleasantries, or
 * only between the lines, is read twice or missed. D1 and D3 are phrase rules in the phrase file.
 */
final class DecisionCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        String list;
        String what;
        String example;
        switch (note.kind()) {
            case ACCEPT_OFFER -> {
                list = "acceptDecision";
                what = "that you accept";
                example = "Thank you for the offer of the {role} role; I'm glad to accept it.";
            }
            case DECLINE_OFFER -> {
                list = "declineDecision";
                what = "that you decline";
                example = "Thank you for the offer of the {role} role. I've decided not to accept it.";
            }
            case WITHDRAW -> {
                list = "withdrawDecision";
                what = "that you are withdrawing";
                example = "Thank you for considering me for the {role} role; I've decided to withdraw my application.";
            }
            default -> {
                return;
            }
        }
        List<Range> paragraphs = note.text.contentParagraphs();
        if (paragraphs.isEmpty()) {
            return;
        }
        Range first = paragraphs.get(0);
        if (note.phrases.anyIn(list, first.of(note.body))) {
            return;
        }
        boolean later = note.phrases.anyIn(list, note.body);
        out.add(Rule.D2, Severity.WARNING, first.body(), later
                ? "The note says " + what + " only after its first paragraph."
                : "The note never says plainly " + what + ".",
            "The reader opens this note to learn one thing, and acts on it: a decision stated up front can't be "
                + "missed or read as undecided, and the thanks around it read as warmth rather than as delay.",
            note.fill("Say it in the first lines, e.g. \"" + example + "\""));
    }
}
